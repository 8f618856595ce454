package app.gendan.domain;

import java.util.List;

/**
 * One step of a pipeline. idleDays (null = no limit) is how long an order may sit here
 * before it counts as stuck; checklist is the SOP template copied onto orders entering it.
 * nameKey is the message key of a default stage's name (null once the team renamed it): the
 * name is then shown in the reader's language ({@link app.gendan.domain.i18n.DefaultNames}).
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
        List<String> checklist,
        String nameKey) {

    public Stage {
        checklist = List.copyOf(checklist);
    }

    /** A stage with a name of its own (no default key). */
    public Stage(long id, long pipelineId, String name, int position, StageKind kind, Integer idleDays,
                 boolean archived, int version, List<String> checklist) {
        this(id, pipelineId, name, position, kind, idleDays, archived, version, checklist, null);
    }

    public boolean isOpen() { return kind == StageKind.OPEN; }
}
