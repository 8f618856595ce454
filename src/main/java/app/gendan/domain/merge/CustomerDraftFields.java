package app.gendan.domain.merge;

import static app.gendan.domain.merge.MergeValues.text;

import app.gendan.domain.CustomerDraft;
import java.util.List;
import java.util.function.Function;

/** The customer form's fields for a merge (the owner is not on the form but is part of the record). */
public final class CustomerDraftFields implements DraftFields<CustomerDraft> {
    public static final CustomerDraftFields INSTANCE = new CustomerDraftFields();

    private static final List<MergeField<CustomerDraft>> FIELDS = List.of(
            new MergeField<>("name", d -> text(d.name())),
            new MergeField<>("shortName", d -> text(d.shortName())),
            new MergeField<>("grade", d -> text(d.grade())),
            new MergeField<>("phone", d -> text(d.phone())),
            new MergeField<>("source", d -> text(d.source())),
            new MergeField<>("industry", d -> text(d.industry())),
            new MergeField<>("address", d -> text(d.address())),
            new MergeField<>("tags", d -> text(d.tags())),
            new MergeField<>("notes", d -> text(d.notes())),
            new MergeField<>("owner", CustomerDraft::ownerId));

    private CustomerDraftFields() {}

    @Override
    public List<MergeField<CustomerDraft>> fields() { return FIELDS; }

    @Override
    public CustomerDraft assemble(Function<String, CustomerDraft> source) {
        return new CustomerDraft(source.apply("name").name(), source.apply("shortName").shortName(),
                source.apply("grade").grade(), source.apply("source").source(), source.apply("industry").industry(),
                source.apply("address").address(), source.apply("phone").phone(), source.apply("owner").ownerId(),
                source.apply("tags").tags(), source.apply("notes").notes());
    }
}
