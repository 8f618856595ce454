/**
 * Third stage: which column is which Gendan field. This is where a column's meaning is decided.
 *
 * <p>Each header proposes its likely fields from the synonym table, corrected by the values of the
 * first data rows (a column of dates is never an amount, a column of status words is a stage); the
 * most confident proposals win and a field goes to one column only. A mapping saved for the same header layout, or the
 * user's corrections, replace the automatic one (see
 * {@link app.gendan.service.imports.TrackerImport}). Status words are mapped to stages or
 * outcomes here too, so that the user can correct the words Gendan does not know.
 *
 * <p>Next: {@link app.gendan.service.imports.values} reads each cell as the value its field needs.
 */
package app.gendan.service.imports.map;
