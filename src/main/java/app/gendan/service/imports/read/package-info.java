/**
 * First stage of an import: opening a tracker file and reading its raw rows.
 *
 * <p>Decides what the file is (xlsx, xls or CSV, and a CSV's encoding and delimiter, by its bytes
 * rather than its name), which sheets it holds, and what each cell holds as written: text, number,
 * date, true or false, an error value or blank. Nothing here knows what a column means; a damaged,
 * protected or disguised file fails here with an {@code imports.error.*} key.
 *
 * <p>Next: {@link app.gendan.service.imports.detect} finds the header row among the first rows.
 */
package app.gendan.service.imports.read;
