package org.custodian.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.custodian.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.custodian.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule loggingThroughSlf4jOnly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "ch.qos.logback..", "org.apache.log4j..");

    @ArchTest
    static final ArchRule nothingWritesToTheConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule generatedSchemaStaysBehindRepositories = noClasses()
            .that().resideInAnyPackage("org.custodian.core.auth..", "org.custodian.core.crypto..",
                    "org.custodian.core.rules..", "org.custodian.core.errors..", "org.custodian.core.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..");
}
