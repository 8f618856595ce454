/**
 * Importing Excel and CSV trackers into Gendan. {@link app.gendan.service.imports.ImportService}
 * is the way in for the wizard and {@code gendan import}; the types beside it are what those
 * callers pass and get back (requests, previews, summaries, problems, sheet plans and column
 * mappings).
 *
 * <p>A tracker travels through the sub-packages in this order, and each decides one thing:
 * <ol>
 *   <li>{@link app.gendan.service.imports.read}: what the file is and what its cells hold;</li>
 *   <li>{@link app.gendan.service.imports.detect}: which row is the header;</li>
 *   <li>{@link app.gendan.service.imports.map}: which column is which field;</li>
 *   <li>{@link app.gendan.service.imports.values}: what each cell is worth as that field's value;</li>
 *   <li>{@link app.gendan.service.imports.plan}: what the rows mean for the database;</li>
 *   <li>{@link app.gendan.service.imports.write}: storing that as one import batch;</li>
 * </ol>
 * and {@link app.gendan.service.imports.revert} undoes a batch. An earlier stage never depends on
 * a later one, and none depends on the service (see ArchitectureTest).
 * {@link app.gendan.service.imports.TrackerImport} runs the first four stages over a file, and
 * {@code RequestReader} feeds their rows to the planner.
 */
package app.gendan.service.imports;
