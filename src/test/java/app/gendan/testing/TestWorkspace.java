package app.gendan.testing;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import app.gendan.domain.OrderDraft;
import app.gendan.domain.Pipeline;
import app.gendan.domain.Role;
import app.gendan.domain.SalesOrder;
import app.gendan.domain.Stage;
import app.gendan.domain.User;
import app.gendan.domain.i18n.Messages;
import app.gendan.service.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A real H2 file in a temp folder with a signed-in user and the default pipeline. */
public final class TestWorkspace implements AutoCloseable {
    public final Workspace ws;
    public final MutableClock clock;
    public final User me;
    public final Pipeline pipeline;
    public final Messages messages;

    private TestWorkspace(Workspace ws, MutableClock clock, User me, Pipeline pipeline, Messages messages) {
        this.ws = ws;
        this.clock = clock;
        this.me = me;
        this.pipeline = pipeline;
        this.messages = messages;
    }

    public static TestWorkspace create(Path dir) {
        return create(dir, MutableClock.at("2026-11-20T06:03:00Z"), Locale.SIMPLIFIED_CHINESE);
    }

    public static TestWorkspace create(Path dir, MutableClock clock, Locale locale) {
        Workspace ws = Workspace.open(dir.resolve("gendan.mv.db"), clock);
        Messages m = new Messages(locale);
        ws.useLanguage(m.locale()); // as the app does: default names in the user's language
        User me = ws.users().signIn("wangwu").orElseGet(() -> ws.users().register("wangwu", "王五", Role.REP));
        Pipeline p = ws.pipelines().ensureDefault(m);
        return new TestWorkspace(ws, clock, me, p, m);
    }

    /** For try-with-resources: closes the database. */
    public TestWorkspace closeable() { return this; }

    @Override
    public void close() { ws.close(); }

    public List<Stage> stages() { return ws.pipelines().openStages(pipeline.id()); }

    public Customer customer(String name) {
        return ws.customers().create(CustomerDraft.named(name), List.of(), true);
    }

    public SalesOrder order(String title, Customer c, String amount) {
        return ws.orders().create(pipeline.id(),
                OrderDraft.of(title, c.id(), me.id(), new BigDecimal(amount), LocalDate.of(2026, 11, 20)));
    }
}
