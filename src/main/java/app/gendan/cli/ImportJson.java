package app.gendan.cli;

import app.gendan.domain.i18n.Messages;
import app.gendan.service.imports.ImportCounts;
import app.gendan.service.imports.ImportProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON object {@code gendan import --json} prints, for scripts. */
final class ImportJson {
    private ImportJson() {}

    static String write(ImportCommand.ImportReport r, Messages m) {
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
        root.put("skipped", c.skippedRows());
        root.put("nothing_new", c.nothingNew() || r.alreadyImported() != null);
        if (r.alreadyImported() != null) {
            root.put("already_imported_as", r.alreadyImported().id());
        }
        ArrayNode problems = root.putArray("problems");
        for (ImportProblem p : r.problems()) {
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
