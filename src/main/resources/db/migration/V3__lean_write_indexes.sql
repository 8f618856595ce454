-- Gendan schema, version 3: fewer indexes on the tables an import fills in bulk.
-- Every index is written on each insert and again when the transaction commits, so a 100,000-row
-- import paid for twelve indexes on SALES_ORDER and eleven on FOLLOW_UP. H2 gives each foreign key
-- an index of exactly its columns, beside the wider ones V1 created for queries. Here:
--  * foreign keys on bookkeeping columns (created_by, updated_by, next_done_by, an audit entry's
--    user) go: users are never deleted while anything names them (see ImportRevertRepository), and
--    those columns are only ever displayed;
--  * an order's pipeline and stage keep no foreign key either: pipelines and stages are never
--    deleted, and the board index already serves every query on them;
--  * where a foreign key stays, its own index is the one queries use, and the wider duplicate goes.
-- V1 let H2 name its constraints; H2 derives those names from the table name, so they are the same
-- in every database migrated from V1 (SchemaIndexesTest checks the indexes that result).

ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0;         -- customer_id
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0E;        -- contact_id
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0EE2;      -- pipeline_id
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0EE21;     -- stage_id
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0EE21B;    -- owner_id
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0EE21B_0;  -- created_by
ALTER TABLE sales_order DROP CONSTRAINT CONSTRAINT_1E0EE;       -- updated_by
DROP INDEX ix_sales_order_owner;
ALTER TABLE sales_order ADD CONSTRAINT fk_sales_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE sales_order ADD CONSTRAINT fk_sales_order_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
    ON DELETE SET NULL;
ALTER TABLE sales_order ADD CONSTRAINT fk_sales_order_owner FOREIGN KEY (owner_id) REFERENCES app_user (id);

ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3B;       -- customer_id
ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3BF;      -- order_id
ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3BF5;     -- next_owner_id
ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3BF55;    -- next_done_by
ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3BF55E;   -- created_by
ALTER TABLE follow_up DROP CONSTRAINT CONSTRAINT_D3BF55E9;  -- updated_by
-- one order's or one customer's follow-ups are few: finding them by id and sorting them by time is enough
DROP INDEX ix_follow_up_order;
DROP INDEX ix_follow_up_customer;
ALTER TABLE follow_up ADD CONSTRAINT fk_follow_up_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE follow_up ADD CONSTRAINT fk_follow_up_order FOREIGN KEY (order_id) REFERENCES sales_order (id)
    ON DELETE CASCADE;
-- next_owner_id: the leading column of ix_follow_up_due; kept without a foreign key of its own

ALTER TABLE audit_entry DROP CONSTRAINT CONSTRAINT_ED7;     -- user_id

ALTER TABLE customer DROP CONSTRAINT CONSTRAINT_52C;        -- created_by
ALTER TABLE customer DROP CONSTRAINT CONSTRAINT_52C7;       -- updated_by
ALTER TABLE contact DROP CONSTRAINT CONSTRAINT_638;         -- created_by
ALTER TABLE contact DROP CONSTRAINT CONSTRAINT_6382;        -- updated_by
