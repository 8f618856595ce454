package app.gendan.bench;

import app.gendan.domain.Role;
import app.gendan.domain.Stage;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.AppPaths;
import app.gendan.service.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeds a benchmark database: 10,000 customers, 10,000 open orders spread over the default
 * stages and 100,000 follow-ups, each order's latest one holding its open next step. Orders from
 * 下单 on have a payment plan (deposit and balance), orders from 发货/开票 on a shipment, orders in
 * production a ship-by date. Bulk rows go in with batched JDBC (seeding is not what is measured);
 * users and the pipeline come from the services.
 */
final class BenchData {
    static final int CUSTOMERS = 10_000;
    static final int ORDERS = 10_000;
    static final int FOLLOW_UPS = 100_000;

    /** Stage positions in the default pipeline: 下单, 生产/采购, 发货/开票. */
    private static final int ORDERED = 3;
    private static final int IN_PRODUCTION = 4;
    private static final int SHIPPING = 5;

    private BenchData() {}

    /** Payments, shipments and ship-by dates by stage, from their own random sequence so the rest stays as it was. */
    private static void seedMilestones(Connection c, int[] stageOfOrder, OffsetDateTime now) throws Exception {
        Random rnd = new Random(7);
        LocalDate today = LocalDate.now();
        try (PreparedStatement pay = c.prepareStatement("INSERT INTO payment (order_id, due_amount, due_date,"
                + " received_amount, received_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ship = c.prepareStatement("INSERT INTO shipment (order_id, carrier, tracking_no,"
                     + " shipped_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement shipBy = c.prepareStatement("UPDATE sales_order SET ship_by = ? WHERE id = ?")) {
            for (int i = 1; i <= ORDERS; i++) {
                int stage = stageOfOrder[i];
                if (stage >= ORDERED) {
                    BigDecimal deposit = BigDecimal.valueOf(1000 + rnd.nextInt(100_000), 2);
                    LocalDate depositDue = today.minusDays(rnd.nextInt(60));
                    boolean received = rnd.nextInt(7) != 0;
                    addPayment(pay, i, deposit, depositDue, received ? deposit : BigDecimal.ZERO,
                            received ? depositDue : null, now);
                    addPayment(pay, i, deposit.multiply(BigDecimal.valueOf(2)), today.plusDays(rnd.nextInt(90) - 30),
                            BigDecimal.ZERO, null, now);
                }
                if (stage >= SHIPPING) {
                    ship.setLong(1, i);
                    ship.setString(2, "顺丰速运");
                    ship.setString(3, "SF" + (1_000_000_000L + i));
                    ship.setObject(4, now.minusDays(rnd.nextInt(30)));
                    ship.setObject(5, now);
                    ship.setObject(6, now);
                    ship.addBatch();
                }
                if (stage == IN_PRODUCTION) {
                    shipBy.setObject(1, today.plusDays(rnd.nextInt(40) - 10));
                    shipBy.setLong(2, i);
                    shipBy.addBatch();
                }
                if (i % 1000 == 0) {
                    pay.executeBatch();
                    ship.executeBatch();
                    shipBy.executeBatch();
                }
            }
        }
    }

    private static void addPayment(PreparedStatement ps, long order, BigDecimal due, LocalDate dueDate,
                                   BigDecimal received, LocalDate receivedDate, OffsetDateTime now) throws Exception {
        ps.setLong(1, order);
        ps.setBigDecimal(2, due);
        ps.setObject(3, dueDate);
        ps.setBigDecimal(4, received);
        ps.setObject(5, receivedDate);
        ps.setObject(6, now);
        ps.setObject(7, now);
        ps.addBatch();
    }

    static void seed(Path dbFile) throws Exception {
        long pipelineId;
        List<Stage> stages;
        long[] users = new long[5];
        try (Workspace ws = Workspace.open(dbFile, Clock.systemDefaultZone())) {
            ws.users().register(AppPaths.osLogin(), "基准测试", Role.MANAGER);
            for (int i = 1; i < users.length; i++) {
                users[i] = ws.users().register("rep" + i, "销售" + i, Role.REP).id();
            }
            users[0] = ws.users().current().id();
            pipelineId = ws.pipelines().ensureDefault(new Messages(Locale.SIMPLIFIED_CHINESE)).id();
            stages = ws.pipelines().openStages(pipelineId);
        }
        Random rnd = new Random(42);
        int[] stageOfOrder = new int[ORDERS + 1];
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String url = app.gendan.store.DatabaseUrl.forFile(dbFile);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (id, name, name_key, phone, phone_key,"
                    + " owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= CUSTOMERS; i++) {
                    String name = "客户" + i + (i % 3 == 0 ? "精密机械有限公司" : i % 3 == 1 ? "电子科技有限公司" : " Trading Ltd.");
                    String phone = "139" + String.format("%08d", i * 7919L % 100_000_000);
                    ps.setLong(1, i);
                    ps.setString(2, name);
                    ps.setString(3, app.gendan.domain.NameKeys.nameKey(name));
                    ps.setString(4, phone);
                    ps.setString(5, phone);
                    ps.setLong(6, users[i % users.length]);
                    ps.setObject(7, now);
                    ps.setObject(8, now);
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sales_order (id, order_no, title, customer_id,"
                    + " pipeline_id, stage_id, stage_entered_at, owner_id, priority, amount, order_date, created_at,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                String[] prio = {"high", "normal", "normal", "low"};
                for (int i = 1; i <= ORDERS; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, String.format("BM-%06d", i));
                    ps.setString(3, "基准订单 " + i);
                    ps.setLong(4, 1 + rnd.nextInt(CUSTOMERS));
                    ps.setLong(5, pipelineId);
                    stageOfOrder[i] = rnd.nextInt(stages.size());
                    ps.setLong(6, stages.get(stageOfOrder[i]).id());
                    ps.setObject(7, now.minusDays(rnd.nextInt(60)));
                    ps.setLong(8, users[i % users.length]);
                    ps.setString(9, prio[i % prio.length]);
                    ps.setBigDecimal(10, BigDecimal.valueOf(rnd.nextInt(10_000_000), 2));
                    ps.setObject(11, LocalDate.now().minusDays(rnd.nextInt(90)));
                    ps.setObject(12, now);
                    ps.setObject(13, now);
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO follow_up (customer_id, order_id, happened_at,"
                    + " method, summary, next_action, next_due_at, next_owner_id, created_at, updated_at, next_done_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                String[] methods = {"phone", "email", "visit", "wechat", "other"};
                for (int i = 1; i <= FOLLOW_UPS; i++) {
                    // as in real use: each order's latest follow-up holds its open next step, older ones are done
                    boolean open = i <= ORDERS;
                    long order = open ? i : 1 + rnd.nextInt(ORDERS);
                    ps.setLong(1, 1 + rnd.nextInt(CUSTOMERS));
                    ps.setLong(2, order);
                    ps.setObject(3, now.minusHours(rnd.nextInt(24 * 90)));
                    ps.setString(4, methods[i % methods.length]);
                    ps.setString(5, "电话沟通，客户关注交期和价格 " + i);
                    ps.setString(6, "发送报价单");
                    ps.setObject(7, now.plusHours(rnd.nextInt(24 * 30) - 24 * 7));
                    ps.setLong(8, users[i % users.length]);
                    ps.setObject(9, now);
                    ps.setObject(10, now);
                    ps.setObject(11, open ? null : now.minusDays(1));
                    ps.addBatch();
                    if (i % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            seedMilestones(c, stageOfOrder, now);
            c.commit();
        }
        // Keep identity columns past the explicitly numbered rows.
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("ALTER TABLE customer ALTER COLUMN id RESTART WITH " + (CUSTOMERS + 1));
            c.createStatement().execute("ALTER TABLE sales_order ALTER COLUMN id RESTART WITH " + (ORDERS + 1));
        }
    }
}
