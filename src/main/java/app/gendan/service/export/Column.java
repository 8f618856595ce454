package app.gendan.service.export;

/** A column of an exported table: the bundle key of its header and its width in characters (xlsx). */
record Column(String headerKey, int width) {
    static final int SHORT = 10;
    static final int DATE = 12;
    static final int DATE_TIME = 17;
    static final int MONEY = 15;
    static final int TEXT = 24;
    static final int LONG_TEXT = 48;

    static Column of(String name, int width) {
        return new Column("export.col." + name, width);
    }
}
