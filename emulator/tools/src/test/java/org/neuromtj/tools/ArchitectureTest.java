package org.neuromtj.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.chip.soc.RegisterFront;

/**
 * The layers of the house, checked on the compiled classes of every module the tools see (all but the
 * testbenches, which check their own): no package import circle anywhere, and the chip and the
 * co-simulation stay free of the tools and their libraries. Maven's enforcer keeps the same rules on
 * the modules' declared dependencies; this test catches what reflection or a stray import would slip
 * past it.
 */
class ArchitectureTest {
    private static final String[] TOOL_LIBRARIES = {"io.netty..", "org.jfree..", "picocli..", "org.openjdk.jmh.."};

    private static JavaClasses imported;

    @BeforeAll
    static void importClasses() {
        // The chip's test fixtures reach this class path as a test jar, which the predefined option misses.
        imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.neuromtj");
    }

    @Test
    void noPackageImportsItselfThroughOthers() {
        slices().matching("org.neuromtj.(**)").should().beFreeOfCycles().check(imported);
    }

    @Test
    void theChipDependsOnNoToolNorToolLibrary() {
        noClasses().that().resideInAnyPackage("org.neuromtj.chip..", "org.neuromtj.isa..",
                        "org.neuromtj.foundation..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(TOOL_LIBRARIES, "org.neuromtj.tools..",
                        "org.neuromtj.bench..", "org.neuromtj.cosim..", "com.sun.jna.."))
                .check(imported);
    }

    @Test
    void theCoSimulationSeesTheChipOnly() {
        noClasses().that().resideInAPackage("org.neuromtj.cosim..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(TOOL_LIBRARIES, "org.neuromtj.tools..",
                        "org.neuromtj.bench.."))
                .check(imported);
    }

    @Test
    void everyDeviceServesItsRegistersThroughTheDescription() {
        classes().that().implement(MmioDevice.class).and().resideInAPackage("org.neuromtj.chip..")
                .and().doNotBelongToAnyOf(RegisterFront.class, MmioDevice.class)
                .should().dependOnClassesThat().belongToAnyOf(RegisterFront.class)
                .because("access rules come from the register description, not from switch blocks in devices")
                .check(imported);
    }

    @Test
    void benchmarksStayOutOfTheChip() {
        noClasses().that().resideOutsideOfPackages("org.neuromtj.bench..", "org.neuromtj.tools.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.neuromtj.bench..")
                .check(imported);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
