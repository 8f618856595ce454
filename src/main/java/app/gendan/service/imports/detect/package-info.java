/**
 * Second stage: finding each sheet's header row and naming its layout.
 *
 * <p>Decides which row holds the headers (title rows, notes and blank rows above the table are
 * passed over), how a header text is normalised for matching, and the signature of a header
 * layout, by which a mapping saved for the same layout is found again. Which texts are known
 * header names is handed in from the next stage, so this one does not depend on it.
 *
 * <p>Next: {@link app.gendan.service.imports.map} says which column feeds which field.
 */
package app.gendan.service.imports.detect;
