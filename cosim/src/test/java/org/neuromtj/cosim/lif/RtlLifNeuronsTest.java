package org.neuromtj.cosim.lif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.foundation.random.Seeds;

/** The RTL proxy is a drop-in NeuronArray: same spikes, same ledger, timestep after timestep. */
class RtlLifNeuronsTest {

    @Property(tries = 25)
    void theRtlFiresExactlyAsTheModelDoes(@ForAll @IntRange(min = 2, max = 32) int bits,
            @ForAll boolean multiply, @ForAll @IntRange(min = 0, max = 12) int shift,
            @ForAll @IntRange(min = 0, max = 4096) int decay, @ForAll @IntRange(min = 0, max = 5) int refractory,
            @ForAll boolean subtract, @ForAll @IntRange(min = 1, max = 256) int count, @ForAll long seed) {
        long max = (1L << (bits - 1)) - 1;
        LifConfig config = new LifConfig(bits, multiply ? LifConfig.Leak.MULTIPLY : LifConfig.Leak.SHIFT, shift, decay,
                (int) Math.min(max, 8), refractory, subtract ? LifConfig.Reset.SUBTRACT : LifConfig.Reset.ZERO);
        Ledger modelLedger = new Ledger();
        Ledger rtlLedger = new Ledger();
        LifNeurons model = new LifNeurons(count, config, modelLedger);
        UniformRandomProvider random = Seeds.generator(seed, "test");
        int[] input = new int[count];
        boolean[] expected = new boolean[count];
        boolean[] actual = new boolean[count];
        try (RtlLifNeurons rtl = new RtlLifNeurons(count, config, rtlLedger)) {
            for (int t = 0; t < 60; t++) {
                if (t % 17 == 16) {
                    int threshold = (int) (1 + random.nextLong(max));
                    model.setThreshold(threshold);
                    rtl.setThreshold(threshold);
                }
                if (t % 23 == 22) {
                    model.reset();
                    rtl.reset();
                }
                for (int n = 0; n < count; n++) {
                    input[n] = random.nextInt(13) - 3;
                }
                model.step(input, expected);
                rtl.step(input, actual);
                assertArrayEquals(expected, actual, "timestep " + t);
            }
        }
        assertEquals(modelLedger.total(Action.SPIKE), rtlLedger.total(Action.SPIKE));
        assertEquals(modelLedger.total(Action.NEURON_UPDATE), rtlLedger.total(Action.NEURON_UPDATE));
        assertEquals(modelLedger.total(Action.NEURON_BIT_OP), rtlLedger.total(Action.NEURON_BIT_OP));
    }

    @Test
    void moreNeuronsThanTheRtlHoldsAreRefused() {
        LifConfig config = new LifConfig(16, LifConfig.Leak.SHIFT, 4, 0, 8, 0, LifConfig.Reset.SUBTRACT);
        assertThrows(IllegalArgumentException.class, () -> new RtlLifNeurons(257, config, new Ledger()));
    }
}
