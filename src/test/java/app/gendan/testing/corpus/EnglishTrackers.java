package app.gendan.testing.corpus;

import static app.gendan.testing.corpus.Cell.fmt;
import static app.gendan.testing.corpus.Cell.formula;
import static app.gendan.testing.corpus.CorpusRows.*;
import static app.gendan.testing.corpus.Pools.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Trackers kept in English: order books and follow-up logs from Europe, the UK and the US. */
final class EnglishTrackers {
    private EnglishTrackers() {}

    static Tracker europeanSemicolonOrders() {
        Random r = seed("eu");
        Tracker t = new Tracker("orders-eu-semicolon.csv", "orders", "en", "csv").text("windows-1252", ";")
                .amountColumn("Amount (EUR)").unmapped("VAT ID")
                .notes("saved by a European Excel: Windows-1252, semicolon separated; dates 15.03.2024 (day first);"
                        + " amounts 12.500,00 with a decimal comma; umlauts in names");
        t.currency = "EUR";
        Tracker.Sheet s = t.sheet("orders-eu-semicolon");
        s.header("Order No", "Customer", "Contact", "Country", "VAT ID", "Order Date", "Delivery Date", "Amount (EUR)",
                "Status", "Sales Rep");
        String[] names = {"Müller Maschinenbau GmbH", "Schäfer Logistik AG", "Böhm Präzisionstechnik GmbH",
                "Société Générale d'Équipement", "Café Crème SARL", "Rossi Meccanica S.r.l.", "Jørgensen Trading ApS",
                "García Industrial S.L.", "Van der Berg B.V.", "Nováková Electronics s.r.o.", "Kühne Antriebe GmbH",
                "Lefèvre Emballage SA", "Åberg Robotics AB", "Weiß & Söhne KG", "Dubois Médical SAS"};
        String[] people = {"Jürgen Weiß", "Anaïs Lefèvre", "Søren Jørgensen", "Zoë Dubois", "Björn Åberg", "Luca Rossi",
                "María García", "Jan de Vries", "Petra Nováková", "Günter Kühne"};
        String[] countries = {"DE", "DE", "FR", "IT", "DK", "ES", "NL", "CZ", "SE", "AT"};
        String[] states = {"Open", "Confirmed", "Shipped", "Invoiced", "Paid", "Cancelled"};
        for (int i = 0; i < 90; i++) {
            String c = names[r.nextInt(names.length)];
            LocalDate d = day(r, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 20));
            LocalDate del = d.plusDays(14 + r.nextInt(40));
            BigDecimal amount = price(r, 300, 120_000);
            String no = "EU-24-" + (5001 + i);
            String st = pick(r, states);
            s.data(no, c, pick(r, people), pick(r, countries), "DE" + (100_000_000 + r.nextInt(899_999_999)),
                    f(d, "dd.MM.yyyy"), f(del, "dd.MM.yyyy"), euMoney(amount), st, pick(r, EN_OWNERS));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(amount);
            t.date(d);
            t.date(del);
        }
        return t;
    }

    static Tracker englishTrackerHeaderOnLine5() {
        Random r = seed("en-tracker");
        Tracker t = new Tracker("Sales Tracker 2024.xlsx", "orders", "en", "xlsx").amountColumn("Total")
                .unmapped("Invoice Date", "Territory")
                .notes("English tracker: title, subtitle and a blank line, merged group headers Customer/Order/Status &"
                        + " Payment on row 4, field headers on row 5; Total is a formula Qty*Unit Price shown $#,##0.00;"
                        + " 'Paid On' is a date column; a Total row at the bottom");
        t.currency = "USD";
        Tracker.Sheet s = t.sheet("Tracker");
        s.line("Sales Tracker 2024").merge(0, 13);
        s.line("East region - updated 31 Dec 2024");
        s.blank();
        s.line("Customer", null, null, "Order", null, null, null, null, "Status & Payment", null, null, null, null, null);
        s.merge(0, 2).merge(3, 7).merge(8, 13);
        s.header("Customer", "Contact", "Phone", "Order #", "Product", "Qty", "Unit Price", "Total", "Stage",
                "Invoice Date", "Paid On", "Paid Amount", "Rep", "Territory");
        List<String> customers = enCompanies(r, 40);
        String[] stages = {"Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Won", "Closed Lost"};
        int first = s.lines.size() + 1;
        for (int i = 0; i < 120; i++) {
            String c = customers.get(r.nextInt(customers.size()));
            int qty = 1 + r.nextInt(25);
            BigDecimal unit = price(r, 50, 9_000);
            BigDecimal total = unit.multiply(BigDecimal.valueOf(qty));
            String st = pick(r, stages);
            boolean won = st.equals("Closed Won");
            LocalDate invoiced = won ? day(r, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 11, 30)) : null;
            LocalDate paid = won && r.nextInt(3) > 0 ? invoiced.plusDays(15 + r.nextInt(45)) : null;
            int row = s.lines.size() + 1;
            String no = "ST-" + (24_001 + i);
            s.data(c, enPerson(r), usPhone(r), no, pick(r, EN_PRODUCTS), qty, fmt(unit, "$#,##0.00"),
                    fmt(formula("F" + row + "*G" + row), "$#,##0.00"), st, invoiced == null ? null : fmt(invoiced, "m/d/yyyy"),
                    paid == null ? null : fmt(paid, "m/d/yyyy"), paid == null ? null : fmt(total, "$#,##0.00"),
                    pick(r, EN_OWNERS), pick(r, new String[] {"NY Metro", "New England", "Mid-Atlantic"}));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(total);
            if (invoiced != null) {
                t.date(invoiced);
            }
            if (paid != null) {
                t.date(paid);
            }
        }
        int last = s.lines.size();
        s.footer("Total", null, null, null, null, formula("SUM(F" + first + ":F" + last + ")"), null,
                fmt(formula("SUM(H" + first + ":H" + last + ")"), "$#,##0.00"), null, null, null,
                fmt(formula("SUM(L" + first + ":L" + last + ")"), "$#,##0.00"));
        return t;
    }

    static Tracker englishCallLog() {
        Random r = seed("calls");
        Tracker t = new Tracker("call-log-Q2.xlsx", "follow-ups", "en", "xlsx").unmapped("Lead Score")
                .notes("English call log, one row per call, no order numbers; Date and Next Date are text '4/15/2024'"
                        + " (month first); Outcome words; Lead Score matches no field");
        Tracker.Sheet s = t.sheet("Calls");
        s.header("Date", "Company", "Contact", "Type", "Notes", "Outcome", "Next Step", "Next Date", "Rep", "Lead Score");
        List<String> companies = enCompanies(r, 25);
        Map<String, String> contact = new HashMap<>();
        companies.forEach(c -> contact.put(c, enPerson(r)));
        String[] path = {"Call back", "Interested", "Quote sent", "Negotiating", "Won"};
        Progress p = new Progress();
        for (Visit v : visits(r, companies, 150, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 28))) {
            String st = p.next(r, v.customer(), path, "Not interested");
            boolean open = !st.equals("Won") && !st.equals("Not interested");
            LocalDate next = v.date().plusDays(2 + r.nextInt(12));
            s.data(f(v.date(), "M/d/yyyy"), v.customer(), contact.get(v.customer()),
                    pick(r, new String[] {"Call", "Email", "Meeting", "WeChat", "Call"}), pick(r, EN_NOTES), st,
                    open ? pick(r, EN_NEXT) : null, open ? f(next, "M/d/yyyy") : null, pick(r, EN_OWNERS), 10 + r.nextInt(90));
            t.customer(v.customer());
            t.followUp();
            t.date(v.date());
            if (open) {
                t.date(next);
            }
            t.customerStage(v.customer(), st);
        }
        return t;
    }

    static Tracker englishWeeklyPerRep() {
        Random r = seed("weekly");
        Tracker t = new Tracker("weekly-follow-ups-by-rep.xlsx", "follow-ups", "en", "xlsx")
                .notes("one sheet per rep, title and blank line above the header (row 3); Contact Person holds name and"
                        + " phone in one cell; Status uses Salesforce stage names; blank lines between weeks inside the"
                        + " data; dates shown d-mmm-yy");
        for (String rep : new String[] {"Alice", "Brian", "Diana"}) {
            Tracker.Sheet s = t.sheet(rep);
            s.line("Weekly follow-ups - " + rep);
            s.blank();
            s.header("Date", "Account", "Contact Person", "Method", "Summary", "Status", "Follow-up By");
            List<String> accounts = enCompanies(r, 12 + r.nextInt(6));
            Map<String, String> contact = new HashMap<>();
            accounts.forEach(c -> contact.put(c, enPerson(r) + " " + usPhone(r)));
            Progress p = new Progress();
            LocalDate week = null;
            for (Visit v : visits(r, accounts, 40 + r.nextInt(30), LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12, 20))) {
                LocalDate monday = v.date().minusDays(v.date().getDayOfWeek().getValue() - 1);
                if (week != null && !week.equals(monday) && r.nextInt(3) == 0) {
                    s.blank();
                }
                week = monday;
                String st = p.next(r, v.customer(), SF_PATH, "Closed Lost");
                LocalDate by = v.date().plusDays(3 + r.nextInt(7));
                s.data(fmt(v.date(), "d-mmm-yy"), v.customer(), contact.get(v.customer()),
                        pick(r, new String[] {"Phone", "Email", "Visit", "Video call"}), pick(r, EN_NOTES), st,
                        fmt(by, "d-mmm-yy"));
                t.customer(v.customer());
                t.followUp();
                t.date(v.date());
                t.date(by);
                t.customerStage(v.customer(), st);
            }
        }
        return t;
    }

    static Tracker ukOrderBook() {
        Random r = seed("uk");
        Tracker t = new Tracker("uk-order-book.csv", "orders", "en", "csv").text("UTF-8 BOM", ",").amountColumn("Value")
                .notes("UK order book: UTF-8 with BOM; title and a blank line above the header (row 3); dates 15/03/2024"
                        + " (day first); Value like '£1,234.50'; a Total line at the bottom");
        t.currency = "GBP";
        Tracker.Sheet s = t.sheet("uk-order-book");
        s.line("Order book - UK branch", "", "", "", "", "", "");
        s.line("", "", "", "", "", "", "");
        s.header("Order Ref", "Customer", "Contact", "Order Date", "Value", "Status", "Account Manager");
        String[] customers = {"Thames Valley Foods Ltd", "Pennine Engineering plc", "Clyde Marine Ltd",
                "Cotswold Packaging Ltd", "Mersey Logistics Ltd", "Highland Dairies Ltd", "Bristol Robotics Ltd",
                "Severn Medical Supplies", "Yorkshire Steel Works", "Kentish Brewing Co"};
        String[] states = {"Quoted", "Confirmed", "Dispatched", "Invoiced", "Paid", "Cancelled"};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            String c = customers[r.nextInt(customers.length)];
            LocalDate d = day(r, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
            BigDecimal v = price(r, 200, 60_000);
            String no = "UK" + (10_400 + i);
            String st = pick(r, states);
            s.data(no, c, enPerson(r), f(d, "dd/MM/yyyy"), "£" + money(v, "#,##0.00"), st, pick(r, EN_OWNERS));
            t.customer(c);
            t.order(no, st);
            t.amountYuan(v);
            t.date(d);
            sum = sum.add(v);
        }
        s.footer("Total", "", "", "", "£" + money(sum, "#,##0.00"), "", "");
        return t;
    }

    /**
     * A distributor's export order list kept by a European sales office: one group has a German
     * GmbH and an American LLC of one name, a Dutch B.V. beside a UK Ltd, and reps who leave the
     * legal form off when they mean the firm they always deal with (the GmbH, the B.V.).
     */
    static Tracker distributorAccounts() {
        Random r = seed("distributors");
        Tracker t = new Tracker("distributor-accounts-EU.csv", "orders", "en", "csv").text("UTF-8", ",")
                .amountColumn("Net value (EUR)")
                .notes("export office order list: header on row 1; 'Client' names one group's firms in several countries"
                        + " (GmbH / LLC, B.V. / Ltd, S.A.S. / Inc.), a name without its legal form means the group's home firm;"
                        + " Booked as 2024-03-15; Net value like 12,345.00")
                .unmapped("Country");
        t.currency = "EUR";
        Tracker.Sheet s = t.sheet("distributor-accounts-EU");
        s.header("PO #", "Client", "Country", "Booked", "Net value (EUR)", "Status", "Key account");
        // {name as written, the firm it is (for the facts), country}
        String[][] clients = {
                {"Nordhafen Logistik GmbH", "Nordhafen Logistik GmbH", "DE"},
                {"Nordhafen Logistik LLC", "Nordhafen Logistik LLC", "US"},
                {"Nordhafen Logistik", "Nordhafen Logistik GmbH", "DE"},
                {"Van Dijk Koeltechniek B.V.", "Van Dijk Koeltechniek B.V.", "NL"},
                {"Van Dijk Koeltechniek Ltd", "Van Dijk Koeltechniek Ltd", "UK"},
                {"Van Dijk Koeltechniek", "Van Dijk Koeltechniek B.V.", "NL"},
                {"Atelier Morel S.A.S.", "Atelier Morel S.A.S.", "FR"},
                {"Atelier Morel Inc.", "Atelier Morel Inc.", "US"},
                {"Brandt Hydraulik GmbH", "Brandt Hydraulik GmbH", "DE"},
                {"Lindqvist Marine AB", "Lindqvist Marine AB", "SE"}};
        String[] states = {"Offer sent", "Negotiation", "Order confirmed", "Shipped", "Invoiced", "Lost"};
        for (int i = 0; i < 36; i++) {
            String[] c = clients[i < clients.length ? i : r.nextInt(clients.length)];
            LocalDate d = day(r, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 12, 20));
            BigDecimal v = price(r, 800, 90_000);
            String no = "PO-24-" + (310 + i);
            String st = pick(r, states);
            s.data(no, c[0], c[2], f(d, "yyyy-MM-dd"), money(v, "#,##0.00"), st, pick(r, EN_OWNERS));
            t.customer(c[1]);
            t.order(no, st);
            t.amountYuan(v);
            t.date(d);
        }
        return t;
    }
}
