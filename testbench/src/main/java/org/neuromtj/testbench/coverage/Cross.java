package org.neuromtj.testbench.coverage;

import java.util.HashSet;
import java.util.Set;

/**
 * The cross of two coverpoints: one bin per pair of their bins, counted when a sample falls in both.
 * Pairs that cannot happen are declared ignored, with the reason, and leave the goal.
 *
 * @param <S> what is sampled
 */
public final class Cross<S> {
    private final String name;
    private final Coverpoint<S> a;
    private final Coverpoint<S> b;
    private final long[][] hits;
    private final Set<String> ignored = new HashSet<>();

    /**
     * @param name its name in the report
     * @param a    the first coverpoint, with all its bins added
     * @param b    the second, likewise
     */
    public Cross(String name, Coverpoint<S> a, Coverpoint<S> b) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.hits = new long[a.bins().size()][b.bins().size()];
    }

    /**
     * @param binA   a bin of the first point
     * @param binB   a bin of the second
     * @param reason why the pair cannot happen
     * @return this, without that pair in its goal
     */
    public Cross<S> ignore(String binA, String binB, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an ignored cross bin needs its reason");
        }
        ignored.add(binA + " x " + binB);
        return this;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    Coverpoint<S> first() {
        return a;
    }

    Coverpoint<S> second() {
        return b;
    }

    void count(boolean[] inA, boolean[] inB) {
        for (int i = 0; i < inA.length; i++) {
            for (int j = 0; j < inB.length && inA[i]; j++) {
                if (inB[j]) {
                    hits[i][j]++;
                }
            }
        }
    }

    long hits(int i, int j) {
        return hits[i][j];
    }

    boolean ignored(String binA, String binB) {
        return ignored.contains(binA + " x " + binB);
    }
}
