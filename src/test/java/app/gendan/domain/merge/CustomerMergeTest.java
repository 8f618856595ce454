package app.gendan.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.CustomerDraft;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the three-way merge, on the customer's plain text fields. */
class CustomerMergeTest {
    private static final CustomerDraft BASE = new CustomerDraft("Acme Pumps", "Acme", "B", "fair", "pumps",
            "1 Harbour Rd", "021-5550001", 7L, null, null);

    private static MergeResult<CustomerDraft> merge(CustomerDraft mine, CustomerDraft theirs) {
        return ThreeWayMerge.merge(CustomerDraftFields.INSTANCE, BASE, mine, theirs);
    }

    private static CustomerDraft with(CustomerDraft d, String address, String phone, String notes) {
        return new CustomerDraft(d.name(), d.shortName(), d.grade(), d.source(), d.industry(), address, phone,
                d.ownerId(), d.tags(), notes);
    }

    @Test
    void aFieldOnlyIChangedStaysMineAndOneOnlyTheyChangedBecomesTheirs() {
        CustomerDraft mine = with(BASE, BASE.address(), "021-5550002", null);
        CustomerDraft theirs = with(BASE, "9 Dock St", BASE.phone(), null);

        MergeResult<CustomerDraft> r = merge(mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).containsExactly("address");
        assertThat(r.merged().phone()).isEqualTo("021-5550002");
        assertThat(r.merged().address()).isEqualTo("9 Dock St");
        assertThat(r.merged().name()).isEqualTo("Acme Pumps");
    }

    @Test
    void bothChangingAFieldToTheSameValueIsNoConflict() {
        CustomerDraft mine = with(BASE, "9 Dock St", BASE.phone(), null);
        CustomerDraft theirs = with(BASE, "9 Dock St ", BASE.phone(), null);

        MergeResult<CustomerDraft> r = merge(mine, theirs);

        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.fromTheirs()).isEmpty();
        assertThat(r.merged().address()).isEqualTo("9 Dock St");
    }

    @Test
    void bothChangingAFieldDifferentlyIsAConflictThatKeepsMineUnlessTheirsIsChosen() {
        CustomerDraft mine = with(BASE, "9 Dock St", "021-5550002", null);
        CustomerDraft theirs = with(BASE, "12 Quay Ave", BASE.phone(), "moved in May");

        MergeResult<CustomerDraft> r = merge(mine, theirs);

        assertThat(r.conflicts()).containsExactly("address");
        assertThat(r.fromTheirs()).containsExactly("notes");
        assertThat(r.merged().address()).isEqualTo("9 Dock St");
        CustomerDraft chosen = r.resolve(Set.of("address"));
        assertThat(chosen.address()).isEqualTo("12 Quay Ave");
        assertThat(chosen.phone()).isEqualTo("021-5550002");
        assertThat(chosen.notes()).isEqualTo("moved in May");
    }

    @Test
    void nullAndBlankTextAreTheSame() {
        CustomerDraft mine = new CustomerDraft("Acme Pumps", "Acme", "B", "fair", "pumps", "1 Harbour Rd",
                "021-5550001", 7L, "", "  ");
        CustomerDraft theirs = with(BASE, BASE.address(), BASE.phone(), "key account");

        MergeResult<CustomerDraft> r = merge(mine, theirs);

        assertThat(ThreeWayMerge.changed(CustomerDraftFields.INSTANCE, BASE, mine)).isEmpty();
        assertThat(r.hasConflicts()).isFalse();
        assertThat(r.merged().notes()).isEqualTo("key account");
    }

    @Test
    void choosingTheirsForAFieldThatDoesNotConflictChangesNothing() {
        CustomerDraft mine = with(BASE, "9 Dock St", BASE.phone(), null);
        MergeResult<CustomerDraft> r = merge(mine, BASE);

        assertThat(r.resolve(Set.of("address")).address()).isEqualTo("9 Dock St");
    }

    @Test
    void anOwnerTheColleagueGaveIsTakenIn() {
        CustomerDraft theirs = new CustomerDraft("Acme Pumps", "Acme", "B", "fair", "pumps", "1 Harbour Rd",
                "021-5550001", 9L, null, null);

        MergeResult<CustomerDraft> r = merge(with(BASE, BASE.address(), BASE.phone(), "mine"), theirs);

        assertThat(r.fromTheirs()).containsExactly("owner");
        assertThat(r.merged().ownerId()).isEqualTo(9L);
        assertThat(r.merged().notes()).isEqualTo("mine");
    }
}
