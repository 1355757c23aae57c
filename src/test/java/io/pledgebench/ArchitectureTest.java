package io.pledgebench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layering of ARCHITECTURE.md: arrows point down; the engine has no JavaFX, AWT, SQL or file IO. */
@AnalyzeClasses(packages = "io.pledgebench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
            "io.pledgebench.domain..", "io.pledgebench.scoring..", "io.pledgebench.valuation..",
            "io.pledgebench.risk..", "io.pledgebench.assessment.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("Main").definedBy("io.pledgebench")
            .layer("UI").definedBy("io.pledgebench.ui..")
            .layer("CLI").definedBy("io.pledgebench.cli..")
            .layer("App").definedBy("io.pledgebench.app..")
            .layer("Report").definedBy("io.pledgebench.report..")
            .layer("Store").definedBy("io.pledgebench.store..")
            .layer("IO").definedBy("io.pledgebench.io..")
            .layer("Assessment").definedBy("io.pledgebench.assessment..")
            .layer("Risk").definedBy("io.pledgebench.risk..")
            .layer("Valuation").definedBy("io.pledgebench.valuation..")
            .layer("Scoring").definedBy("io.pledgebench.scoring..")
            .layer("Domain").definedBy("io.pledgebench.domain..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Main", "CLI")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Main", "UI", "CLI")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report")
            .whereLayer("IO").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report", "Store")
            .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report", "Store", "IO")
            .whereLayer("Risk").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report", "Store", "IO", "Assessment")
            .whereLayer("Valuation").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report", "Store", "IO", "Assessment", "Risk")
            .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "App", "Report", "Store", "IO", "Assessment", "Risk", "Valuation");

    @ArchTest
    static final ArchRule engineHasNoUi = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.jfree..");

    @ArchTest
    static final ArchRule engineHasNoSqlOrFiles = noClasses().that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackages("io.pledgebench.store..", "io.pledgebench.io..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..");

    /**
     * Issue 14: the report prints from its document and the sign-offs (domain records); reading a saved row is the
     * application's ({@code app.AssessmentArchive}), so the report never reaches into the store.
     */
    @ArchTest
    static final ArchRule reportIsOffTheStore = noClasses().that().resideInAPackage("io.pledgebench.report..")
            .should().dependOnClassesThat().resideInAPackage("io.pledgebench.store..");

    /** Issue 14: comparable transactions are domain records; io and store do not reach sideways into valuation for them. */
    @ArchTest
    static final ArchRule ioAndStoreOffValuation = noClasses().that()
            .resideInAnyPackage("io.pledgebench.io..", "io.pledgebench.store..")
            .should().dependOnClassesThat().resideInAPackage("io.pledgebench.valuation..");
}
