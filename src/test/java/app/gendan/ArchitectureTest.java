package app.gendan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import app.gendan.service.imports.ImportService;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md: arrows only point down, the domain stays pure Java. */
@AnalyzeClasses(packages = "app.gendan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("app.gendan.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..", "app.gendan.store..", "app.gendan.service..", "app.gendan.ui..",
                    "app.gendan.cli..", "org.controlsfx..", "com.fasterxml..");

    @ArchTest
    static final ArchRule uiDoesNotTouchTheDatabase = noClasses().that().resideInAPackage("app.gendan.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "app.gendan.store..");

    @ArchTest
    static final ArchRule cliDoesNotTouchTheDatabase = noClasses().that().resideInAPackage("app.gendan.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..", "org.h2..",
                    "app.gendan.store..", "app.gendan.ui..", "javafx..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheScreens = noClasses().that().resideInAnyPackage("app.gendan.service..",
                    "app.gendan.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.gendan.ui..", "app.gendan.cli..");

    @ArchTest
    static final ArchRule onlyTheStoreUsesJooq = noClasses().that().resideOutsideOfPackage("app.gendan.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..");

    /** Every write goes through Writes: version check, audit entry and change-feed row in one transaction. */
    @ArchTest
    static final ArchRule onlyWritesOpensWriteTransactions = noClasses().that()
            .doNotHaveFullyQualifiedName("app.gendan.store.Writes").and().doNotHaveFullyQualifiedName("app.gendan.store.Database")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Database.transaction",
                    call -> call.getTarget().getOwner().getFullName().equals("app.gendan.store.Database")
                            && call.getTarget().getName().startsWith("transaction")));

    private static final String IMPORTS = "app.gendan.service.imports";

    /*
     * A tracker travels read -> detect -> map -> values -> plan -> write; revert undoes a batch.
     * No stage depends on one after it, so where a column's meaning is decided can be read front
     * to back, and a change in a later stage cannot alter how an earlier one reads a file.
     */
    @ArchTest
    static final ArchRule readingKnowsNoLaterStage = stageDoesNotLookAhead("read", "detect", "map", "values",
            "plan", "write", "revert");

    @ArchTest
    static final ArchRule headerDetectionKnowsNoLaterStage = stageDoesNotLookAhead("detect", "map", "values",
            "plan", "write", "revert");

    @ArchTest
    static final ArchRule mappingKnowsNoLaterStage = stageDoesNotLookAhead("map", "values", "plan", "write",
            "revert");

    @ArchTest
    static final ArchRule valuesKnowNoLaterStage = stageDoesNotLookAhead("values", "plan", "write", "revert");

    @ArchTest
    static final ArchRule planningKnowsNoLaterStage = stageDoesNotLookAhead("plan", "write", "revert");

    /** Writing uses the reverter to remove a batch a crash cut short; the reverter stays below it. */
    @ArchTest
    static final ArchRule revertingDoesNotWrite = stageDoesNotLookAhead("revert", "write");

    /** The stages are driven by the service, never the other way round. */
    @ArchTest
    static final ArchRule importStagesDoNotCallTheService = noClasses().that().resideInAnyPackage(
                    stages("read", "detect", "map", "values", "plan", "write", "revert"))
            .should().dependOnClassesThat().belongToAnyOf(ImportService.class);

    private static ArchRule stageDoesNotLookAhead(String stage, String... later) {
        return noClasses().that().resideInAPackage(IMPORTS + "." + stage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(stages(later))
                .because("the " + stage + " stage of an import comes before " + String.join(", ", later));
    }

    private static String[] stages(String... names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = IMPORTS + "." + names[i] + "..";
        }
        return packages;
    }
}
