package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;

/**
 * Per-string sums of per-cell quantities over a set of held (driven) rows, kept from read to read.
 *
 * <p>A read's strings sum what their driven cells contribute. Successive timesteps drive overlapping
 * rows (a rate or thermometer code keeps most inputs on from one timestep to the next), so rather than
 * summing every driven row again, the sums are kept and a read adds the rows that became driven and
 * subtracts those that stopped — or starts afresh when that is less work. To make subtraction exact,
 * and every sum independent of the order rows came and went in, the cells' values are held in fixed
 * point: integers in units of 2<sup>−scale</sup>, the scale chosen so that a string of the largest
 * values still fits in 62 bits. At the fmnist chip's resistances a unit is below 10<sup>−12</sup> Ω,
 * finer than a double's rounding of the sum itself.
 *
 * <p>Several quantities (planes) share the held rows: a string's resistance and its read-noise
 * variance, say.
 */
final class StringSums {
    private final int columns;
    private final int segment;
    private final int planes;
    /** Each cell's values, its planes side by side, row after row: a row's values lie together. */
    private final long[] cells;
    /** Each string's sums, laid out as the cells are. */
    private final long[] sums;
    /** Each plane's unit, 2^−scale, and its inverse: exact powers of two, so scaling by them is exact. */
    private final double[] unit;
    private final double[] perUnit;
    private final double[] bound;
    private final long[] held;
    private final long[] wanted;
    private final int[] heldPerSegment;

    /**
     * @param geometry the array's shape
     * @param bounds   for each plane, the largest magnitude a cell's value may take
     */
    StringSums(CrossbarGeometry geometry, double... bounds) {
        this.columns = geometry.columns();
        this.segment = geometry.segment();
        int planes = bounds.length;
        this.planes = planes;
        this.cells = new long[planes * geometry.cells()];
        this.sums = new long[planes * geometry.strings()];
        this.unit = new double[planes];
        this.perUnit = new double[planes];
        this.bound = bounds.clone();
        for (int p = 0; p < planes; p++) {
            if (!(bounds[p] >= 0) || Double.isInfinite(bounds[p])) {
                throw new IllegalArgumentException("plane " + p + ": bound " + bounds[p]);
            }
            // segment · bound · 2^scale < 2^62, as large as that allows; a plane bound to zero holds only zeros.
            int scale = bounds[p] == 0 ? 0 : 61 - Math.getExponent(segment * bounds[p]);
            unit[p] = Math.scalb(1.0, -scale);
            perUnit[p] = Math.scalb(1.0, scale);
        }
        this.held = new long[(geometry.rows() + 63) >>> 6];
        this.wanted = new long[held.length];
        this.heldPerSegment = new int[geometry.segments()];
    }

    /**
     * Sets a cell's value in a plane; the sums of a held row follow it.
     *
     * @param plane the plane
     * @param cell  the cell, row by row
     * @param value its value, within the plane's bound
     */
    void set(int plane, int cell, double value) {
        if (!(Math.abs(value) <= bound[plane])) {
            throw new IllegalArgumentException("plane " + plane + " cell " + cell + ": " + value + " beyond the bound "
                    + bound[plane]);
        }
        long fixed = Math.round(value * perUnit[plane]);
        int row = cell / columns;
        if ((held[row >>> 6] & 1L << row) != 0) {
            int string = row / segment * columns + cell % columns;
            sums[string * planes + plane] += fixed - cells[cell * planes + plane];
        }
        cells[cell * planes + plane] = fixed;
    }

    /**
     * Makes the held rows exactly {@code rows}, updating the sums by whichever is less work: the rows
     * that changed, or all of them from zero.
     *
     * @param rows  the rows, each once
     * @param count how many entries of {@code rows} to use
     */
    void hold(int[] rows, int count) {
        for (int k = 0; k < count; k++) {
            wanted[rows[k] >>> 6] |= 1L << rows[k];
        }
        int changed = 0;
        for (int w = 0; w < held.length; w++) {
            changed += Long.bitCount(held[w] ^ wanted[w]);
        }
        if (changed > count) {
            Arrays.fill(sums, 0);
            Arrays.fill(heldPerSegment, 0);
            Arrays.fill(held, 0);
        }
        for (int w = 0; w < held.length; w++) {
            long gone = held[w] & ~wanted[w];
            long come = wanted[w] & ~held[w];
            for (; gone != 0; gone &= gone - 1) {
                move((w << 6) + Long.numberOfTrailingZeros(gone), -1);
            }
            for (; come != 0; come &= come - 1) {
                move((w << 6) + Long.numberOfTrailingZeros(come), 1);
            }
            held[w] = wanted[w];
            wanted[w] = 0;
        }
    }

    /** Adds ({@code sign} 1) or subtracts (−1) a row in every plane. */
    private void move(int row, int sign) {
        int seg = row / segment;
        heldPerSegment[seg] += sign;
        int width = columns * planes;
        int from = row * width;
        int into = seg * width;
        long[] sum = sums;
        long[] cell = cells;
        if (sign > 0) {
            for (int c = 0; c < width; c++) {
                sum[into + c] += cell[from + c];
            }
        } else {
            for (int c = 0; c < width; c++) {
                sum[into + c] -= cell[from + c];
            }
        }
    }

    /**
     * @param plane  the plane
     * @param string the string
     * @return the sum of the plane's values over the string's held cells
     */
    double sum(int plane, int string) {
        return sums[string * planes + plane] * unit[plane];
    }

    /**
     * @param seg a segment
     * @return how many of its rows are held
     */
    int held(int seg) {
        return heldPerSegment[seg];
    }
}
