-- Gendan schema, version 2: indexes for the Today query and the order alert scan.
-- H2 reads a column from an index entry when the index holds it, and only visits the table row
-- for columns it lacks; follow-up rows are wide (summary, feedback), so the indexes below carry
-- every column their queries read.

-- Due items of one user: open next steps ordered by due time, with what the Today view shows.
DROP INDEX ix_follow_up_due;
CREATE INDEX ix_follow_up_due ON follow_up (next_owner_id, next_done_at, next_due_at, deleted, snoozed_until,
    next_due_has_time, customer_id, order_id, version, next_action);

-- Open next steps of everyone: which orders have one (alert scan) and the everyone due list.
CREATE INDEX ix_follow_up_open_step ON follow_up (next_done_at, deleted, next_due_at, order_id);

-- Payments per order as the alert scan reads them.
CREATE INDEX ix_payment_order_due ON payment (order_id, due_date, due_amount, received_amount);
