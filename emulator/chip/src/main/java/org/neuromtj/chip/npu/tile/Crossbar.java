package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.ReadPath;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * A crossbar of MTJ bit-cells read by resistance summation (Jung et al., Nature 601, 211 (2022); review
 * 003 ref. [19]).
 *
 * <h2>Bit-cell semantics</h2>
 * The cells of a column are chained in series strings of {@code segment} cells, and each cell puts one
 * of two paths into its string, chosen by its row's input:
 * <ul>
 * <li>{@link SynapseLayout.Cell#BYPASS}: a junction in series with its access transistor, shunted by a
 * bypass transistor. A driven row (input spike 1) puts {@code R_T + R_MTJ} in the string; an undriven
 * row turns the bypass on and puts only {@code R_bypass}. The string falls by one level step per unit of
 * weight of a driven cell, so it computes the dot product of the spikes with the column's levels.</li>
 * <li>{@link SynapseLayout.Cell#XNOR}: two complementary junctions, each with its access transistor. A
 * driven row (input +1) selects one path, an undriven row (input −1) the other; the weight (level) sets
 * one junction parallel and the other antiparallel, so the selected path is high when input and weight
 * agree and low when they differ. The {@link #cells()} population is the path selected by −1 (level top
 * is parallel there, as in a bypass cell), {@link #complement()} the one selected by +1, whose level
 * mirrors it. Every row takes part in every read: the string counts the cells whose input and weight
 * differ.</li>
 * </ul>
 * Signed weights on bypass cells use a differential pair of columns and multi-bit weights bit-slice
 * across columns; both are combined digitally after the TDC (see {@link SynapseLayout}).
 *
 * <h2>Non-idealities</h2>
 * A junction's TMR falls with the voltage across it, TMR(V) = TMR0 / (1 + V²/V_h²)
 * ({@link MtjParameters#tmrFactor}). In a string read a junction holds its share of the string's voltage,
 * which falls from V_read to V_read·(1 − threshold) as the column charges: its bias is taken as the
 * antiparallel junction's share of that mean voltage, V_read·threshold / ln(1/(1 − threshold)), in a string
 * of nominal cells half at each end level, one factor for the whole array (a few millivolts over 64 cells,
 * so a read barely loses TMR). A cell read alone — a write-verify's sense, a current-summed column — holds
 * the read voltage less its transistor's share, and loses much more.
 *
 * <p>Each junction has its own R_P and TMR, and each transistor its own on-resistance (normal, σ
 * {@link ReadPath#transistorSigmaOhm()}). Read noise is independent per junction and read, Gaussian
 * with σ proportional to the junction's resistance; the sum over a string of independent Gaussians is a
 * Gaussian with the summed variance, so one draw per string gives exactly the distribution of one draw
 * per cell. Read disturb strikes each read cell independently with a fixed probability; the next struck
 * cell is found by geometric skipping over the cells read, in row-major order.
 *
 * <p>The read kernel keeps, per cell, the resistance of its undriven path and what its driven path adds
 * over it, and each string's sums of both ({@link StringSums}): the undriven paths' sums over every row,
 * the additions' over the rows of the last read, which a read updates by the rows that became driven and
 * those that stopped, so its cost grows with how much the input changed.
 */
public final class Crossbar implements Stateful {
    private final CrossbarGeometry geometry;
    private final SynapseLayout.Cell cellType;
    private final ReadPath path;
    private final MtjCells cells;
    private final MtjCells complement;
    /** Each cell's transistor in its driven path and in its undriven one, or null when all are nominal. */
    private final double[] drivenTransistor;
    private final double[] idleTransistor;
    private final Ledger ledger;
    private final UniformRandomProvider readRng;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private final double noiseSigma;
    private final double disturbLogQ;
    /**
     * Over the driven rows, plane 0: what each cell's driven path adds over its undriven one; plane 1, when
     * reads are noisy: what it adds to the noise variance.
     */
    private final StringSums sums;
    /** Over every row, plane 0: each cell's undriven path; plane 1, when reads are noisy: its noise variance. */
    private final StringSums idle;
    /**
     * A string's undriven resistance when every cell's undriven path is the same nominal bypass, as in the
     * default tile: the read adds it without looking it up; NaN otherwise.
     */
    private final double uniformIdle;
    private final boolean idleNoise;
    /** The fraction of its TMR a junction keeps in a string read, and read alone. */
    private final double stringTmr;
    private final double aloneTmr;
    private final MtjParameters stringDevice;
    private final MtjParameters aloneDevice;
    /** Every row, the rows an XNOR read takes part with. */
    private final int[] allRows;
    /** The last read's string resistances and rows taking part per segment, rewritten by each read. */
    private final double[] resistance;
    private final int[] drivenPerSegment;
    private long cellsUntilDisturb;

    /**
     * A crossbar of bypass cells whose transistors are all at their nominal on-resistance.
     *
     * @param geometry the array's shape
     * @param path     the read path's transistors, capacitance and TDC clock
     * @param cells    the junctions, {@code geometry.cells()} of them, row by row
     * @param readRng  the crossbar's generator for read noise and disturb
     * @param ledger   where reads are counted
     */
    public Crossbar(CrossbarGeometry geometry, ReadPath path, MtjCells cells, UniformRandomProvider readRng,
                    Ledger ledger) {
        this(geometry, SynapseLayout.Cell.BYPASS, path, cells, null, null, null, readRng, ledger);
    }

    /**
     * Fabricates a crossbar: its junctions (two per cell for XNOR cells) and its transistors drawn from
     * the technology's spreads, each population from its own stream of the run's seed.
     *
     * @param geometry   the array's shape
     * @param cell       the bit-cell
     * @param technology the devices and the read path
     * @param masterSeed the run's seed
     * @param name       the crossbar's stable name, such as {@code tile0.crossbar}; it keys its streams
     * @param ledger     where reads are counted
     * @return the crossbar, every cell at level 0
     */
    public static Crossbar fabricate(CrossbarGeometry geometry, SynapseLayout.Cell cell, Technology technology,
                                     long masterSeed, String name, Ledger ledger) {
        if (cell == SynapseLayout.Cell.XNOR && technology.device().levels() != 2) {
            throw new IllegalArgumentException("XNOR cells pair two binary junctions; the technology's junctions hold "
                    + technology.device().levels() + " levels");
        }
        MtjCells cells = new MtjCells(geometry.cells(), technology.device(), technology.variation(), masterSeed, name);
        MtjCells complement = cell == SynapseLayout.Cell.XNOR ? new MtjCells(geometry.cells(), technology.device(),
                technology.variation(), masterSeed, name + ".complement") : null;
        ReadPath path = technology.readPath();
        double[] driven = null;
        double[] undriven = null;
        if (path.transistorSigmaOhm() > 0) {
            UniformRandomProvider fab = Seeds.generator(masterSeed, name + ".transistors");
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(fab);
            double bypassOrAccess = cell == SynapseLayout.Cell.XNOR ? path.transistorOnOhm() : path.bypassOnOhm();
            driven = new double[geometry.cells()];
            undriven = new double[geometry.cells()];
            for (int i = 0; i < driven.length; i++) {
                driven[i] = transistor(path.transistorOnOhm(), path.transistorSigmaOhm(), g);
                undriven[i] = transistor(bypassOrAccess, path.transistorSigmaOhm(), g);
            }
        }
        return new Crossbar(geometry, cell, path, cells, complement, driven, undriven,
                Seeds.generator(masterSeed, name + ".read"), ledger);
    }

    /**
     * @param path    the read path
     * @param device  the nominal junction
     * @param segment cells per string
     * @return the bias on an antiparallel junction in a string read: its share, in a string of nominal cells
     *         half at each end level, of the string's mean voltage over the charge, V·θ / ln(1/(1 − θ))
     */
    public static double stringBiasV(ReadPath path, MtjParameters device, int segment) {
        double meanStringV = path.readVoltageV() * path.thresholdRatio() / path.chargingFactor();
        double nominalString = segment
                * (path.transistorOnOhm() + (device.resistancePOhm() + device.resistanceApOhm()) / 2);
        return meanStringV * device.resistanceApOhm() / nominalString;
    }

    /**
     * @param path   the read path
     * @param device the nominal junction
     * @return the bias on an antiparallel junction read alone: the read voltage less its transistor's share
     */
    public static double aloneBiasV(ReadPath path, MtjParameters device) {
        return path.readVoltageV() * device.resistanceApOhm() / (device.resistanceApOhm() + path.transistorOnOhm());
    }

    /** A drawn on-resistance; a draw at or below zero is a short, which reads as almost no resistance. */
    private static double transistor(double nominal, double sigma, ZigguratSampler.NormalizedGaussian g) {
        return Math.max(nominal + sigma * g.sample(), 1e-3);
    }

    private Crossbar(CrossbarGeometry geometry, SynapseLayout.Cell cellType, ReadPath path, MtjCells cells,
                     MtjCells complement, double[] drivenTransistor, double[] idleTransistor,
                     UniformRandomProvider readRng, Ledger ledger) {
        if (cells.size() != geometry.cells() || complement != null && complement.size() != geometry.cells()) {
            throw new IllegalArgumentException(cells.size() + " cells for a " + geometry + " array");
        }
        this.geometry = geometry;
        this.cellType = cellType;
        this.path = path;
        this.cells = cells;
        this.complement = complement;
        this.drivenTransistor = drivenTransistor;
        this.idleTransistor = idleTransistor;
        this.ledger = ledger;
        this.readRng = readRng;
        this.gauss = ZigguratSampler.NormalizedGaussian.of(readRng);
        this.noiseSigma = cells.variation().readNoiseSigma();
        double pd = cells.variation().readDisturbProbability();
        this.disturbLogQ = pd > 0 ? Math.log1p(-pd) : 0;
        this.idleNoise = noiseSigma > 0 && cellType == SynapseLayout.Cell.XNOR;
        MtjParameters device = cells.device();
        double stringBias = stringBiasV(path, device, geometry.segment());
        double aloneBias = aloneBiasV(path, device);
        this.stringTmr = device.tmrFactor(stringBias);
        this.aloneTmr = device.tmrFactor(aloneBias);
        this.stringDevice = device.atBias(stringBias);
        this.aloneDevice = device.atBias(aloneBias);
        double highest = 0;
        double extra = 0;
        double idlest = 0;
        int[] endLevels = {0, cells.topLevel()};
        for (int i = 0; i < geometry.cells(); i++) {
            for (int level : endLevels) {
                double dj = drivenJunction(i, level, stringTmr);
                double ij = idleJunction(i, level, stringTmr);
                double u = idleOhm(i, ij);
                highest = Math.max(highest, Math.max(Math.abs(dj), Math.abs(ij)));
                extra = Math.max(extra, Math.abs(drivenOhm(i, dj) - u));
                idlest = Math.max(idlest, Math.abs(u));
            }
        }
        // A level between the ends lies between their values; the margin covers their rounding.
        double margin = 1 + 1e-9;
        double noiseBound = noiseSigma * highest * (noiseSigma * highest) * margin;
        this.sums = noiseSigma > 0 ? new StringSums(geometry, extra * margin, noiseBound)
                : new StringSums(geometry, extra * margin);
        this.idle = idleNoise ? new StringSums(geometry, idlest * margin, noiseBound)
                : new StringSums(geometry, idlest * margin);
        this.allRows = new int[geometry.rows()];
        for (int r = 0; r < allRows.length; r++) {
            allRows[r] = r;
        }
        idle.hold(allRows, allRows.length);
        this.uniformIdle = cellType == SynapseLayout.Cell.BYPASS && idleTransistor == null
                ? geometry.segment() * path.bypassOnOhm() : Double.NaN;
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

    /** @return the bit-cell */
    public SynapseLayout.Cell cellType() {
        return cellType;
    }

    /** @return the XNOR cells' junctions selected by an input of +1, or null for bypass cells */
    public MtjCells complement() {
        return complement;
    }

    /**
     * Reads every string of every segment that takes part: for bypass cells the segments with a driven
     * row, for XNOR cells all of them.
     *
     * @param drivenRows rows whose input spike is 1, each once, in any order
     * @param count      how many entries of {@code drivenRows} to use
     * @return the strings' resistances, valid until the next read (a read of a segment not taking part
     *         leaves its strings' resistances as they were: {@link StringRead#drivenRows} says which to use)
     */
    public StringRead read(int[] drivenRows, int count) {
        int columns = geometry.columns();
        sums.hold(drivenRows, count);
        boolean xnor = cellType == SynapseLayout.Cell.XNOR;
        boolean noisy = noiseSigma > 0;
        boolean uniform = !Double.isNaN(uniformIdle);
        double[] out = resistance;
        int activeSegments = 0;
        for (int seg = 0; seg < drivenPerSegment.length; seg++) {
            drivenPerSegment[seg] = xnor ? geometry.segment() : sums.held(seg);
            if (drivenPerSegment[seg] == 0) {
                continue;
            }
            activeSegments++;
            for (int c = 0, s = seg * columns; c < columns; c++, s++) {
                double r = (uniform ? uniformIdle : idle.sum(0, s)) + sums.sum(0, s);
                if (noisy) {
                    double variance = (idleNoise ? idle.sum(1, s) : 0) + sums.sum(1, s);
                    r += Math.sqrt(Math.max(0, variance)) * gauss.sample();
                }
                out[s] = r;
            }
        }
        int rowsRead = xnor ? geometry.rows() : count;
        long cellReads = (long) rowsRead * columns;
        ledger.add(Action.CELL_READ, cellReads);
        ledger.add(Action.STRING_READ, (long) activeSegments * columns);
        ledger.add(Action.COLUMN_CHARGE, (long) activeSegments * columns * geometry.segment());
        disturb(xnor ? allRows : drivenRows, cellReads);
        return new StringRead(out, drivenPerSegment);
    }

    /**
     * What a powered-down array gives: no segment takes part, nothing is counted.
     *
     * @return a read of no string, valid until the next read
     */
    public StringRead unread() {
        Arrays.fill(drivenPerSegment, 0);
        return new StringRead(resistance, drivenPerSegment);
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
        double r = cells.resistanceOhm(cell, cells.level(cell), aloneTmr);
        return noiseSigma > 0 ? r * (1 + noiseSigma * gauss.sample()) : r;
    }

    /**
     * Write disturb: a pulse on cell (row, column) puts a weaker pulse on every other cell of its row and its
     * column, each of which moves one level toward the pulse's state with the probability the law gives its
     * own junction for that pulse. The draws come from the crossbar's read generator, in row then column
     * order, so a run stays deterministic.
     *
     * @param row        the pulsed cell's row
     * @param column     its column
     * @param amplitudeV what the half-selected cells see
     * @param widthNs    the pulse's width
     * @param toward     the state it drives toward
     * @param law        the technology's switching law
     * @return how many half-selected cells moved
     */
    public int halfSelect(int row, int column, double amplitudeV, double widthNs, Direction toward, SwitchingLaw law) {
        int moved = 0;
        for (int c = 0; c < geometry.columns(); c++) {
            if (c != column) {
                moved += halfSelected(geometry.cell(row, c), amplitudeV, widthNs, toward, law);
            }
        }
        for (int r = 0; r < geometry.rows(); r++) {
            if (r != row) {
                moved += halfSelected(geometry.cell(r, column), amplitudeV, widthNs, toward, law);
            }
        }
        return moved;
    }

    private int halfSelected(int cell, double amplitudeV, double widthNs, Direction toward, SwitchingLaw law) {
        int step = toward == Direction.TO_PARALLEL ? 1 : -1;
        int target = cells.level(cell) + step;
        if (target < 0 || target > cells.topLevel()
                || readRng.nextDouble() >= law.probability(amplitudeV, widthNs, toward, cells.spread(cell))) {
            return 0;
        }
        cells.setLevel(cell, target);
        return 1;
    }

    private void disturb(int[] readRows, long cellReads) {
        long remaining = cellReads;
        long position = 0;
        while (cellsUntilDisturb < remaining) {
            long at = position + cellsUntilDisturb;
            int row = readRows[(int) (at / geometry.columns())];
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
        int level = cells.level(cell);
        double dj = drivenJunction(cell, level, stringTmr);
        double ij = idleJunction(cell, level, stringTmr);
        double u = idleOhm(cell, ij);
        idle.set(0, cell, u);
        sums.set(0, cell, drivenOhm(cell, dj) - u);
        if (noiseSigma > 0) {
            double drivenSigma = noiseSigma * dj;
            double idleVariance = idleNoise ? square(noiseSigma * ij) : 0;
            sums.set(1, cell, drivenSigma * drivenSigma - idleVariance);
            if (idleNoise) {
                idle.set(1, cell, idleVariance);
            }
        }
    }

    /**
     * @param cell   a cell, row by row
     * @param driven whether its row's input is a spike (+1 for XNOR cells)
     * @param alone  whether the cell holds the read voltage by itself, as in a current-summed column, rather
     *               than its share of a string's
     * @return the resistance of the path it puts in its string or column now, transistor included, without
     *         read noise
     */
    public double pathOhm(int cell, boolean driven, boolean alone) {
        int level = cells.level(cell);
        double tmr = alone ? aloneTmr : stringTmr;
        return driven ? drivenOhm(cell, level, tmr) : idleOhm(cell, level, tmr);
    }

    /** @return the nominal junction as a string read sees it, its TMR at a string's bias */
    public MtjParameters stringDevice() {
        return stringDevice;
    }

    /** @return the nominal junction as a read of one cell alone sees it, its TMR at the read voltage */
    public MtjParameters aloneDevice() {
        return aloneDevice;
    }

    /** @return the relative read noise of each junction, σ over its resistance */
    public double readNoiseSigma() {
        return noiseSigma;
    }

    private static double square(double x) {
        return x * x;
    }

    /**
     * The junction a driven row puts in the string at a level and TMR factor: the cell's own, or for XNOR its
     * mirrored complement.
     */
    private double drivenJunction(int cell, int level, double tmr) {
        return complement == null ? cells.resistanceOhm(cell, level, tmr)
                : complement.resistanceOhm(cell, cells.topLevel() - level, tmr);
    }

    /** The junction an undriven row puts in the string: none for a bypass cell, the cell's own for XNOR. */
    private double idleJunction(int cell, int level, double tmr) {
        return complement == null ? 0 : cells.resistanceOhm(cell, level, tmr);
    }

    private double drivenOhm(int cell, int level, double tmr) {
        return drivenOhm(cell, drivenJunction(cell, level, tmr));
    }

    /** The driven path with its junction already found. */
    private double drivenOhm(int cell, double junction) {
        double t = drivenTransistor == null ? path.transistorOnOhm() : drivenTransistor[cell];
        return t + junction;
    }

    private double idleOhm(int cell, int level, double tmr) {
        return idleOhm(cell, idleJunction(cell, level, tmr));
    }

    /** The idle path with its junction (none for a bypass cell) already found. */
    private double idleOhm(int cell, double junction) {
        if (idleTransistor != null) {
            return idleTransistor[cell] + junction;
        }
        return complement == null ? path.bypassOnOhm() : path.transistorOnOhm() + junction;
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
