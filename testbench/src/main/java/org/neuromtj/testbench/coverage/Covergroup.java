package org.neuromtj.testbench.coverage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverpoints and crosses sampled together, and the report of which of their bins were hit.
 *
 * @param <S> what is sampled
 */
public final class Covergroup<S> {
    private final String name;
    private final List<Coverpoint<S>> points = new ArrayList<>();
    private final List<Cross<S>> crosses = new ArrayList<>();

    /** @param name its name in the report */
    public Covergroup(String name) {
        this.name = name;
    }

    /** @return the coverpoint, now part of this group */
    public Coverpoint<S> add(Coverpoint<S> point) {
        points.add(point);
        return point;
    }

    /** @return the cross, now part of this group; its points must be in the group */
    public Cross<S> add(Cross<S> cross) {
        if (!points.contains(cross.first()) || !points.contains(cross.second())) {
            throw new IllegalArgumentException("cross " + cross.name() + " of points outside group " + name);
        }
        crosses.add(cross);
        return cross;
    }

    /**
     * Samples every point, then every cross.
     *
     * @param sample the sample
     * @throws IllegalBinException if a value is in an illegal bin
     */
    public void sample(S sample) {
        Map<Coverpoint<S>, boolean[]> in = new IdentityHashMap<>();
        for (Coverpoint<S> p : points) {
            in.put(p, p.sample(sample));
        }
        for (Cross<S> c : crosses) {
            boolean[] a = in.get(c.first());
            boolean[] b = in.get(c.second());
            if (a != null && b != null) {
                c.count(a, b);
            }
        }
    }

    /** @return every bin of the goal with its hits: points' bins, then crosses' pairs not ignored */
    public CoverageReport report() {
        List<CoverageReport.BinHits> bins = new ArrayList<>();
        for (Coverpoint<S> p : points) {
            long[] h = p.hits();
            for (int k = 0; k < h.length; k++) {
                bins.add(new CoverageReport.BinHits(p.name(), p.bins().get(k).name(), h[k]));
            }
        }
        for (Cross<S> c : crosses) {
            List<Bin> a = c.first().bins();
            List<Bin> b = c.second().bins();
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    if (!c.ignored(a.get(i).name(), b.get(j).name())) {
                        bins.add(new CoverageReport.BinHits(c.name(), a.get(i).name() + " x " + b.get(j).name(),
                                c.hits(i, j)));
                    }
                }
            }
        }
        return new CoverageReport(name, bins);
    }
}
