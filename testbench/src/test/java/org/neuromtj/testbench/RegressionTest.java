package org.neuromtj.testbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every testbench's default regression closes its coverage goal and kills every one of its mutants. */
class RegressionTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    static Stream<Testbench> testbenches() {
        return Testbenches.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testbenches")
    void theDefaultRegressionHitsEveryBinAndKillsEveryMutant(Testbench bench) {
        Regression.Result r = Regression.run(bench, Regression.seeds(bench), true, WAVES);
        assertTrue(r.failure().isEmpty(), () -> r.failure().get().toString());
        assertEquals(List.of(), r.coverage().holes(), bench.name() + " coverage holes");
        for (Regression.MutantResult m : r.mutants()) {
            assertTrue(m.killed(), m.mutant().rtl() + " (" + m.mutant().flaw() + ") " + m.by());
        }
        assertEquals(bench.mutants().size(), r.mutants().size());
    }
}
