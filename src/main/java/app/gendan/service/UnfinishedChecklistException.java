package app.gendan.service;

import app.gendan.domain.ChecklistItem;
import app.gendan.domain.GendanException;
import java.util.List;

/** Moving the order would leave SOP items of its stage unticked; the user must confirm. */
public class UnfinishedChecklistException extends GendanException {
    private final transient List<ChecklistItem> unfinished;

    public UnfinishedChecklistException(String stageName, List<ChecklistItem> unfinished) {
        super("error.move.unfinishedChecklist", stageName, unfinished.size());
        this.unfinished = List.copyOf(unfinished);
    }

    public List<ChecklistItem> unfinished() { return unfinished; }
}
