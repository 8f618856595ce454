package app.gendan.service.imports.plan;

import static app.gendan.service.imports.ImportField.*;

import app.gendan.domain.Customer;
import app.gendan.domain.FollowUpMethod;
import app.gendan.domain.NameKeys;
import app.gendan.domain.OrderLine;
import app.gendan.domain.OrderStatus;
import app.gendan.domain.User;
import app.gendan.service.imports.ColumnAssignment;
import app.gendan.service.imports.ColumnMapping;
import app.gendan.service.imports.ImportField;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.Severity;
import app.gendan.service.imports.StageMatch;
import app.gendan.service.imports.map.SheetKind;
import app.gendan.service.imports.values.Money;
import app.gendan.service.imports.values.ParsedRow;
import app.gendan.service.imports.write.PlanWriter;
import app.gendan.store.ImportLookupRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns parsed rows into what they mean for the database: which customers, contacts, orders,
 * follow-ups and users exist already, which are new and what the rows say about them. Customers
 * are the same when their normalised names or phone numbers match (in the database or earlier in
 * the file); orders when their numbers match, or, without a number, when customer, title and
 * (when the file has one) date match. Nothing is written here; {@link PlanFinisher} completes
 * the plan against the database and {@link PlanWriter} stores it.
 */
public final class ImportPlanner {
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999");
    /** Longest title taken from a follow-up's text, as a card shows it in one line. */
    static final int TITLE_FROM_TEXT = 40;

    /**
     * How one sheet's rows are read into the plan. What the mapping says is worked out once
     * per sheet, not for every row.
     *
     * @param datedOrders whether the sheet has an order or creation date column
     * @param aboutOrders whether the sheet tracks orders (a number, title, product, amount or
     *                    stage column): then every row is about one, and rows without a number
     *                    or title are about the customer's order (a follow-up tracker's row with
     *                    a blank status still belongs to it)
     * @param log         whether the sheet is a follow-up log, a row per contact with a customer (see
     *                    {@link SheetKind})
     * @param headers     the header of the first column of each field
     */
    record SheetContext(String name, ColumnMapping mapping, UserRef sheetOwner, boolean datedOrders, boolean aboutOrders,
                        boolean log, Map<ImportField, String> headers) {
        static SheetContext of(String name, ColumnMapping mapping, UserRef sheetOwner) {
            Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
            for (ColumnAssignment a : mapping.columns()) {
                if (a.field() != null && !headers.containsKey(a.field())) {
                    headers.put(a.field(), a.header());
                }
            }
            boolean dated = mapping.has(ORDER_DATE) || mapping.has(CREATED_DATE);
            boolean aboutOrders = mapping.has(ORDER_NUMBER) || mapping.has(ORDER_TITLE) || mapping.has(PRODUCT)
                    || mapping.has(AMOUNT) || mapping.has(UNIT_PRICE) || mapping.has(STAGE) || mapping.has(STATUS);
            boolean log = SheetKind.isFollowUpLog(mapping);
            return new SheetContext(name, mapping, sheetOwner, dated, aboutOrders, log, headers);
        }

        String header(ImportField f) {
            return headers.get(f);
        }
    }

    final ImportLookups db;
    final List<CustomerPlan> customers = new ArrayList<>();
    final List<OrderPlan> orders = new ArrayList<>();
    final List<FollowUpPlan> followUps = new ArrayList<>();
    final List<UserRef> newUsers = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int rows;
    int skipped;

    /** Name key → customers of the file; more than one where legal forms differ ("Contoso GmbH", "Contoso LLC"). */
    private final Map<String, List<CustomerPlan>> customersByName = new HashMap<>();
    private final Map<String, CustomerPlan> customersByPhone = new HashMap<>();
    private final Map<Long, CustomerPlan> existingCustomers = new HashMap<>();
    private final Map<String, OrderPlan> ordersByKey = new LinkedHashMap<>();
    private final Map<String, UserRef> users = new HashMap<>();
    /** The order each customer's rows last concerned: a follow-up log's row that names none continues it. */
    private final Map<CustomerPlan, OrderPlan> latestOrder = new HashMap<>();
    /** A log's follow-ups of customers none of whose rows so far gave an order. */
    private final Map<CustomerPlan, List<FollowUpPlan>> withoutOrder = new HashMap<>();
    private SheetContext sheet;

    public ImportPlanner(ImportLookups db) {
        this.db = db;
    }

    public void startSheet(String name, ColumnMapping mapping) {
        User owner = mapping.has(OWNER) ? null : db.usersByName.get(PlanKeys.text(name));
        sheet = SheetContext.of(name, mapping, owner == null ? null : userRef(owner));
    }

    /** A problem of the sheet rather than of a data row (a totals row left out). */
    public void note(ImportProblem problem) {
        problems.add(problem);
    }

    public void add(ParsedRow row) {
        rows++;
        problems.addAll(row.problems());
        if (!row.importable()) {
            skipped++;
            return;
        }
        String orderNo = PlanKeys.orderNo(row.text(ORDER_NUMBER));
        if (orderNo != null && orderNo.length() > 100) {
            reject(row, sheet.header(ORDER_NUMBER), "imports.problem.orderNoTooLong", 100);
            return;
        }
        UserRef owner = owner(row.text(OWNER));
        CustomerPlan customer = customer(row);
        OrderPlan order = null;
        if (orderNo != null) {
            order = ordersByKey.get("no:" + orderNo);
            if (order == null && customer == null) {
                ImportLookupRepository.OrderKey known = db.ordersByNo.get(orderNo);
                Customer c = known == null ? null : db.customers.get(known.customerId());
                customer = c == null ? null : existingCustomer(c);
            }
        }
        if (customer == null && order != null) {
            customer = order.customer;
        }
        if (customer == null) {
            reject(row, null, "imports.problem.noCustomer");
            return;
        }
        fillCustomer(customer, row, owner);
        ContactPlan contact = contact(customer, row);
        if (order == null && orderNo == null && sheet.log()) {
            order = logOrder(customer, row);
        } else if (order == null && (orderNo != null || sheet.aboutOrders())) {
            order = order(customer, orderNo, row);
        }
        if (order != null) {
            latestOrder.put(order.customer, order);
        }
        if (order != null && sheet.log()) {
            // the log's earlier rows of the customer, before a row gave it an order, are about that order
            List<FollowUpPlan> earlier = withoutOrder.remove(customer);
            OrderPlan about = order;
            if (earlier != null) {
                earlier.forEach(f -> f.order = about);
            }
        }
        if (order != null) {
            apply(order, row, owner, contact);
        }
        FollowUpPlan followUp = followUp(row, customer, order, owner);
        if (followUp != null && order == null && sheet.log()) {
            withoutOrder.computeIfAbsent(customer, c -> new ArrayList<>()).add(followUp);
        }
        keep(row, customer, order, followUp);
    }

    /**
     * The row's values that no field took go with the record the row is about: in a follow-up log
     * the contact it records, in an order list its order, otherwise its customer.
     */
    private void keep(ParsedRow row, CustomerPlan customer, OrderPlan order, FollowUpPlan followUp) {
        if (row.kept().isEmpty()) {
            return;
        }
        ExtraValues to = followUp != null && (sheet.log() || order == null) ? followUp.extras
                : order != null ? order.extras : customer.extras;
        to.add(row.kept());
    }

    private void reject(ParsedRow row, String column, String key, Object... args) {
        problems.add(new ImportProblem(row.sheet(), row.rowNumber(), column, Severity.ERROR, key, List.of(args)));
        skipped++;
    }

    // ---- users

    private UserRef owner(String name) {
        String clean = PlanKeys.clip(name, 200);
        if (clean == null) {
            return null;
        }
        String key = PlanKeys.text(clean);
        UserRef ref = users.get(key);
        if (ref != null) {
            return ref;
        }
        User known = db.usersByName.get(key);
        if (known != null) {
            ref = userRef(known);
        } else {
            ref = UserRef.create(clean, freeLogin(clean));
            newUsers.add(ref);
        }
        users.put(key, ref);
        return ref;
    }

    private UserRef userRef(User u) {
        return users.computeIfAbsent("#" + u.id(), k -> UserRef.of(u));
    }

    /** A login for a new rep: the name in lower case without spaces, numbered when taken. */
    private String freeLogin(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", ".");
        if (base.length() > 90) {
            base = base.substring(0, 90);
        }
        String login = base;
        for (int n = 2; db.logins.contains(login); n++) {
            login = base + "-" + n;
        }
        db.logins.add(login);
        return login;
    }

    // ---- customers and contacts

    private CustomerPlan customer(ParsedRow row) {
        String name = PlanKeys.clip(row.text(CUSTOMER_NAME), 300);
        if (name == null) {
            name = PlanKeys.clip(row.text(CUSTOMER_SHORT_NAME), 300);
        }
        String nameKey = name == null ? "" : NameKeys.nameKey(name);
        List<String> phones = new ArrayList<>(2);
        for (ImportField f : new ImportField[] {CONTACT_MOBILE, CONTACT_PHONE}) {
            String key = NameKeys.phoneKey(row.text(f));
            if (key != null) {
                phones.add(key);
            }
        }
        String form = name == null ? "" : NameKeys.legalForm(name);
        CustomerPlan p = nameKey.isEmpty() ? null : sameLegalForm(customersByName.get(nameKey), form, plan -> plan.legalForm);
        if (p == null && !nameKey.isEmpty()) {
            Customer c = sameLegalForm(db.customersByNameKey.get(nameKey), form, stored -> NameKeys.legalForm(stored.name()));
            p = c == null ? null : existingCustomer(c);
        }
        for (int i = 0; p == null && i < phones.size(); i++) {
            p = customersByPhone.get(phones.get(i));
            if (p == null) {
                Long id = db.customerByPhoneKey.get(phones.get(i));
                Customer c = id == null ? null : db.customers.get(id);
                p = c == null ? null : existingCustomer(c);
            }
        }
        if (p == null && !nameKey.isEmpty()) {
            p = CustomerPlan.create(nameKey, name);
            p.seq = customers.size();
            customers.add(p);
        }
        if (p != null) {
            if (!nameKey.isEmpty()) {
                List<CustomerPlan> named = customersByName.computeIfAbsent(nameKey, k -> new ArrayList<>(1));
                if (!named.contains(p)) {
                    named.add(p);
                }
            }
            for (String phone : phones) {
                customersByPhone.putIfAbsent(phone, p);
            }
        }
        return p;
    }

    /**
     * Of the customers sharing a name key, the one whose legal form is the same, else the first
     * whose form does not differ ("Contoso" is the Contoso GmbH met first, never the LLC after it).
     */
    private static <T> T sameLegalForm(List<T> named, String form, java.util.function.Function<T, String> formOf) {
        if (named == null) {
            return null;
        }
        T compatible = null;
        for (T candidate : named) {
            String own = formOf.apply(candidate);
            if (own.equals(form)) {
                return candidate;
            }
            if (compatible == null && NameKeys.sameLegalForm(own, form)) {
                compatible = candidate;
            }
        }
        return compatible;
    }

    private CustomerPlan existingCustomer(Customer c) {
        return existingCustomers.computeIfAbsent(c.id(), id -> {
            Map<String, Long> known = db.contacts.getOrDefault(id, Map.of());
            CustomerPlan p = CustomerPlan.existing(c, NameKeys.nameKey(c.name()), !known.isEmpty());
            known.forEach((k, contactId) -> p.contacts.put(k, ContactPlan.existing(contactId, k)));
            p.seq = customers.size();
            customers.add(p);
            return p;
        });
    }

    private void fillCustomer(CustomerPlan c, ParsedRow row, UserRef owner) {
        if (row.has(CUSTOMER_NAME)) {
            c.shortName = OrderPlan.pick(false, c.shortName, PlanKeys.clip(row.text(CUSTOMER_SHORT_NAME), 100));
        }
        c.industry = OrderPlan.pick(false, c.industry, PlanKeys.clip(row.text(INDUSTRY), 100));
        c.source = OrderPlan.pick(false, c.source, PlanKeys.clip(row.text(SOURCE), 100));
        c.grade = OrderPlan.pick(false, c.grade, row.text(GRADE));
        c.address = OrderPlan.pick(false, c.address, PlanKeys.clip(row.text(ADDRESS), 500));
        if (!row.has(CONTACT_NAME)) {
            String phone = row.text(CONTACT_PHONE) != null ? row.text(CONTACT_PHONE) : row.text(CONTACT_MOBILE);
            c.phone = OrderPlan.pick(false, c.phone, PlanKeys.clip(phone, 100));
        }
        c.owner = OrderPlan.pick(false, c.owner, owner != null ? owner : sheet.sheetOwner());
    }

    private ContactPlan contact(CustomerPlan customer, ParsedRow row) {
        String name = PlanKeys.clip(row.text(CONTACT_NAME), 200);
        if (name == null) {
            return null;
        }
        String key = PlanKeys.text(name);
        ContactPlan c = customer.contacts.get(key);
        if (c == null) {
            c = ContactPlan.create(name);
            c.primary = !customer.hasContacts;
            customer.hasContacts = true;
            customer.contacts.put(key, c);
        }
        if (c.isNew()) {
            c.title = OrderPlan.pick(false, c.title, PlanKeys.clip(row.text(CONTACT_TITLE), 100));
            c.phone = OrderPlan.pick(false, c.phone, PlanKeys.clip(row.text(CONTACT_PHONE), 100));
            c.mobile = OrderPlan.pick(false, c.mobile, PlanKeys.clip(row.text(CONTACT_MOBILE), 100));
            c.email = OrderPlan.pick(false, c.email, PlanKeys.clip(row.text(EMAIL), 200));
            c.wechat = OrderPlan.pick(false, c.wechat, PlanKeys.clip(row.text(WECHAT), 100));
        }
        return c;
    }

    // ---- orders

    /**
     * The order a follow-up log's row is about when it gives no order number. A row that names an
     * order (a title or opportunity) is about that one; a row that names none continues the
     * customer's order met last in the file; a customer without one gets an order only when the
     * row says where it stands (a stage), since a log of calls alone is about the customer. The
     * first named order of a customer whose earlier rows had started one unnamed takes that one over.
     */
    private OrderPlan logOrder(CustomerPlan customer, ParsedRow row) {
        String title = PlanKeys.clip(row.text(ORDER_TITLE), 500);
        OrderPlan last = latestOrder.get(customer);
        if (title == null) {
            if (last != null) {
                return last;
            }
            StageMatch stage = row.stage(STAGE) != null ? row.stage(STAGE) : row.stage(STATUS);
            boolean saysStage = stage != null && stage.result() == null;
            return saysStage || row.has(PRODUCT) || row.has(AMOUNT) ? order(customer, null, row) : null;
        }
        if (last != null && last.title == null && last.isNew() && last.key.startsWith("t:")
                && ordersByKey.get(titleKey(customer, title, null)) == null) {
            // the unnamed order begun by the customer's earlier rows is the one this row names
            ordersByKey.remove(last.key);
            last.key = titleKey(customer, title, null);
            last.derivedTitle = title;
            ordersByKey.put(last.key, last);
            return last;
        }
        return order(customer, null, row);
    }

    private static String titleKey(CustomerPlan customer, String title, LocalDate date) {
        String who = customer.isNew() ? "n" + customer.seq : "e" + customer.existing.id();
        return "t:" + who + "|" + PlanKeys.text(title) + "|" + (date == null ? "" : date);
    }

    private OrderPlan order(CustomerPlan customer, String orderNo, ParsedRow row) {
        String title = PlanKeys.clip(row.text(ORDER_TITLE), 500);
        String derived = title != null ? title : derivedTitle(row);
        String key;
        Long existingId = null;
        if (orderNo != null) {
            key = "no:" + orderNo;
            ImportLookupRepository.OrderKey known = db.ordersByNo.get(orderNo);
            existingId = known == null ? null : known.id();
        } else {
            LocalDate date = sheet.datedOrders() ? orderDate(row) : null;
            key = titleKey(customer, derived, date);
            OrderPlan inFile = ordersByKey.get(key);
            if (inFile != null) {
                return inFile;
            }
            if (!customer.isNew()) {
                existingId = matchByTitle(customer.existing.id(), derived, date);
            }
        }
        OrderPlan o = new OrderPlan(key, orderNo, existingId);
        o.seq = orders.size();
        o.customer = customer;
        o.derivedTitle = derived;
        if (existingId != null) {
            // an order already in Gendan keeps its customer; the row's follow-ups go to that customer
            Customer owner = db.customers.get(orderKeyCustomer(orderNo, existingId, customer));
            if (owner != null) {
                o.customer = existingCustomer(owner);
            }
        }
        ordersByKey.put(key, o);
        orders.add(o);
        return o;
    }

    /**
     * What an order without a title column is called, from what its row says: the product, else the
     * first line of what was said, else its date, else where it came from. Never the customer's name,
     * which the board already shows beside the title.
     */
    private String derivedTitle(ParsedRow row) {
        String product = PlanKeys.clip(row.text(PRODUCT), 500);
        if (product != null) {
            return product;
        }
        String said = row.text(FOLLOW_UP_SUMMARY) != null ? row.text(FOLLOW_UP_SUMMARY) : row.text(NEXT_STEP);
        if (said != null && !said.isBlank()) {
            String line = said.strip().lines().findFirst().orElse("").strip();
            return line.length() <= TITLE_FROM_TEXT ? line : line.substring(0, TITLE_FROM_TEXT - 1) + "…";
        }
        LocalDate date = orderDate(row) != null ? orderDate(row) : row.date(FOLLOW_UP_DATE);
        if (date != null) {
            return date.toString();
        }
        return row.sheet() + " #" + row.rowNumber();
    }

    private long orderKeyCustomer(String orderNo, long existingId, CustomerPlan fallback) {
        if (orderNo != null) {
            return db.ordersByNo.get(orderNo).customerId();
        }
        return fallback.existing.id();
    }

    private Long matchByTitle(long customerId, String title, LocalDate date) {
        List<ImportLookupRepository.OrderKey> found = db.ordersByTitle.get(customerId + "|" + PlanKeys.text(title));
        if (found == null) {
            return null;
        }
        for (ImportLookupRepository.OrderKey k : found) {
            if (date == null || date.equals(k.orderDate())) {
                return k.id();
            }
        }
        return null;
    }

    private static LocalDate orderDate(ParsedRow row) {
        return row.date(ORDER_DATE) != null ? row.date(ORDER_DATE) : row.date(CREATED_DATE);
    }

    private void apply(OrderPlan o, ParsedRow row, UserRef owner, ContactPlan contact) {
        boolean ov = o.overrides(row.dateTime(FOLLOW_UP_DATE));
        o.contact = OrderPlan.pick(ov, o.contact, contact);
        o.owner = OrderPlan.pick(ov, o.owner, owner);
        if (o.isNew()) {
            o.owner = OrderPlan.pick(false, o.owner, sheet.sheetOwner());
        }
        o.title = OrderPlan.pick(ov, o.title, PlanKeys.clip(row.text(ORDER_TITLE), 500));
        o.priority = OrderPlan.pick(ov, o.priority, row.priority());
        Money money = row.money(AMOUNT);
        BigDecimal amount = money != null ? money.amount() : null;
        BigDecimal quantity = row.decimal(QUANTITY);
        BigDecimal unitPrice = row.amount(UNIT_PRICE);
        if (amount == null && quantity != null && unitPrice != null) {
            amount = quantity.multiply(unitPrice);
        }
        amount = checkedAmount(row, amount, AMOUNT);
        o.amount = OrderPlan.pick(ov, o.amount, amount);
        String currency = row.text(CURRENCY) != null ? row.text(CURRENCY) : money == null ? null : money.currency();
        o.currency = OrderPlan.pick(ov, o.currency, currency);
        o.orderDate = OrderPlan.pick(ov, o.orderDate, orderDate(row));
        o.expectedClose = OrderPlan.pick(ov, o.expectedClose, row.date(EXPECTED_CLOSE));
        o.promisedDelivery = OrderPlan.pick(ov, o.promisedDelivery, row.date(PROMISED_DELIVERY));
        o.shipBy = OrderPlan.pick(ov, o.shipBy, row.date(SHIP_BY));
        o.paymentDue = OrderPlan.pick(ov, o.paymentDue, row.date(PAYMENT_DUE));
        o.quoteExpires = OrderPlan.pick(ov, o.quoteExpires, row.date(QUOTE_EXPIRES));
        o.contractExpires = OrderPlan.pick(ov, o.contractExpires, row.date(CONTRACT_EXPIRES));
        o.lostReason = OrderPlan.pick(ov, o.lostReason, PlanKeys.clip(row.text(LOST_REASON), 500));
        if (!sheet.log()) { // a log's notes belong to its follow-ups
            o.notes = OrderPlan.pick(ov, o.notes, PlanKeys.clip(row.text(NOTES), 4000));
        }
        stage(o, row, ov);
        String product = PlanKeys.clip(row.text(PRODUCT), 300);
        if (product != null) {
            o.line = OrderPlan.pick(ov, o.line, line(product, quantity, unitPrice, amount));
        }
        o.shippedDate = OrderPlan.pick(ov, o.shippedDate, row.date(SHIPPED_DATE));
        o.carrier = OrderPlan.pick(ov, o.carrier, PlanKeys.clip(row.text(CARRIER), 200));
        o.trackingNo = OrderPlan.pick(ov, o.trackingNo, PlanKeys.clip(row.text(TRACKING_NUMBER), 200));
        o.receivedAmount = OrderPlan.pick(ov, o.receivedAmount, checkedAmount(row, row.amount(RECEIVED_AMOUNT), RECEIVED_AMOUNT));
        o.receivedDate = OrderPlan.pick(ov, o.receivedDate, row.date(RECEIVED_DATE));
        o.seen(row.date(FOLLOW_UP_DATE));
        o.seen(row.date(CREATED_DATE));
    }

    private BigDecimal checkedAmount(ParsedRow row, BigDecimal amount, ImportField field) {
        if (amount == null) {
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new ImportProblem(row.sheet(), row.rowNumber(), sheet.header(field), Severity.WARNING,
                    "imports.problem.amountTooLarge", List.of(amount.toPlainString())));
            return null;
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        if (cents.compareTo(amount) != 0) {
            problems.add(new ImportProblem(row.sheet(), row.rowNumber(), sheet.header(field), Severity.INFO,
                    "imports.problem.amountRounded", List.of(amount.toPlainString(), cents.toPlainString())));
        }
        return cents;
    }

    private static OrderLine line(String product, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
        BigDecimal qty = quantity != null ? quantity.setScale(3, RoundingMode.HALF_UP) : BigDecimal.ONE;
        BigDecimal price = unitPrice;
        if (price == null && amount != null) {
            price = qty.signum() == 0 ? amount : amount.divide(qty, 2, RoundingMode.HALF_UP);
        }
        if (price == null || price.compareTo(MAX_AMOUNT) > 0 || qty.compareTo(MAX_AMOUNT) > 0) {
            price = BigDecimal.ZERO;
        }
        return new OrderLine(product, null, null, qty, price.setScale(2, RoundingMode.HALF_UP));
    }

    private void stage(OrderPlan o, ParsedRow row, boolean ov) {
        StageMatch stage = row.stage(STAGE);
        StageMatch word = row.stage(STATUS);
        if (stage == null && word == null) {
            return;
        }
        OrderStatus status;
        if (word != null && word.status() != OrderStatus.OPEN) {
            status = word.status();
        } else {
            status = stage != null ? stage.status() : OrderStatus.OPEN;
        }
        String name = stage != null && stage.stageName() != null ? stage.stageName()
                : word != null ? word.stageName() : null;
        if (ov || o.status == null) {
            StageMatch set = stage != null ? stage : word;
            // a word about the call (待回访) leaves the order where it stood, and since when
            if (set.result() == null && (!set.equals(o.stageMatch) || o.stageSince == null)) {
                o.stageMatch = set;
                LocalDateTime when = row.dateTime(FOLLOW_UP_DATE);
                o.stageSince = when != null ? when : orderDate(row) == null ? null : orderDate(row).atStartOfDay();
            }
            o.status = status;
            o.stageSheet = row.sheet();
            o.stageRow = row.rowNumber();
            o.stageColumn = sheet.header(stage != null ? STAGE : STATUS);
        }
        o.stageName = OrderPlan.pick(ov, o.stageName, name);
    }

    // ---- follow-ups

    private FollowUpPlan followUp(ParsedRow row, CustomerPlan customer, OrderPlan order, UserRef owner) {
        String summary = PlanKeys.clip(row.text(FOLLOW_UP_SUMMARY), 4000);
        if (summary == null && sheet.log()) {
            // a call log's notes are what was said
            summary = PlanKeys.clip(row.text(NOTES), 4000);
        }
        if (summary == null && sheet.log() && row.dateTime(FOLLOW_UP_DATE) != null) {
            // a dated row of a log that gives only how the contact went (待回访, No answer) is still a contact
            StageMatch said = row.stage(STATUS) != null ? row.stage(STATUS) : row.stage(STAGE);
            summary = said != null && said.result() != null ? said.result() : null;
        }
        String feedback = PlanKeys.clip(row.text(CUSTOMER_FEEDBACK), 4000);
        String action = PlanKeys.clip(row.text(NEXT_STEP), 1000);
        LocalDateTime due = row.dateTime(NEXT_STEP_DUE);
        if (summary == null && feedback == null && action == null) {
            return null;
        }
        FollowUpPlan f = new FollowUpPlan(followUps.size());
        f.customer = customer;
        f.order = order;
        LocalDateTime when = row.dateTime(FOLLOW_UP_DATE);
        if (when == null && orderDate(row) != null) {
            when = orderDate(row).atStartOfDay();
        }
        f.happened = when;
        f.dated = when != null;
        if (summary == null) {
            // a CRM export often has only the next activity: it is also what the follow-up was about
            summary = feedback != null ? feedback : action;
            feedback = summary.equals(feedback) ? null : feedback;
        }
        f.summary = summary;
        f.feedback = feedback;
        String method = row.text(FOLLOW_UP_METHOD);
        f.method = method == null ? FollowUpMethod.OTHER : FollowUpMethod.fromCode(method);
        StageMatch stage = row.stage(STAGE);
        f.resultStatus = stage == null ? null : stage.result() != null ? stage.result()
                : stage.stageName() != null ? stage.stageName() : stage.status().code();
        if (action == null && due != null) {
            action = PlanKeys.clip(summary, 1000);
        }
        if (action != null && due == null) {
            due = when;
        }
        f.nextAction = action;
        f.nextDue = due;
        f.nextOwner = owner;
        f.ownRow = sheet.log();
        followUps.add(f);
        return f;
    }
}
