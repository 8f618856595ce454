package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.Priority;
import app.gendan.domain.SalesOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * What an imported tracker held beyond Gendan's fields shows in the order form, header beside value,
 * in the file's column order; an order without any shows no such row.
 */
class ExtraFieldsFormTest extends UiTestBase {
    private SalesOrder alpha;
    private SalesOrder beta;

    @Override
    protected void seed() {
        Customer acme = customer("Acme Pumps");
        alpha = order("Alpha valves", acme, "100", Priority.NORMAL, me.id());
        beta = order("Beta seals", acme, "50", Priority.NORMAL, me.id());
        try (Connection c = java.sql.DriverManager.getConnection(
                app.gendan.store.DatabaseUrl.forFile(dir.resolve("t.mv.db")), "sa", "");
             PreparedStatement p = c.prepareStatement(
                "INSERT INTO extra_field (entity, entity_id, position, header, field_value, created_at) "
                        + "VALUES ('order', ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            Object[][] rows = {{1, "Sales channel", "Trade fair Shanghai 2024"}, {0, "Contract no.", "HT-2024-118"}};
            for (Object[] r : rows) {
                p.setLong(1, alpha.id());
                p.setInt(2, (Integer) r[0]);
                p.setString(3, (String) r[1]);
                p.setString(4, (String) r[2]);
                p.executeUpdate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String label(String id) {
        return fx(() -> lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void theOrderFormShowsTheExtraFieldsOfTheImportedFileInColumnOrder() {
        doubleClickOn("#card-" + alpha.orderNo());
        waitUntil(() -> lookup("#orderExtraFields-1").tryQuery().isPresent());

        assertThat(label("#orderExtraFields-0")).isEqualTo("HT-2024-118");
        assertThat(label("#orderExtraFields-1")).isEqualTo("Trade fair Shanghai 2024");
        assertThat(fx(() -> lookup("#orderExtraFields").query().getParent().isVisible())).isTrue();
        assertThat(lookup(".label").match(n -> n instanceof Label l && messages.get("extra.fields").equals(l.getText()))
                .tryQuery()).isPresent();
    }

    @Test
    void anOrderWithoutExtraFieldsShowsNoSuchRow() {
        doubleClickOn("#card-" + beta.orderNo());
        waitUntil(() -> lookup("#orderTitle").tryQuery().isPresent()
                && "Beta seals".equals(fx(() -> lookup("#orderTitle").queryAs(javafx.scene.control.TextField.class).getText())));

        assertThat(fx(() -> lookup("#orderExtraFields").query().getParent().isVisible())).isFalse();
    }
}
