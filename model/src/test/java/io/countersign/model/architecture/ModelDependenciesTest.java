package io.countersign.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model knows nothing of screens or databases: records, analysis and evidence rules only. */
class ModelDependenciesTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.countersign.model");

    @Test
    void modelDoesNotDependOnJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotDependOnSql() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..")
                .check(MODEL);
    }

    @Test
    void modelDoesNotDependOnTheOuterModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.countersign.persistence..", "io.countersign.app..")
                .check(MODEL);
    }
}
