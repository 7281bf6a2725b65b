package org.neuromtj.chip.npu.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;

class LifNeuronsTest {

    /**
     * An independent reference: arbitrary-precision arithmetic, leak by explicit floor division, and
     * saturation by comparison with the register's bounds.
     */
    private static final class Reference {
        private final LifConfig c;
        private BigInteger v = BigInteger.ZERO;
        private int refractory;

        Reference(LifConfig c) {
            this.c = c;
        }

        boolean step(int input) {
            if (refractory > 0) {
                refractory--;
                return false;
            }
            BigInteger leaked;
            if (c.leak() == LifConfig.Leak.SHIFT) {
                BigInteger[] qr = floorDivide(v, BigInteger.TWO.pow(c.leakShift()));
                leaked = v.subtract(qr[0]);
            } else {
                leaked = floorDivide(v.multiply(BigInteger.valueOf(4096 - c.decay())), BigInteger.valueOf(4096))[0];
            }
            BigInteger next = leaked.add(BigInteger.valueOf(input));
            BigInteger max = BigInteger.TWO.pow(c.membraneBits() - 1).subtract(BigInteger.ONE);
            BigInteger min = BigInteger.TWO.pow(c.membraneBits() - 1).negate();
            next = next.compareTo(max) > 0 ? max : next.compareTo(min) < 0 ? min : next;
            boolean fire = next.compareTo(BigInteger.valueOf(c.threshold())) >= 0;
            if (fire) {
                next = c.reset() == LifConfig.Reset.ZERO ? BigInteger.ZERO : next.subtract(BigInteger.valueOf(c.threshold()));
                refractory = c.refractory();
            }
            v = next;
            return fire;
        }

        private static BigInteger[] floorDivide(BigInteger a, BigInteger b) {
            BigInteger[] qr = a.divideAndRemainder(b);
            if (qr[1].signum() < 0) {
                qr[0] = qr[0].subtract(BigInteger.ONE);
            }
            return qr;
        }
    }

    @Property(tries = 300)
    void matchesTheIndependentReferenceBitForBit(@ForAll @IntRange(min = 2, max = 32) int bits,
                                                 @ForAll boolean shiftLeak,
                                                 @ForAll @IntRange(min = 0, max = 31) int shift,
                                                 @ForAll @IntRange(min = 0, max = 4096) int decay,
                                                 @ForAll @IntRange(min = 0, max = 5) int refractory,
                                                 @ForAll boolean resetToZero,
                                                 @ForAll long seed) {
        Random rnd = new Random(seed);
        long maxThreshold = (1L << (bits - 1)) - 1;
        int threshold = (int) (1 + Math.floorMod(rnd.nextLong(), maxThreshold));
        LifConfig c = new LifConfig(bits, shiftLeak ? LifConfig.Leak.SHIFT : LifConfig.Leak.MULTIPLY, shift, decay,
                threshold, refractory, resetToZero ? LifConfig.Reset.ZERO : LifConfig.Reset.SUBTRACT);
        int n = 16;
        LifNeurons neurons = new LifNeurons(n, c, new Ledger());
        Reference[] ref = new Reference[n];
        for (int i = 0; i < n; i++) {
            ref[i] = new Reference(c);
        }
        int[] input = new int[n];
        boolean[] fired = new boolean[n];
        long span = 1L << Math.min(31, bits);
        for (int t = 0; t < 200; t++) {
            for (int i = 0; i < n; i++) {
                // Mostly small inputs, sometimes ones that hit both saturation bounds.
                input[i] = rnd.nextInt(8) == 0 ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                        (rnd.nextBoolean() ? 1 : -1) * span)) : (int) (rnd.nextLong() % Math.max(2, threshold / 2 + 2));
            }
            neurons.step(input, fired);
            for (int i = 0; i < n; i++) {
                assertEquals(ref[i].step(input[i]), fired[i], "spike of neuron " + i + " at step " + t);
                assertEquals(ref[i].v.intValueExact(), neurons.membrane(i), "membrane of neuron " + i + " at " + t);
            }
        }
    }

    @Test
    void onlyUpdatesThatChangeSomethingAreChargedWithTheirDatapathsBitOperations() {
        // 16-bit membranes, a shift leak too weak to move small values, threshold 10, two refractory steps.
        LifConfig c = new LifConfig(16, LifConfig.Leak.SHIFT, 31, 0, 10, 2, LifConfig.Reset.ZERO);
        Ledger ledger = new Ledger();
        LifNeurons n = new LifNeurons(4, c, ledger);
        boolean[] fired = new boolean[4];
        n.step(new int[] {0, 3, 10, 0}, fired);
        // Neurons 0 and 3 change nothing and are gated; 1 integrates (leak, add, compare, write: 4 x 16
        // bits); 2 also fires (reset 16 bits, refractory load 8).
        assertEquals(2, ledger.total(Action.NEURON_UPDATE));
        assertEquals(4 * 16 + (4 * 16 + 16 + 8), ledger.total(Action.NEURON_BIT_OP));
        n.step(new int[] {0, 0, 0, 0}, fired);
        // Neuron 1 holds 3 with nothing to leak: gated; neuron 2 counts its refractory period down.
        assertEquals(3, ledger.total(Action.NEURON_UPDATE));
        assertEquals(4 * 16 + (4 * 16 + 16 + 8) + LifConfig.REFRACTORY_BITS, ledger.total(Action.NEURON_BIT_OP));
        LifConfig multiply = new LifConfig(16, LifConfig.Leak.MULTIPLY, 0, 100, 10, 0, LifConfig.Reset.ZERO);
        assertEquals(16 * (12 + 3), multiply.bitOpsPerUpdate(false, false), "a 12-bit decay multiply is 12 adds");
    }

    @Test
    void refractoryNeuronIgnoresInputForExactlyItsPeriod() {
        LifConfig c = new LifConfig(16, LifConfig.Leak.SHIFT, 31, 0, 10, 2, LifConfig.Reset.ZERO);
        Ledger ledger = new Ledger();
        LifNeurons n = new LifNeurons(1, c, ledger);
        boolean[] fired = new boolean[1];
        int[] spikes = new int[5];
        for (int t = 0; t < 5; t++) {
            n.step(new int[] {10}, fired);
            spikes[t] = fired[0] ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 0, 0, 1, 0}, spikes);
        assertEquals(5, ledger.total(Action.NEURON_UPDATE));
        assertEquals(2, ledger.total(Action.SPIKE));
    }

    @Test
    void shiftLeakOfANegativeMembraneRoundsTowardMinusInfinity() {
        LifConfig c = new LifConfig(8, LifConfig.Leak.SHIFT, 1, 0, 100, 0, LifConfig.Reset.ZERO);
        LifNeurons n = new LifNeurons(1, c, new Ledger());
        boolean[] fired = new boolean[1];
        n.step(new int[] {-1000}, fired);
        assertEquals(-128, n.membrane(0), "saturates at the register's minimum");
        n.step(new int[] {0}, fired);
        assertEquals(-64, n.membrane(0));
        n.step(new int[] {-63}, fired);
        assertEquals(-95, n.membrane(0));
        n.step(new int[] {0}, fired);
        assertEquals(-95 - (-95 >> 1), n.membrane(0));
        assertEquals(-47, n.membrane(0));
    }
}
