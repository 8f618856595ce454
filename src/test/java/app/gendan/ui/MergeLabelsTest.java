package app.gendan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.domain.i18n.Messages;
import app.gendan.domain.merge.CustomerDraftFields;
import app.gendan.domain.merge.FollowUpDraftFields;
import app.gendan.domain.merge.MergeField;
import app.gendan.domain.merge.OrderDraftFields;
import app.gendan.ui.merge.FieldLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every field a merge can name has its label in both languages (the keys are built from field names). */
class MergeLabelsTest {
    @Test
    void everyMergedFieldHasALabel() {
        List<String> keys = new ArrayList<>();
        for (MergeField<?> f : OrderDraftFields.INSTANCE.fields()) {
            keys.add(FieldLabels.order(f.name(), false));
            keys.add(FieldLabels.order(f.name(), true));
        }
        CustomerDraftFields.INSTANCE.fields().forEach(f -> keys.add(FieldLabels.customer(f.name())));
        FollowUpDraftFields.INSTANCE.fields().forEach(f -> keys.add(FieldLabels.followUp(f.name())));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages m = new Messages(locale);
            assertThat(keys.stream().filter(k -> !m.has(k)).toList()).as("labels missing in %s", locale).isEmpty();
        }
    }
}
