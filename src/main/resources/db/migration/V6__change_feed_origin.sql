-- Gendan schema, version 6: each change-feed row names the process that wrote it.
-- origin is one running Gendan (a random id per open database), write_no counts its writes. With them
--  * an app skips its own rows when it polls the feed (it has already shown its own change), and
--  * a write whose connection broke while it was being committed can be looked up afterwards: its row is
--    there exactly when the write committed, so Gendan knows whether to say "saved" or to retry.
ALTER TABLE change_feed ADD COLUMN origin VARCHAR(40);
ALTER TABLE change_feed ADD COLUMN write_no BIGINT;
CREATE INDEX ix_change_feed_write ON change_feed (origin, write_no);
