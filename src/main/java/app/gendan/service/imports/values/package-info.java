/**
 * Fourth stage: reading each mapped cell as a value of its field's kind.
 *
 * <p>Decides what a cell's text is worth: dates in any of the usual orders and shapes, amounts
 * with their currency and units (万, k), quantities, phone numbers, e-mail addresses, the words of
 * the small closed lists, and placeholders such as "-" or "待定" that mean blank. A cell that
 * cannot be read becomes a problem on its row, never an exception; a total row is pointed out.
 * The result is one {@link app.gendan.service.imports.values.ParsedRow} per data row, read ahead
 * on a second thread while the next stage works.
 *
 * <p>Next: {@link app.gendan.service.imports.plan} decides what the rows mean for the database.
 */
package app.gendan.service.imports.values;
