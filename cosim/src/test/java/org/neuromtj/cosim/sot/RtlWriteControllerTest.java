package org.neuromtj.cosim.sot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.npu.tile.WriteController;
import org.neuromtj.chip.npu.tile.WriteSequencer;
import org.neuromtj.foundation.random.Seeds;

/**
 * The RTL controller is a drop-in WriteController: fed the same verify reads, it pulses the same
 * columns the same way, round after round, and reaches the same verdict in the same cycles.
 */
class RtlWriteControllerTest {

    @Property(tries = 30)
    void theRtlDecidesExactlyAsTheSequencerDoes(@ForAll @IntRange(min = 1, max = 40) int columns,
            @ForAll boolean verify, @ForAll @IntRange(min = 0, max = 3) int maxRetries,
            @ForAll @IntRange(min = 1, max = 6) int pulseCycles, @ForAll @IntRange(min = 1, max = 5) int top,
            @ForAll long seed) {
        UniformRandomProvider random = Seeds.generator(seed, "test");
        int[] target = new int[columns];
        boolean[] enabled = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            target[c] = random.nextInt(top + 1);
            enabled[c] = random.nextInt(5) != 0;
        }
        WriteController model = new WriteSequencer(verify, maxRetries, pulseCycles, top, target, enabled);
        try (RtlWriteController factory = new RtlWriteController(columns)) {
            for (int command = 0; command < 2; command++) {
                WriteController rtl = factory.begin(verify, maxRetries, pulseCycles, top, target, enabled);
                WriteController reference = command == 0 ? model
                        : new WriteSequencer(verify, maxRetries, pulseCycles, top, target, enabled);
                int[] level = new int[columns];
                for (int c = 0; c < columns && verify; c++) {
                    if (enabled[c]) {
                        level[c] = random.nextInt(top + 1);
                        reference.sensed(c, level[c]);
                        rtl.sensed(c, level[c]);
                    }
                }
                for (int round = 0; ; round++) {
                    boolean expected = reference.nextRound();
                    assertEquals(expected, rtl.nextRound(), "round " + round);
                    if (!expected) {
                        break;
                    }
                    for (int c = 0; c < columns; c++) {
                        assertEquals(reference.pulses(c), rtl.pulses(c), "round " + round + " column " + c);
                        if (reference.pulses(c)) {
                            assertEquals(reference.up(c), rtl.up(c), "round " + round + " column " + c);
                            // A pulse moves its cell one level toward where it was sent, or not at all.
                            if (verify && random.nextBoolean()) {
                                level[c] = Math.max(0, Math.min(top, level[c] + (reference.up(c) ? 1 : -1)));
                            }
                            if (verify) {
                                reference.sensed(c, level[c]);
                                rtl.sensed(c, level[c]);
                            }
                        }
                    }
                }
                assertEquals(reference.retries(), rtl.retries());
                assertEquals(reference.cycles(), rtl.cycles());
                for (int c = 0; c < columns; c++) {
                    assertEquals(reference.failed(c), rtl.failed(c), "column " + c);
                }
            }
        }
    }

    @Test
    void aCommandTheRtlCannotCarryIsRefusedNamingWhy() {
        try (RtlWriteController factory = new RtlWriteController(16)) {
            IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                    () -> factory.begin(true, 1, 0, 1, new int[4], new boolean[4]));
            assertEquals("pulses of 0 cycles: the RTL counts 1..1048575", zero.getMessage());
            IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                    () -> factory.begin(true, 1, 1, 1, new int[17], new boolean[17]));
            assertEquals("17 columns for a controller of 16", wide.getMessage());
        }
    }
}
