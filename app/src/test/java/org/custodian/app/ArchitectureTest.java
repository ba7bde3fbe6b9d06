package org.custodian.app;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The app's house rules, checked on its main classes. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.custodian.app");
    }

    @Test
    void theUiReachesDataOnlyThroughCoreServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.jooq..", "org.h2..", "java.sql..", "javax.sql..", "org.flywaydb..",
                        "org.custodian.core.store.schema..")
                .check(app);
        // of the store package, only where the data directory is and what state it is in
        noClasses().should().dependOnClassesThat().belongToAnyOf(org.custodian.core.store.Store.class,
                        org.custodian.core.store.RowMac.class, org.custodian.core.store.SubjectKeys.class)
                .check(app);
        noClasses().should().callMethod(org.custodian.core.workspace.Workspace.class, "store").check(app);
    }

    @Test
    void appPackagesHaveNoCycles() {
        slices().matching("org.custodian.app.(*)..").should().beFreeOfCycles().check(app);
    }

    /** Screens talk to each other only through the window that composes them; all may use the shared helpers. */
    @Test
    void screensDoNotReachIntoEachOther() {
        slices().matching("org.custodian.app.(*)..").namingSlices("$1")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.custodian.app.common.."))
                // the command line is not a screen; like the launcher, it sets up logging for itself
                .ignoreDependency(resideInAPackage("org.custodian.app.cli.."), resideInAPackage("org.custodian.app.logging.."))
                .check(app.that(resideOutsideOfPackage("org.custodian.app")));
    }

    /** The command-line tools' console is their user interface (they print counts, never personal data). */
    @Test
    void nothingWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.custodian.app.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(app);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(app);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "org.apache.logging.log4j..")
                .check(app);
        noClasses().that().resideOutsideOfPackage("org.custodian.app.logging..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..")
                .check(app);
    }
}
