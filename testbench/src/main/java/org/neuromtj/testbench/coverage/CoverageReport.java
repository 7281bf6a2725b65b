package org.neuromtj.testbench.coverage;

import java.util.List;

/**
 * Which bins of a covergroup's goal were hit, and how often.
 *
 * @param group the covergroup
 * @param bins  every bin of the goal
 */
public record CoverageReport(String group, List<BinHits> bins) {

    /**
     * One bin.
     *
     * @param point the coverpoint or cross
     * @param bin   the bin's name
     * @param hits  samples that fell in it
     */
    public record BinHits(String point, String bin, long hits) {
    }

    public CoverageReport {
        bins = List.copyOf(bins);
    }

    /** @return bins hit at least once */
    public long covered() {
        return bins.stream().filter(b -> b.hits() > 0).count();
    }

    /** @return the share of bins hit, 0 to 100 */
    public double percent() {
        return bins.isEmpty() ? 100 : 100.0 * covered() / bins.size();
    }

    /** @return the bins never hit */
    public List<BinHits> holes() {
        return bins.stream().filter(b -> b.hits() == 0).toList();
    }
}
