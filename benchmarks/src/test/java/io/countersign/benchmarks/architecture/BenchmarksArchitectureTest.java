package io.countersign.benchmarks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The harness measures the product through its public modules; its own packages stay free of cycles. */
@AnalyzeClasses(packages = "io.countersign.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.countersign.benchmarks.(*)..").should().beFreeOfCycles();

    /** Measured through repositories and services, as the product runs, never with SQL of its own. */
    @ArchTest
    static final ArchRule storeOnlyThroughTheProduct =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("io.countersign.persistence.jooq..");
}
