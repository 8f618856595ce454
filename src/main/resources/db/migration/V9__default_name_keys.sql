-- Gendan schema, version 9: the default pipeline's names follow each reader's language.
-- The default pipeline, its stages and their SOP checklists were written in the language of whoever
-- opened the database first, so an English colleague on a Chinese file read 需求确认 and a Chinese one
-- on an English file read Needs confirmed. A default name now keeps the message key it came from
-- (pipeline.default.stage.1 ...) and is shown in the reader's language; renaming it clears the key and
-- the team's own name is shown to everyone. NAME keeps the text as written (for older builds).
-- Existing rows get their key when their name is still the Chinese or English default.
-- Every statement can run twice: H2 commits each ALTER on its own, so a process killed half-way leaves
-- some columns added and no history row, and the next opening runs the whole script again.
ALTER TABLE pipeline ADD COLUMN IF NOT EXISTS name_key VARCHAR(100);
ALTER TABLE stage ADD COLUMN IF NOT EXISTS name_key VARCHAR(100);
ALTER TABLE stage_checklist_item ADD COLUMN IF NOT EXISTS text_key VARCHAR(100);

UPDATE pipeline SET name_key = 'pipeline.default.name' WHERE name IN ('标准跟单流程', 'Standard follow-up');

-- the eight open stages of a default pipeline, wherever the team moved them
UPDATE stage SET name_key = 'pipeline.default.stage.1' WHERE kind = 'open' AND name IN ('需求确认', 'Needs confirmed')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.2' WHERE kind = 'open' AND name IN ('报价', 'Quotation')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.3' WHERE kind = 'open' AND name IN ('合同签订', 'Contract signed')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.4' WHERE kind = 'open' AND name IN ('下单', 'Order placed')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.5' WHERE kind = 'open' AND name IN ('生产/采购', 'Production / purchasing')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.6' WHERE kind = 'open' AND name IN ('发货/开票', 'Shipped / invoiced')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.7' WHERE kind = 'open' AND name IN ('回款', 'Payment')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');
UPDATE stage SET name_key = 'pipeline.default.stage.8' WHERE kind = 'open' AND name IN ('售后', 'After-sales')
    AND pipeline_id IN (SELECT id FROM pipeline WHERE name_key = 'pipeline.default.name');

-- won and lost: every pipeline copies them from the default one
UPDATE stage SET name_key = 'pipeline.default.won' WHERE kind = 'won' AND name IN ('赢单', 'Won');
UPDATE stage SET name_key = 'pipeline.default.lost' WHERE kind = 'lost' AND name IN ('丢单', 'Lost');

-- checklist items: key 'pipeline.default.stage.N.checklist#i' is the i-th item (from 0) of that message
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.1.checklist#0' WHERE text IN ('确认决策人', 'Decision maker identified')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.1');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.1.checklist#1' WHERE text IN ('确认需求和数量', 'Requirements and quantities confirmed')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.1');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.1.checklist#2' WHERE text IN ('了解预算和时间', 'Budget and timing known')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.1');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.2.checklist#0' WHERE text IN ('报价单已发出', 'Quotation sent')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.2');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.2.checklist#1' WHERE text IN ('价格已内部审批', 'Price approved internally')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.2');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.2.checklist#2' WHERE text IN ('客户已确认收到报价', 'Customer received the quotation')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.2');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.3.checklist#0' WHERE text IN ('合同条款已审核', 'Contract terms reviewed')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.3');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.3.checklist#1' WHERE text IN ('双方已签字盖章', 'Contract signed by both sides')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.3');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.3.checklist#2' WHERE text IN ('定金条款已确认', 'Deposit terms agreed')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.3');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.4.checklist#0' WHERE text IN ('已收到采购订单', 'Purchase order received')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.4');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.4.checklist#1' WHERE text IN ('订单已录入系统', 'Order entered in the system')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.4');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.5.checklist#0' WHERE text IN ('已排产', 'Production scheduled')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.5');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.5.checklist#1' WHERE text IN ('物料齐套', 'Materials ready')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.5');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.5.checklist#2' WHERE text IN ('质检通过', 'Quality check passed')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.5');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.6.checklist#0' WHERE text IN ('货物已发出', 'Goods shipped')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.6');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.6.checklist#1' WHERE text IN ('已告知客户运单号', 'Tracking number sent to customer')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.6');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.6.checklist#2' WHERE text IN ('发票已开具', 'Invoice issued')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.6');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.7.checklist#0' WHERE text IN ('已发送付款提醒', 'Payment reminder sent')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.7');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.7.checklist#1' WHERE text IN ('款项已全部到账', 'Payment received in full')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.7');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.8.checklist#0' WHERE text IN ('客户满意度回访', 'Customer satisfaction call')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.8');
UPDATE stage_checklist_item SET text_key = 'pipeline.default.stage.8.checklist#1' WHERE text IN ('保修已登记', 'Warranty registered')
    AND stage_id IN (SELECT id FROM stage WHERE name_key = 'pipeline.default.stage.8');
