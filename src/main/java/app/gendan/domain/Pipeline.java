package app.gendan.domain;

/**
 * An ordered list of stages (跟单流程模板); teams keep one per business line. nameKey is the message
 * key of the default pipeline's name (null once renamed): the name is then in the reader's language.
 */
public record Pipeline(long id, String name, int position, boolean isDefault, boolean archived, int version,
                       String nameKey) {

    /** A pipeline with a name of its own (no default key). */
    public Pipeline(long id, String name, int position, boolean isDefault, boolean archived, int version) {
        this(id, name, position, isDefault, archived, version, null);
    }
}
