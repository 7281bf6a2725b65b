package org.neuromtj.tools.reproduce.hopfield;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the {@code hopfield-oja} firmware is told through its settings file (host file 0), in the format
 * described at the top of the firmware, and where it reports what it found.
 *
 * @param rule       how the weights are learnt
 * @param epochs     Oja's epochs at most
 * @param margin     the field, in levels, a pattern's node must reach for Oja to leave it alone
 * @param pulseMv    the learning (and programming) pulse's amplitude
 * @param widthPs    its width
 * @param flips      nodes flipped in each probe
 * @param validation probes of each pattern the threshold is chosen on
 * @param test       probes of each pattern scored at it
 * @param thresholds thresholds tried: 1, 1 + step, ...
 * @param step       between them, in levels
 * @param iterations timesteps a recall runs at most
 * @param seed       the seed of the probes
 * @param patterns   the patterns, each a node's state by bit (set for +1)
 * @param nodes      nodes in the network
 */
public record HopfieldSettings(Rule rule, int epochs, int margin, int pulseMv, int widthPs, int flips, int validation,
                               int test, int thresholds, int step, int iterations, int seed, List<Long> patterns,
                               int nodes) {
    /** How the weights are learnt. */
    public enum Rule {
        /** Every pattern presented once with every node learning: w = 2 Σ x xᵀ, as far as the cells reach. */
        OUTER_PRODUCT,
        /** Error-gated Oja: the nodes a pattern's field misses by the margin learn, epoch after epoch. */
        OJA
    }

    private static final int VERSION = 1;
    private static final int HEADER_WORDS = 17;

    public HopfieldSettings {
        patterns = List.copyOf(patterns);
    }

    /** @return the settings file */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(4 * (HEADER_WORDS + 2 * patterns.size())).order(ByteOrder.LITTLE_ENDIAN);
        b.put("NMTJHOPF".getBytes(StandardCharsets.US_ASCII));
        for (int w : new int[] {VERSION, nodes, patterns.size(), rule.ordinal(), epochs, margin, pulseMv, widthPs, flips,
            validation, test, thresholds, step, iterations, seed}) {
            b.putInt(w);
        }
        for (long p : patterns) {
            b.putInt((int) p).putInt((int) (p >>> 32));
        }
        return b.array();
    }

    /** @return test probes in all */
    public int probes() {
        return patterns.size() * test;
    }

    /** @return the item of the state reported for test probe {@code probe} after {@code t} timesteps */
    public int stateItem(int probe, int t) {
        return probes() + 2 * (iterations * probe + t);
    }

    /** @return the item of the validation probes recalled at threshold number {@code k} */
    public int validationItem(int k) {
        return probes() + 2 * iterations * probes() + k;
    }

    /** @return the item of (the chosen threshold, epochs) */
    public int chosenItem() {
        return validationItem(thresholds);
    }

    /** @return the items the firmware reports; the last is (converged, clamps missed) */
    public int results() {
        return chosenItem() + 2;
    }

    /** @return the same settings with another rule */
    public HopfieldSettings with(Rule other) {
        return new HopfieldSettings(other, epochs, margin, pulseMv, widthPs, flips, validation, test, thresholds, step,
                iterations, seed, patterns, nodes);
    }

    /** @return the same settings with another margin */
    public HopfieldSettings withMargin(int other) {
        return new HopfieldSettings(rule, epochs, other, pulseMv, widthPs, flips, validation, test, thresholds, step,
                iterations, seed, patterns, nodes);
    }

    /** @return the same settings with other patterns, nodes and probe seed */
    public HopfieldSettings with(List<Long> otherPatterns, int otherNodes, int otherFlips, int otherSeed) {
        return new HopfieldSettings(rule, epochs, margin, pulseMv, widthPs, otherFlips, validation, test, thresholds,
                step, iterations, otherSeed, otherPatterns, otherNodes);
    }
}
