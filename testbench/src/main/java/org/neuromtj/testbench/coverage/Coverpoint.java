package org.neuromtj.testbench.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A coverpoint: a value taken from each sample, and the bins that count it. A sample for which the
 * point has no value (empty) is not counted. Every bin a value matches is counted; a value in an
 * illegal bin is an error at once.
 *
 * @param <S> what is sampled
 */
public final class Coverpoint<S> {
    private final String name;
    private final Function<S, OptionalLong> value;
    private final List<Bin> bins = new ArrayList<>();
    private final List<Bin> illegal = new ArrayList<>();
    private long[] hits = new long[0];

    /**
     * @param name  its name in the report
     * @param value the value of a sample, or empty when the sample says nothing about this point
     */
    public Coverpoint(String name, Function<S, OptionalLong> value) {
        this.name = name;
        this.value = value;
    }

    /** @return this, with a bin added */
    public Coverpoint<S> bin(Bin bin) {
        bins.add(bin);
        hits = new long[bins.size()];
        return this;
    }

    /** @return this, with a bin that must never be hit */
    public Coverpoint<S> illegal(Bin bin) {
        illegal.add(bin);
        return this;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return its bins */
    public List<Bin> bins() {
        return List.copyOf(bins);
    }

    /**
     * Counts a sample.
     *
     * @param sample the sample
     * @return which bins it fell in, or null if the point had no value
     * @throws IllegalBinException if the value is in an illegal bin
     */
    boolean[] sample(S sample) {
        OptionalLong v = value.apply(sample);
        if (v.isEmpty()) {
            return null;
        }
        long x = v.getAsLong();
        for (Bin b : illegal) {
            if (b.matches().test(x)) {
                throw new IllegalBinException(name, b.name(), x);
            }
        }
        boolean[] in = new boolean[bins.size()];
        for (int k = 0; k < bins.size(); k++) {
            if (bins.get(k).matches().test(x)) {
                in[k] = true;
                hits[k]++;
            }
        }
        return in;
    }

    /** @return hits per bin, in bin order */
    long[] hits() {
        return hits.clone();
    }
}
