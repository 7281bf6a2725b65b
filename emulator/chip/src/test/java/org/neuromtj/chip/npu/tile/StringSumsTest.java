package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;

class StringSumsTest {
    private static final CrossbarGeometry SHAPE = new CrossbarGeometry(96, 5, 32);

    /**
     * Whatever rows came and went, and whatever cells changed on the way, the kept sums are exactly those
     * of a fresh array holding the present rows once, and lie within a unit of the true sum.
     */
    @Property(tries = 200)
    void keptSumsAreExactlyTheSumsOfTheRowsHeldNow(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] values = new double[2][SHAPE.cells()];
        StringSums kept = new StringSums(SHAPE, 2e4, 1e6);
        for (int c = 0; c < SHAPE.cells(); c++) {
            set(kept, values, c, rnd);
        }
        int[] rows = new int[SHAPE.rows()];
        int count = 0;
        for (int step = 0; step < 12; step++) {
            // Inputs alike from one read to the next, or not at all.
            double keep = rnd.nextBoolean() ? 0.9 : 0.1;
            boolean[] on = new boolean[SHAPE.rows()];
            for (int k = 0; k < count; k++) {
                on[rows[k]] = rnd.nextDouble() < keep;
            }
            for (int r = 0; r < SHAPE.rows(); r++) {
                on[r] |= rnd.nextDouble() < 0.2;
            }
            count = 0;
            for (int r = SHAPE.rows() - 1; r >= 0; r--) {
                if (on[r]) {
                    rows[count++] = r;
                }
            }
            kept.hold(rows, count);
            for (int k = rnd.nextInt(4); k > 0; k--) {
                set(kept, values, rnd.nextInt(SHAPE.cells()), rnd);
            }
            StringSums fresh = new StringSums(SHAPE, 2e4, 1e6);
            for (int c = 0; c < SHAPE.cells(); c++) {
                fresh.set(0, c, values[0][c]);
                fresh.set(1, c, values[1][c]);
            }
            fresh.hold(rows, count);
            for (int seg = 0; seg < SHAPE.segments(); seg++) {
                int held = 0;
                for (int k = 0; k < count; k++) {
                    held += rows[k] / SHAPE.segment() == seg ? 1 : 0;
                }
                assertEquals(held, kept.held(seg));
                for (int col = 0; col < SHAPE.columns(); col++) {
                    int s = SHAPE.string(seg, col);
                    double truth = 0;
                    for (int k = 0; k < count; k++) {
                        if (rows[k] / SHAPE.segment() == seg) {
                            truth += values[0][SHAPE.cell(rows[k], col)];
                        }
                    }
                    assertEquals(fresh.sum(0, s), kept.sum(0, s), 0.0);
                    assertEquals(fresh.sum(1, s), kept.sum(1, s), 0.0);
                    assertEquals(truth, kept.sum(0, s), 1e-9);
                }
            }
        }
    }

    private static void set(StringSums sums, double[][] values, int cell, SplittableRandom rnd) {
        values[0][cell] = rnd.nextDouble(-2e4, 2e4);
        values[1][cell] = rnd.nextDouble(0, 1e6);
        sums.set(0, cell, values[0][cell]);
        sums.set(1, cell, values[1][cell]);
    }

    @Test
    void aValueBeyondItsPlanesBoundIsRefused() {
        StringSums sums = new StringSums(SHAPE, 10, 0);
        sums.set(0, 3, -10);
        sums.set(1, 3, 0);
        assertThrows(IllegalArgumentException.class, () -> sums.set(0, 4, 10.5));
        assertThrows(IllegalArgumentException.class, () -> sums.set(1, 4, 1e-300));
        assertThrows(IllegalArgumentException.class, () -> sums.set(0, 4, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new StringSums(SHAPE, Double.POSITIVE_INFINITY));
    }

    @Test
    void holdingNoRowClearsEverySum() {
        StringSums sums = new StringSums(SHAPE, 10);
        for (int c = 0; c < SHAPE.cells(); c++) {
            sums.set(0, c, 1.5);
        }
        sums.hold(new int[] {0, 40, 95}, 3);
        assertEquals(1.5, sums.sum(0, SHAPE.string(2, 4)), 0.0);
        sums.hold(new int[0], 0);
        for (int s = 0; s < SHAPE.strings(); s++) {
            assertEquals(0.0, sums.sum(0, s), 0.0);
        }
        assertEquals(0, sums.held(0));
    }
}
