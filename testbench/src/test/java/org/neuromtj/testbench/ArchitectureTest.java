package org.neuromtj.testbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The testbenches' place in the house: no package import circle among them, and nothing of the
 * emulator's tools or their libraries (they verify the chip through the co-simulation alone).
 */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.neuromtj.testbench");

    @Test
    void noTestbenchPackageImportsItselfThroughOthers() {
        slices().matching("org.neuromtj.testbench.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTestbenchesUseNoToolNorToolLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.neuromtj.tools..", "org.neuromtj.bench..",
                "io.netty..", "org.jfree..", "org.openjdk.jmh..").check(classes);
    }
}
