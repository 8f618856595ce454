package app.gendan.cli;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.ProblemGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What {@code gendan import} prints for people: counts, then one line per kind of problem and column
 * (its count, first rows and an example), and with --all-problems every problem by sheet, row and column.
 */
final class ImportText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportText() {}

    static String write(ImportCommand.ImportReport r, Messages m, ZoneId zone, boolean allProblems) {
        StringBuilder sb = new StringBuilder();
        ImportCounts c = r.counts();
        if (r.alreadyImported() != null) {
            line(sb, m.get("cli.import.alreadyImported", r.fileName(), r.alreadyImported().id(),
                    WHEN.format(r.alreadyImported().importedAt().atZone(zone))));
        } else if (r.dryRun()) {
            line(sb, m.get("cli.import.dryRun", r.fileName(), String.join(", ", r.sheets())));
        } else if (r.batchId() == null) {
            line(sb, m.get("cli.import.nothingNew", r.fileName()));
        } else {
            line(sb, m.get("cli.import.done", r.fileName(), r.batchId(), String.join(", ", r.sheets())));
        }
        line(sb, m.get("cli.import.rows", c.rows(), c.skippedRows()));
        line(sb, m.get("cli.import.customers", c.customersCreated(), c.customersUpdated(), c.customersUnchanged(),
                c.contactsCreated()));
        line(sb, m.get("cli.import.orders", c.ordersCreated(), c.ordersUpdated(), c.ordersUnchanged()));
        line(sb, m.get("cli.import.followUps", c.followUpsCreated(), c.followUpsUnchanged()));
        if (c.pastStepsClosed() > 0) {
            line(sb, m.get("cli.import.pastStepsClosed", c.pastStepsClosed(), app.gendan.service.imports.plan.PlanFinisher.PAST_STEP_DAYS));
        }
        if (c.usersCreated() > 0) {
            line(sb, m.get("cli.import.users", c.usersCreated()));
        }
        if (!r.unmappedColumns().isEmpty()) {
            line(sb, m.get("cli.import.unmappedColumns", r.unmappedColumns().size()));
            for (app.gendan.service.imports.UnmappedColumn u : r.unmappedColumns()) {
                line(sb, "  " + m.get("cli.import.unmappedColumn", u.sheet(), u.header(), u.values(),
                        String.join(" | ", u.samples())));
            }
        }
        if (!r.unknownStageWords().isEmpty()) {
            StringBuilder words = new StringBuilder();
            r.unknownStageWords().forEach((w, n) -> words.append(words.isEmpty() ? "" : ", ").append(w).append(" ×").append(n));
            line(sb, m.get("cli.import.unknownStages", words));
        }
        if (!r.problems().isEmpty()) {
            java.util.List<ProblemGroup> groups = ProblemGroup.of(r.problems());
            line(sb, m.get("cli.import.problemGroups", r.problems().size(), groups.size()));
            for (ProblemGroup g : groups) {
                StringBuilder rows = new StringBuilder();
                for (ImportProblem p : g.first()) {
                    rows.append(rows.isEmpty() ? "" : ", ").append(p.row());
                }
                if (g.count() > g.first().size()) {
                    rows.append(", …");
                }
                String where = g.column() == null
                        ? m.get("cli.import.groupAt", g.first().get(0).sheet(), rows)
                        : m.get("cli.import.groupAtColumn", g.first().get(0).sheet(), rows, g.column());
                line(sb, "  " + m.get("imports.severity." + g.severity().name()) + "  ×" + g.count() + "  " + where + "  "
                        + m.get(g.messageKey(), g.examples().get(0).argArray()));
            }
        }
        if (allProblems && !r.problems().isEmpty()) {
            line(sb, m.get("cli.import.problems", r.problems().size()));
            for (ImportProblem p : r.problems()) {
                String where = p.column() == null ? m.get("cli.import.at", p.sheet(), p.row())
                        : m.get("cli.import.atColumn", p.sheet(), p.row(), p.column());
                line(sb, "  " + m.get("imports.severity." + p.severity().name()) + "  " + where + "  "
                        + m.get(p.messageKey(), p.argArray()));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append('\n');
    }
}
