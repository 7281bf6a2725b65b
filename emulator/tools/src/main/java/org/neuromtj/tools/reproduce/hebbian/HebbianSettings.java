package org.neuromtj.tools.reproduce.hebbian;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.neuromtj.chip.npu.learning.LearningConfig;

/**
 * What the {@code hebbian} firmware is told through its settings file (host file 0), in the format described
 * at the top of the firmware, and where it reports what it found.
 *
 * @param rule         Hebb or Oja
 * @param rounds       presentations of each letter, in rounds of all ten
 * @param halfMv       the half amplitude A each driven line carries in the potentiating phase: a co-active
 *                     cell sees 2A
 * @param depressMv    the half amplitude of Oja's depressing phase (0 for {@code halfMv})
 * @param widthPs      the learning pulse width
 * @param exampleFlips pixels flipped at random in each training example
 * @param maxFlips     probes flip 0, 1, ... this many pixels
 * @param probes       probes of each letter at each number of flips
 * @param disturb      presentations of the first letter alone after recall
 * @param checkpoints  times the other letters' synapses are counted during them
 * @param seed         the seed of the examples and probes
 */
public record HebbianSettings(LearningConfig.Mode rule, int rounds, int halfMv, int depressMv, int widthPs, int exampleFlips, int maxFlips,
                       int probes, int disturb, int checkpoints, int seed) {
    /** The firmware's letters: A C I J K M S V X Z. */
    public static final String LETTERS = "ACIJKMSVXZ";
    /** A letter's pixels, each on one of two rails. */
    public static final int PIXELS = 35;
    private static final int VERSION = 1;

    public HebbianSettings {
        if (rule != LearningConfig.Mode.HEBB && rule != LearningConfig.Mode.OJA) {
            throw new IllegalArgumentException("the hebbian firmware learns by Hebb or Oja, not " + rule);
        }
    }

    /** @return the settings file */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(4 * 14).order(ByteOrder.LITTLE_ENDIAN);
        b.put("NMTJHEBB".getBytes(StandardCharsets.US_ASCII));
        for (int w : new int[] {VERSION, rule.ordinal(), rounds, halfMv, depressMv, widthPs, exampleFlips, maxFlips, probes,
            disturb, checkpoints, seed}) {
            b.putInt(w);
        }
        return b.array();
    }

    /** @return probes in all: each letter at each number of flips */
    public int recallItems() {
        return (maxFlips + 1) * LETTERS.length() * probes;
    }

    /**
     * @return the results the firmware reports: probes, then one a round, then one a disturb checkpoint and before,
     *         then its teacher misses and failed writes
     */
    public int results() {
        return recallItems() + rounds + checkpoints + 2;
    }

    /** @return the same settings with another rule, examples and seed */
    public HebbianSettings with(LearningConfig.Mode otherRule, int otherExampleFlips, int otherSeed) {
        return new HebbianSettings(otherRule, rounds, halfMv, depressMv, widthPs, otherExampleFlips, maxFlips, probes,
                disturb, checkpoints, otherSeed);
    }

    /**
     * @param potentiate the potentiating phase's half amplitude
     * @param depress    the depressing phase's
     * @return the same settings with those amplitudes
     */
    public HebbianSettings withAmplitudes(int potentiate, int depress) {
        return new HebbianSettings(rule, rounds, potentiate, depress, widthPs, exampleFlips, maxFlips, probes, disturb,
                checkpoints, seed);
    }
}
