package app.gendan.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.gendan.testing.DbDump;
import app.gendan.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexes, foreign keys and id caches of the tables an import fills in bulk, as V3 to V5 leave
 * them: each index costs every inserted row twice (insert and commit), so one more must be a decision.
 */
class SchemaIndexesTest {
    @TempDir
    Path dir;

    @Test
    void ordersAndFollowUpsCarryOnlyTheIndexesTheirQueriesAndForeignKeysNeed() {
        TestWorkspace.create(dir).close();

        assertThat(indexes("SALES_ORDER")).containsExactlyInAnyOrder("ID", "ORDER_NO", "PIPELINE_ID,STATUS,STAGE_ID",
                "CUSTOMER_ID", "CONTACT_ID", "OWNER_ID");
        assertThat(foreignKeys("SALES_ORDER")).containsExactlyInAnyOrder("CUSTOMER_ID", "CONTACT_ID", "OWNER_ID");

        assertThat(indexes("FOLLOW_UP")).containsExactlyInAnyOrder("ID", "CUSTOMER_ID", "ORDER_ID",
                "NEXT_DONE_AT,DELETED,NEXT_OWNER_ID,NEXT_DUE_AT,ORDER_ID,CUSTOMER_ID,SNOOZED_UNTIL,NEXT_DUE_HAS_TIME,"
                        + "VERSION,NEXT_ACTION");
        assertThat(foreignKeys("FOLLOW_UP")).containsExactlyInAnyOrder("CUSTOMER_ID", "ORDER_ID");

        assertThat(indexes("AUDIT_ENTRY")).containsExactlyInAnyOrder("ID", "ENTITY,ENTITY_ID,AT", "IMPORT_BATCH_ID");
        assertThat(foreignKeys("AUDIT_ENTRY")).isEmpty();
        assertThat(foreignKeys("CUSTOMER")).containsExactly("OWNER_ID");
    }

    @Test
    void idsOfTheBulkFilledTablesAreCachedAThousandAtATime() {
        TestWorkspace.create(dir).close();

        // V5: H2 writes an identity's next value back every CACHE ids (32 by default)
        assertThat(DbDump.strings(dir, "SELECT TABLE_NAME || '=' || IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'ID' AND TABLE_NAME IN "
                + "('CUSTOMER', 'CONTACT', 'SALES_ORDER', 'FOLLOW_UP', 'AUDIT_ENTRY')"))
                .containsExactlyInAnyOrder("CUSTOMER=1024", "CONTACT=1024", "SALES_ORDER=1024", "FOLLOW_UP=1024",
                        "AUDIT_ENTRY=32");
    }

    private java.util.List<String> indexes(String table) {
        return DbDump.strings(dir, "SELECT LISTAGG(COLUMN_NAME, ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION) "
                + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + table
                + "' GROUP BY INDEX_NAME");
    }

    private java.util.List<String> foreignKeys(String table) {
        return DbDump.strings(dir, "SELECT LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION) "
                + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                + "ON k.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND k.TABLE_NAME = c.TABLE_NAME "
                + "WHERE c.TABLE_SCHEMA = 'PUBLIC' AND c.TABLE_NAME = '" + table + "' AND c.CONSTRAINT_TYPE = 'FOREIGN KEY' "
                + "GROUP BY c.CONSTRAINT_NAME");
    }
}
