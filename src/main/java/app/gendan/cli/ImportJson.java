package app.gendan.cli;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportProblem;
import app.gendan.service.imports.ProblemGroup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON object {@code gendan import --json} prints, for scripts. */
final class ImportJson {
    private ImportJson() {}

    static String write(ImportCommand.ImportReport r, Messages m, boolean allProblems) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("file", r.fileName());
        ArrayNode sheets = root.putArray("sheets");
        r.sheets().forEach(sheets::add);
        ImportCounts c = r.counts();
        root.put("dry_run", r.dryRun());
        root.put("rows", c.rows());
        root.put("customers_created", c.customersCreated());
        root.put("customers_updated", c.customersUpdated());
        root.put("contacts_created", c.contactsCreated());
        root.put("orders_created", c.ordersCreated());
        root.put("orders_updated", c.ordersUpdated());
        root.put("followups_created", c.followUpsCreated());
        root.put("users_created", c.usersCreated());
        root.put("past_steps_closed", c.pastStepsClosed());
        root.put("skipped", c.skippedRows());
        root.put("nothing_new", c.nothingNew() || r.alreadyImported() != null);
        if (r.alreadyImported() != null) {
            root.put("already_imported_as", r.alreadyImported().id());
        }
        // one entry per kind of problem and column; the row-by-row list only when asked for
        ArrayNode groups = root.putArray("problems");
        for (ProblemGroup g : ProblemGroup.of(r.problems())) {
            ObjectNode o = groups.addObject();
            o.put("severity", g.severity().name().toLowerCase(java.util.Locale.ROOT)).put("code", g.messageKey());
            if (g.column() == null) {
                o.putNull("column");
            } else {
                o.put("column", g.column());
            }
            o.put("count", g.count()).put("message", m.get(g.messageKey(), g.examples().get(0).argArray()));
            ArrayNode examples = o.putArray("examples");
            g.examples().forEach(e -> examples.add(m.get(e.messageKey(), e.argArray())));
            ArrayNode first = o.putArray("first_rows");
            g.first().forEach(p -> first.addObject().put("sheet", p.sheet()).put("row", p.row()));
        }
        if (!allProblems) {
            root.put("problem_rows_omitted", r.problems().size());
        }
        ArrayNode problems = root.putArray("problem_rows");
        for (ImportProblem p : allProblems ? r.problems() : java.util.List.<ImportProblem>of()) {
            ObjectNode o = problems.addObject();
            o.put("sheet", p.sheet()).put("row", p.row());
            if (p.column() == null) {
                o.putNull("column");
            } else {
                o.put("column", p.column());
            }
            o.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("code", p.messageKey())
                    .put("message", m.get(p.messageKey(), p.argArray()));
        }
        ArrayNode unmapped = root.putArray("unmapped_columns");
        for (app.gendan.service.imports.UnmappedColumn u : r.unmappedColumns()) {
            ObjectNode o = unmapped.addObject().put("sheet", u.sheet()).put("column", u.column() + 1).put("header", u.header())
                    .put("values", u.values());
            ArrayNode samples = o.putArray("samples");
            u.samples().forEach(samples::add);
        }
        ObjectNode words = root.putObject("unknown_stage_words");
        r.unknownStageWords().forEach(words::put);
        if (r.batchId() == null) {
            root.putNull("batch");
        } else {
            root.put("batch", r.batchId());
        }
        return root.toString();
    }
}
