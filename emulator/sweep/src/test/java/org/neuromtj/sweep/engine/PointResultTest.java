package org.neuromtj.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;

/** A point's percentiles of image times, and the Pareto front of the two figures a workload trades. */
class PointResultTest {
    private static final SweepSpec CHIP = SweepSpec.parse("chip.yaml", """
            version: 1
            name: chip
            workload: {kind: fmnist, images: 10, shard: 10}
            seed: 1
            design: grid
            parameters: [{path: tile.tdc.bits, values: [8]}]
            """);
    private static final SweepSpec EXPERIMENT = SweepSpec.parse("experiment.yaml", """
            version: 1
            name: levels
            workload: {kind: reproduce, experiment: multilevel, quick: true,
                       maximise: "accuracy with *-level cells", minimise: "energy an image"}
            seed: 1
            design: grid
            parameters: [{path: technology.device.levels, values: [8, 32]}]
            """);

    private static PointResult chip(int index, double accuracy, double nj) {
        return new PointResult(index, Map.of(), Map.of("accuracy", accuracy, "nj_per_image", nj));
    }

    @Test
    void theFrontKeepsThePointsNoOtherBeatsInBothAccuracyAndEnergy() {
        PointResult best = chip(0, 0.9, 10);
        PointResult cheapest = chip(1, 0.8, 5);
        PointResult beaten = chip(2, 0.7, 8);
        PointResult tie = chip(3, 0.9, 10);
        assertEquals(List.of(best, cheapest, tie), PointResult.front(List.of(best, cheapest, beaten, tie), CHIP));
    }

    @Test
    void anExperimentsFrontTradesTheFiguresItsPatternsName() {
        // The quantity carries the point's own levels: the pattern matches each.
        PointResult eight = new PointResult(0, Map.of(), Map.of("accuracy with 8-level cells", 70.0,
                "energy an image", 3.0));
        PointResult many = new PointResult(1, Map.of(), Map.of("accuracy with 32-level cells", 80.0,
                "energy an image", 4.0));
        PointResult worse = new PointResult(2, Map.of(), Map.of("accuracy with 32-level cells", 75.0,
                "energy an image", 5.0));
        assertEquals(List.of(eight, many), PointResult.front(List.of(eight, many, worse), EXPERIMENT));
        PointResult nameless = new PointResult(3, Map.of(), Map.of("recall", 1.0, "energy an image", 1.0));
        SpecException e = assertThrows(SpecException.class, () -> PointResult.front(List.of(eight, nameless),
                EXPERIMENT));
        assertTrue(e.getMessage().contains("no figure of point 3") && e.getMessage().contains("its figures are:")
                && e.getMessage().contains("recall"), e.getMessage());
    }

    @Test
    void percentilesAreNearestRankInMicroseconds() {
        List<Long> ns = LongStream.rangeClosed(1, 100).map(k -> k * 1000).boxed().toList();
        assertEquals(50, PointResult.percentile(ns, 50), 1e-12);
        assertEquals(95, PointResult.percentile(ns, 95), 1e-12);
        assertEquals(99, PointResult.percentile(ns, 99), 1e-12);
        assertEquals(7, PointResult.percentile(List.of(7000L), 99), 1e-12);
    }

    @Test
    void aPatternsStarStandsForAnyRunOfCharactersAndNothingElseIsSpecial() {
        assertTrue(PointResult.matches("accuracy with *-level cells, %", "accuracy with 32-level cells, %"));
        assertTrue(PointResult.matches("a*b*c", "abc") && PointResult.matches("a*b*c", "axxbyyc"));
        assertTrue(PointResult.matches("*", "") && PointResult.matches("energy (a.b)", "energy (a.b)"));
        assertTrue(!PointResult.matches("a*b", "ba") && !PointResult.matches("ab*ba", "aba")
                && !PointResult.matches("a.c", "abc"), "no regular-expression syntax");
    }
}
