-- Gendan schema, version 4: one index for open next steps instead of two.
-- V2 kept two: (owner, done, due, ...) for one user's due list and (done, deleted, due, order) for
-- everyone's, the board and the alert scan. Every follow-up row goes into both at a place set by its
-- due date, that is anywhere in the index; in a 100,000-row import the first of them alone cost more
-- than a tenth of the time. The one index left leads with what every open-step read asks (not done,
-- not deleted), then the owner, so one user's steps are still one short range in due order, and it
-- carries every column those reads use, so none of them visits the wide follow-up rows. Everyone's
-- steps are the whole not-done range, as the board and the alert scan read it anyway.

DROP INDEX ix_follow_up_due;
DROP INDEX ix_follow_up_open_step;
CREATE INDEX ix_follow_up_open_step ON follow_up (next_done_at, deleted, next_owner_id, next_due_at, order_id,
    customer_id, snoozed_until, next_due_has_time, version, next_action);
