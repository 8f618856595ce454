package app.gendan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
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
}
