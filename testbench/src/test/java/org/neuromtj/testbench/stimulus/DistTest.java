package org.neuromtj.testbench.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Weighted choices and distributions draw by their weights, reach their corners, and refuse nonsense. */
class DistTest {
    private static final int DRAWS = 100_000;

    private static UniformRandomProvider random() {
        return RandomSource.SPLIT_MIX_64.create(42L);
    }

    @Test
    void alternativesAreDrawnInProportionToTheirWeights() {
        Weighted<String> w = Weighted.of("rare", 1).or("common", 3);
        UniformRandomProvider r = random();
        int common = 0;
        for (int k = 0; k < DRAWS; k++) {
            common += w.draw(r).equals("common") ? 1 : 0;
        }
        // Seven standard deviations of a binomial count either side.
        assertEquals(0.75, (double) common / DRAWS, 0.01);
        assertEquals(0.25, w.probability(0), 1e-12);
    }

    @Test
    void aValueCarriesItsWeightAndARangeSpreadsItsWeight() {
        Dist d = Dist.value(0, 1).orRange(1, 100, 1);
        UniformRandomProvider r = random();
        int zeros = 0;
        boolean[] seen = new boolean[101];
        for (int k = 0; k < DRAWS; k++) {
            long v = d.draw(r);
            assertTrue(v >= 0 && v <= 100, "drawn " + v);
            seen[(int) v] = true;
            zeros += v == 0 ? 1 : 0;
        }
        assertEquals(0.5, (double) zeros / DRAWS, 0.012);
        for (int v = 0; v <= 100; v++) {
            assertTrue(seen[v], "value " + v + " never drawn");
        }
    }

    @Test
    void aWholeWordRangeDrawsBothSigns() {
        UniformRandomProvider r = random();
        boolean negative = false;
        boolean positive = false;
        for (int k = 0; k < 100; k++) {
            int v = Dist.word().drawInt(r);
            negative |= v < 0;
            positive |= v > 0;
        }
        assertTrue(negative && positive);
    }

    @Test
    void aConstraintIsMetOrNamedWhenItCannotBe() {
        UniformRandomProvider r = random();
        Generator<Long> even = Dist.uniform(0, 99).where("even", v -> v % 2 == 0);
        for (int k = 0; k < 1000; k++) {
            assertEquals(0, even.draw(r) % 2);
        }
        Generator<Long> impossible = Dist.uniform(0, 9).where("above nine", v -> v > 9);
        ConstraintException e = assertThrows(ConstraintException.class, () -> impossible.draw(r));
        assertTrue(e.getMessage().contains("'above nine'") && e.getMessage().contains("[0:9]"), e.getMessage());
    }

    @Test
    void weightsThatAreNotPositiveAndFiniteAreRefused() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weighted.of("x", bad));
            assertTrue(e.getMessage().contains("weight of x"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Dist.value(3, 0));
    }

    @Test
    void anEmptyRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dist.range(5, 4, 1));
        assertTrue(e.getMessage().contains("[5:4]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dist.uniform(Long.MIN_VALUE, Long.MAX_VALUE));
    }
}
