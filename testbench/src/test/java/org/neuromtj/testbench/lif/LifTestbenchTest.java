package org.neuromtj.testbench.lif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.testbench.Regression;

/** The LIF testbench's default regression closes its coverage goal and kills every mutant. */
class LifTestbenchTest {
    private static final Path WAVES = Path.of(System.getProperty("neuromtj.rtl.mismatches", "target/mismatches"));

    @Test
    void theDefaultRegressionHitsEveryBinAndKillsEveryMutant() {
        LifTestbench bench = new LifTestbench();
        Regression.Result r = Regression.run(bench, Regression.seeds(bench), true, WAVES);
        assertTrue(r.failure().isEmpty(), () -> r.failure().get().toString());
        assertEquals(List.of(), r.coverage().holes(), "coverage holes");
        for (Regression.MutantResult m : r.mutants()) {
            assertTrue(m.killed(), m.mutant().rtl() + " (" + m.mutant().flaw() + ") " + m.by());
        }
        assertEquals(bench.mutants().size(), r.mutants().size());
    }
}
