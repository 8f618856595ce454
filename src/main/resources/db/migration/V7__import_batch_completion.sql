-- Gendan schema, version 7: an import or a revert is finished in a second step, so a shared file
-- never keeps half of one.
-- H2 commits a large transaction by marking its undo log committed and then flipping each changed
-- row to committed, in the order the rows were written; when the process serving the file dies in
-- the middle of that, H2 2.5.252 reopens the file with the rows flipped so far (a prefix of the
-- import) and the rest invisible (store/LeftoverCommits.java finishes such a commit on open). So that
-- no batch ever counts as imported unless all of it is there, whatever the engine does:
--  * an import writes its batch row as 'pending' first and, as its very last write, the manifest (how
--    many rows of each table it wrote); once its commit is known, a second small transaction compares
--    the manifest with the rows there and marks the batch 'committed', or removes what is there of it
--    and marks it 'failed' (a failed batch never blocks importing the file again);
--  * a revert marks the batch 'reverting' first and 'reverted' as its last write; a batch left
--    'reverting' is reverted again by whichever Gendan finds it;
--  * every row an import creates carries its batch id, contacts and users too, so what is there of
--    an unfinished batch can always be found and removed.
-- The token names the batch to the app that wrote it, so it can find the batch after a lost connection.
ALTER TABLE import_batch DROP CONSTRAINT ck_import_batch_status;
ALTER TABLE import_batch ADD CONSTRAINT ck_import_batch_status
    CHECK (status IN ('pending', 'committed', 'failed', 'reverting', 'reverted'));
ALTER TABLE import_batch ADD COLUMN token VARCHAR(40);
ALTER TABLE import_batch ADD COLUMN manifest VARCHAR(1000);
CREATE INDEX ix_import_batch_token ON import_batch (token);
CREATE INDEX ix_import_batch_status ON import_batch (status);
ALTER TABLE contact ADD COLUMN import_batch_id BIGINT;
ALTER TABLE app_user ADD COLUMN import_batch_id BIGINT;
