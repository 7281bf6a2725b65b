package org.neuromtj.isa.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.neuromtj.isa.regs.RegisterDescriptionException;
import org.neuromtj.isa.regs.RegisterDescriptionReader;

/**
 * A coverage-guided fuzz target for the register description, the chip's single source of truth: a text is
 * read into a register map, or refused with a message naming the element; any other exception is a defect. The
 * suite replays the corpus beside this class in the test resources; {@code ./neuromtj fuzz registerDescription}
 * fuzzes it for real.
 */
class RegisterDescriptionFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void registerDescription(byte[] data) {
        try {
            RegisterDescriptionReader.read("fuzz.yaml", data);
        } catch (RegisterDescriptionException expected) {
            // A refusal naming the element is the documented outcome.
        }
    }
}
