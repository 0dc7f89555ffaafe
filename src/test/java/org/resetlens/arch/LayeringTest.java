package org.resetlens.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the package table of DESIGN.md: who may import whom, JavaFX only in ui, no cycles. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.resetlens");
    }

    @Test
    void packagesImportOnlyWhatDesignAllows() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("core").definedBy("org.resetlens.core..")
                .layer("capture").definedBy("org.resetlens.capture..")
                .layer("dissect").definedBy("org.resetlens.dissect..")
                .layer("model").definedBy("org.resetlens.model..")
                .layer("filter").definedBy("org.resetlens.filter..")
                .layer("rst").definedBy("org.resetlens.rst..")
                .layer("diagram").definedBy("org.resetlens.diagram..")
                .layer("export").definedBy("org.resetlens.export..")
                .layer("query").definedBy("org.resetlens.query..")
                .layer("cli").definedBy("org.resetlens.cli..")
                .layer("ui").definedBy("org.resetlens.ui..")
                .layer("app").definedBy("org.resetlens.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("diagram").mayOnlyBeAccessedByLayers("export", "cli", "ui", "app")
                .whereLayer("rst").mayOnlyBeAccessedByLayers("diagram", "export", "cli", "ui", "app")
                .whereLayer("filter").mayOnlyBeAccessedByLayers("query", "cli", "ui", "app")
                .whereLayer("model").mayOnlyBeAccessedByLayers("query", "rst", "diagram", "export", "cli", "ui", "app")
                .whereLayer("dissect").mayOnlyBeAccessedByLayers("query", "model", "filter", "rst", "diagram", "export",
                        "cli", "ui", "app")
                .whereLayer("capture").mayOnlyBeAccessedByLayers("query", "dissect", "model", "filter", "rst", "diagram",
                        "export", "cli", "ui", "app")
                .check(classes);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.resetlens.ui..", "org.resetlens.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.resetlens.(*)..").should().beFreeOfCycles().check(classes);
    }
}
