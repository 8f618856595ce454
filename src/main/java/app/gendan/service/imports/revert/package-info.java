/**
 * Undoing an import batch as a whole, long after it was written.
 *
 * <p>Decides whether a batch can still be undone (no row it touched was changed since), puts back
 * the values its updates replaced from their audit entries, and deletes what it created. The write
 * stage also uses it to remove what there is of a batch that a crash cut short.
 */
package app.gendan.service.imports.revert;
