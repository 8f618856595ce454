-- Gendan schema, version 5: ids of the tables an import fills in bulk are handed out 1,024 at a time.
-- H2 keeps an identity's next value in the database's metadata and, by default, writes it back (a
-- commit of its own) every 32 ids: 6,000 such writes in a 100,000-row import. With a larger cache it
-- writes every 1,024. A clean close stores the exact next value; after a crash the ids of the
-- lost cache are skipped, a gap nothing depends on.

ALTER TABLE customer ALTER COLUMN id SET CACHE 1024;
ALTER TABLE contact ALTER COLUMN id SET CACHE 1024;
ALTER TABLE sales_order ALTER COLUMN id SET CACHE 1024;
ALTER TABLE follow_up ALTER COLUMN id SET CACHE 1024;
