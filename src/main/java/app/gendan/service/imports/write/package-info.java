/**
 * Sixth stage: storing a finished plan as one import batch, and completing the batch.
 *
 * <p>Decides the order and the chunks of the writes inside the import's transaction, and, in a
 * transaction of its own after the commit, whether the batch is committed or was cut short and
 * is to be removed again.
 *
 * <p>Next: nothing, unless the user undoes the batch with
 * {@link app.gendan.service.imports.revert}.
 */
package app.gendan.service.imports.write;
