package app.gendan.ui.merge;

import app.gendan.ui.AppContext;
import java.util.List;

/** The words about a merge: a list of field labels joined the way the user's language joins them. */
final class MergeSentences {
    private MergeSentences() {}

    static <D> String fields(AppContext ctx, FieldTexts<D> texts, List<String> fields) {
        return fields.stream().map(texts::label).reduce((a, b) -> ctx.text("merge.join", a, b)).orElse("");
    }
}
