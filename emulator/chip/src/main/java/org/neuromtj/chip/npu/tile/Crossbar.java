package org.neuromtj.chip.npu.tile;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.ReadPath;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * A 1T-1MTJ crossbar read by resistance summation (Jung et al., Nature 601, 211 (2022); review 003
 * ref. [19]).
 *
 * <h2>Bit-cell semantics</h2>
 * Each cell is a junction in series with its access transistor, shunted by a bypass transistor. The
 * cells of a column are chained in series strings of {@code segment} cells. When a row is driven (its
 * input spike is 1) the row's access transistors conduct and its bypass transistors are off, so each
 * cell puts {@code R_T + R_MTJ} in its string; an undriven row turns the bypass on and the cell puts
 * only {@code R_bypass} in the string. A string's resistance is therefore
 * {@code Σ_undriven R_bypass + Σ_driven (R_T + R_MTJ)}: the sum of its cells' actual resistances.
 *
 * <p>A cell's weight is its level (0 = antiparallel, high resistance, up to the parallel state), so
 * for the driven cells the string's resistance falls by one level step per unit of weight: the
 * string computes the dot product of the input spikes with the column's levels. Signed weights use a
 * differential pair of columns and multi-bit weights bit-slice across columns; both are combined
 * digitally after the TDC (see {@link SynapseLayout}).
 *
 * <h2>Non-idealities</h2>
 * Each junction has its own R_P and TMR. Read noise is independent per cell and read, Gaussian with σ
 * proportional to the junction's resistance; the sum over a string of independent Gaussians is a
 * Gaussian with the summed variance, so one draw per string gives exactly the distribution of one
 * draw per cell. Read disturb strikes each driven cell independently with a fixed probability; the
 * next struck cell is found by geometric skipping over the cells read, in row-major order.
 *
 * <p>The read kernel keeps, per cell, the resistance it adds over the bypass when driven, and each
 * string's sum over the rows of the last read ({@link StringSums}): a read adds the rows that became
 * driven and subtracts those that stopped, so its cost grows with how much the input changed.
 */
public final class Crossbar implements Stateful {
    private final CrossbarGeometry geometry;
    private final ReadPath path;
    private final MtjCells cells;
    private final Ledger ledger;
    private final UniformRandomProvider readRng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final double noiseSigma;
    private final double disturbLogQ;
    /** Plane 0: what each driven cell adds over its bypass; plane 1, when reads are noisy: its noise variance. */
    private final StringSums sums;
    /** The last read's string resistances and driven rows per segment, rewritten by each read. */
    private final double[] resistance;
    private final int[] drivenPerSegment;
    private long cellsUntilDisturb;

    /**
     * @param geometry the array's shape
     * @param path     the read path's transistors, capacitance and TDC clock
     * @param cells    the junctions, {@code geometry.cells()} of them, row by row
     * @param readRng  the crossbar's generator for read noise and disturb
     * @param ledger   where reads are counted
     */
    public Crossbar(CrossbarGeometry geometry, ReadPath path, MtjCells cells, UniformRandomProvider readRng,
                    Ledger ledger) {
        if (cells.size() != geometry.cells()) {
            throw new IllegalArgumentException(cells.size() + " cells for a " + geometry + " array");
        }
        this.geometry = geometry;
        this.path = path;
        this.cells = cells;
        this.ledger = ledger;
        this.readRng = readRng;
        this.gauss = ZigguratSampler.NormalizedGaussian.of(readRng);
        this.noiseSigma = cells.variation().readNoiseSigma();
        double pd = cells.variation().readDisturbProbability();
        this.disturbLogQ = pd > 0 ? Math.log1p(-pd) : 0;
        double highest = 0;
        double extra = 0;
        for (int i = 0; i < geometry.cells(); i++) {
            for (double r : new double[] {cells.resistancePOhm(i), cells.resistanceApOhm(i)}) {
                highest = Math.max(highest, Math.abs(r));
                extra = Math.max(extra, Math.abs(path.transistorOnOhm() + r - path.bypassOnOhm()));
            }
        }
        // A level between the ends lies between their values; the margin covers their rounding.
        double margin = 1 + 1e-9;
        double noiseBound = noiseSigma * highest * (noiseSigma * highest) * margin;
        this.sums = noiseSigma > 0 ? new StringSums(geometry, extra * margin, noiseBound)
                : new StringSums(geometry, extra * margin);
        this.resistance = new double[geometry.strings()];
        this.drivenPerSegment = new int[geometry.segments()];
        for (int i = 0; i < geometry.cells(); i++) {
            refresh(i);
        }
        cells.setListener(this::refresh);
        this.cellsUntilDisturb = nextDisturbGap();
    }

    /** @return the array's shape */
    public CrossbarGeometry geometry() {
        return geometry;
    }

    /** @return the junctions */
    public MtjCells cells() {
        return cells;
    }

    /** @return the read path */
    public ReadPath readPath() {
        return path;
    }

    /** @return the resistance of a string of {@code segment} undriven cells */
    public double idleStringOhm() {
        return geometry.segment() * path.bypassOnOhm();
    }

    /**
     * Reads every string of every segment that has a driven row.
     *
     * @param drivenRows rows whose input spike is 1, each once, in any order
     * @param count      how many entries of {@code drivenRows} to use
     * @return the strings' resistances, valid until the next read (a read of a segment not driven leaves
     *         its strings' resistances as they were: {@link StringRead#drivenRows} says which to use)
     */
    public StringRead read(int[] drivenRows, int count) {
        int columns = geometry.columns();
        sums.hold(drivenRows, count);
        boolean noisy = noiseSigma > 0;
        double idle = idleStringOhm();
        double[] out = resistance;
        int activeSegments = 0;
        for (int seg = 0; seg < drivenPerSegment.length; seg++) {
            drivenPerSegment[seg] = sums.held(seg);
            if (drivenPerSegment[seg] == 0) {
                continue;
            }
            activeSegments++;
            for (int c = 0, s = seg * columns; c < columns; c++, s++) {
                double r = idle + sums.sum(0, s);
                out[s] = noisy ? r + Math.sqrt(sums.sum(1, s)) * gauss.sample() : r;
            }
        }
        long cellReads = (long) count * columns;
        ledger.add(Action.CELL_READ, cellReads);
        ledger.add(Action.STRING_READ, (long) activeSegments * columns);
        ledger.add(Action.COLUMN_CHARGE, (long) activeSegments * columns * geometry.segment());
        disturb(drivenRows, count, cellReads);
        return new StringRead(out, drivenPerSegment);
    }

    /**
     * Reads one cell alone through the sense path, as a write-verify does: its junction resistance with
     * read noise.
     *
     * @param row    the row
     * @param column the column
     * @return the sensed resistance
     */
    public double senseCell(int row, int column) {
        int cell = geometry.cell(row, column);
        double r = cells.resistanceOhm(cell);
        return noiseSigma > 0 ? r * (1 + noiseSigma * gauss.sample()) : r;
    }

    private void disturb(int[] drivenRows, int count, long cellReads) {
        long remaining = cellReads;
        long position = 0;
        while (cellsUntilDisturb < remaining) {
            long at = position + cellsUntilDisturb;
            int row = drivenRows[(int) (at / geometry.columns())];
            cells.disturb(geometry.cell(row, (int) (at % geometry.columns())));
            remaining -= cellsUntilDisturb + 1;
            position = at + 1;
            cellsUntilDisturb = nextDisturbGap();
        }
        cellsUntilDisturb -= remaining;
    }

    private long nextDisturbGap() {
        if (disturbLogQ == 0) {
            return Long.MAX_VALUE;
        }
        double gap = Math.floor(Math.log(1 - readRng.nextDouble()) / disturbLogQ);
        return gap >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) gap;
    }

    private void refresh(int cell) {
        double r = cells.resistanceOhm(cell);
        sums.set(0, cell, path.transistorOnOhm() + r - path.bypassOnOhm());
        if (noiseSigma > 0) {
            double sigma = noiseSigma * r;
            sums.set(1, cell, sigma * sigma);
        }
    }

    /** The cells' levels and wear, the read-noise generator and the distance to the next read disturb. */
    @Override
    public void save(StateWriter out) {
        out.section("crossbar");
        out.bytes(cells.levels());
        out.longs(cells.pulseCounts());
        out.bytes(Seeds.state(readRng));
        out.i64(cellsUntilDisturb);
    }

    @Override
    public void restore(StateReader in) {
        in.section("crossbar");
        byte[] levels = in.bytes(cells.size());
        long[] pulses = in.longs(cells.size());
        try {
            cells.restore(levels, pulses);
        } catch (IllegalArgumentException e) {
            throw new StateException("crossbar: " + e.getMessage());
        }
        Seeds.restore(readRng, in.bytes());
        cellsUntilDisturb = in.i64();
    }
}
