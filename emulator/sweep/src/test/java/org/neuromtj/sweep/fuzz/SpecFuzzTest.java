package org.neuromtj.sweep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * A coverage-guided fuzz target for sweep specs: a spec is read and its design drawn, or it is refused with a
 * message naming the spec; any other exception is a defect. The suite replays the corpus beside this class in
 * the test resources; {@code ./neuromtj fuzz sweepSpec} fuzzes it for real.
 */
class SpecFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void sweepSpec(byte[] data) {
        try {
            SweepSpec spec = SweepSpec.parse("fuzz.yaml", new String(data, StandardCharsets.UTF_8));
            if (spec.samples() <= 1000) {
                spec.points();
            }
        } catch (SpecException expected) {
            // A refusal naming the spec is the documented outcome.
        }
    }
}
