package app.gendan.domain;

import java.util.List;

/**
 * One step of a pipeline. idleDays (null = no limit) is how long an order may sit here
 * before it counts as stuck; checklist is the SOP template copied onto orders entering it.
 */
public record Stage(
        long id,
        long pipelineId,
        String name,
        int position,
        StageKind kind,
        Integer idleDays,
        boolean archived,
        int version,
        List<String> checklist) {

    public Stage {
        checklist = List.copyOf(checklist);
    }

    public boolean isOpen() { return kind == StageKind.OPEN; }
}
