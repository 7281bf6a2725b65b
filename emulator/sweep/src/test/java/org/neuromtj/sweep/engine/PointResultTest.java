package org.neuromtj.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A point's percentiles of image times, and the Pareto front of accuracy against energy. */
class PointResultTest {
    private static PointResult point(int index, double accuracy, double nj) {
        return new PointResult(index, Map.of(), 1, accuracy, nj, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theFrontKeepsThePointsNoOtherBeatsInBothAccuracyAndEnergy() {
        PointResult best = point(0, 0.9, 10);
        PointResult cheapest = point(1, 0.8, 5);
        PointResult beaten = point(2, 0.7, 8);
        PointResult tie = point(3, 0.9, 10);
        assertEquals(List.of(best, cheapest, tie), PointResult.front(List.of(best, cheapest, beaten, tie)));
    }

    @Test
    void percentilesAreNearestRankInMicroseconds() {
        List<Long> ns = LongStream.rangeClosed(1, 100).map(k -> k * 1000).boxed().toList();
        assertEquals(50, PointResult.percentile(ns, 50), 1e-12);
        assertEquals(95, PointResult.percentile(ns, 95), 1e-12);
        assertEquals(99, PointResult.percentile(ns, 99), 1e-12);
        assertEquals(7, PointResult.percentile(List.of(7000L), 99), 1e-12);
    }
}
