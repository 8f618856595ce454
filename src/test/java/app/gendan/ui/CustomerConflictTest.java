package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.Customer;
import app.gendan.domain.CustomerDraft;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The customer form when a colleague saved the same customer after it was opened. */
class CustomerConflictTest extends ConflictTestBase {
    private Customer acme;

    @Override
    protected void seed() {
        acme = ws.customers().create(new CustomerDraft("Acme Pumps", "Acme", "B", null, null, "1 Harbour Rd",
                "021-5550001", me.id(), null, null), List.of(), true);
    }

    private void openAcme() {
        clickOn("#navCustomers");
        waitUntil(() -> lookup("#customerList").queryListView().getItems().size() == 1);
        clickOn("Acme Pumps  [B]");
        waitUntil(() -> text("#customerName").equals("Acme Pumps") && text("#customerPhone").equals("021-5550001"));
    }

    private void colleagueSaves(UnaryOperator<CustomerDraft> change) {
        Customer now = colleague.customers().get(acme.id());
        colleague.customers().update(now.id(), now.version(), change.apply(now.toDraft()));
    }

    private static CustomerDraft address(CustomerDraft d, String address) {
        return new CustomerDraft(d.name(), d.shortName(), d.grade(), d.source(), d.industry(), address, d.phone(),
                d.ownerId(), d.tags(), d.notes());
    }

    private Customer stored() {
        return colleague.customers().get(acme.id());
    }

    @Test
    void aColleaguesAddressIsTakenInAndAReloadOfTheScreenKeepsWhatWasTyped() {
        openAcme();
        retype("#customerIndustry", "Industrial pumps");
        colleagueSaves(d -> address(d, "9 Dock St"));
        // the change feed tells the window; the customer screen reloads but keeps the typing
        fx(() -> {
            main.colleaguesChanged(List.of(new app.gendan.domain.Change(0, "customer", acme.id(), lisi.id(), false)));
            return null;
        });
        waitUntil(() -> ctx.tasks().runningProperty().get() == 0);
        assertThat(text("#customerIndustry")).isEqualTo("Industrial pumps");
        assertThat(text("#customerAddress")).isEqualTo("1 Harbour Rd");

        clickOn("#customerSave");
        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.taken", messages.get("customer.field.address")));
        assertThat(text("#customerAddress")).isEqualTo("9 Dock St");
        assertThat(text("#customerIndustry")).isEqualTo("Industrial pumps");
        assertThat(stored().industry()).isNull();

        clickOn("#customerSave");
        waitUntil(() -> "Industrial pumps".equals(stored().industry()));
        assertThat(stored().address()).isEqualTo("9 Dock St");
        waitUntil(() -> note().isEmpty());
    }

    @Test
    void aPhoneBothChangedIsAskedAboutAndTheChoiceIsSaved() {
        openAcme();
        colleagueSaves(d -> address(d, "9 Dock St").withPhone("021-5550009"));

        retype("#customerPhone", "021-5550002");
        retype("#customerIndustry", "Industrial pumps");
        clickOn("#customerSave");

        waitForConflictDialog();
        assertThat(cell("#theirs-phone")).isEqualTo("021-5550009");
        assertThat(cell("#mine-phone")).isEqualTo("021-5550002");
        assertThat(cell("#conflictTaken")).isEqualTo(
                messages.get("merge.dialog.taken", messages.get("customer.field.address")));
        clickOn("#takeTheirs-phone");
        clickOn("#conflictApply");

        waitUntil(() -> text("#customerPhone").equals("021-5550009"));
        assertThat(text("#customerAddress")).isEqualTo("9 Dock St");
        assertThat(text("#customerIndustry")).isEqualTo("Industrial pumps");
        assertThat(note()).isEqualTo(messages.get("merge.resolvedTaken", messages.get("customer.field.address")));

        clickOn("#customerSave");
        waitUntil(() -> "Industrial pumps".equals(stored().industry()));
        assertThat(stored().phone()).isEqualTo("021-5550009");
        assertThat(stored().address()).isEqualTo("9 Dock St");
    }

    @Test
    void cancelKeepsWhatWasTyped() {
        openAcme();
        colleagueSaves(d -> d.withPhone("021-5550009"));

        retype("#customerPhone", "021-5550002 ext. 8");
        clickOn("#customerSave");
        waitForConflictDialog();
        clickOn("#conflictCancel");

        waitUntil(() -> !note().isEmpty());
        assertThat(note()).isEqualTo(messages.get("merge.cancelled"));
        assertThat(text("#customerPhone")).isEqualTo("021-5550002 ext. 8");
        assertThat(stored().phone()).isEqualTo("021-5550009");
    }
}
