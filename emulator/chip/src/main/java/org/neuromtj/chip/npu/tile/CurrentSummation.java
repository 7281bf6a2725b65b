package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;

/**
 * The read Jung et al. (Nature 601, 211 (2022)) argued against for MRAM, on the same cells: current
 * summation. Each string's cells sit in parallel between its row drivers and a sensed column held at
 * ground; a cell conducts through the path its input selects (an undriven bypass cell conducts nothing),
 * so the column carries I = V_read·ΣG, which an ADC converts over the sense window. The energy is what
 * the read supply gives the column, V_read·I·t_sense, plus the conversion's: with MRAM's kilo-ohm cells
 * the column's current dominates, the problem resistance summation avoids.
 *
 * <p>The ADC is calibrated as the tile's TDC is: its range spans the nominal currents of the lowest and
 * highest strings, with {@link TdcCalibration#HEADROOM} beyond; a code is decoded to the count of cells at
 * their low-resistance level (as the TDC's decoder counts) by inverting the nominal, linear, current.
 * Read noise is each junction's, σ proportional to its conductance, summed as independent Gaussians.
 */
public final class CurrentSummation {
    private final Crossbar crossbar;
    private final double readVoltageV;
    private final double senseNs;
    private final int adcBits;
    private final ZigguratSampler.NormalizedGaussian gauss;
    /** Nominal column current with no cell at its low level, and the current each such cell adds. */
    private final double zeroA;
    private final double perCountA;
    private final double lowA;
    private final double highA;
    private final boolean[] drivenRow;
    private double chargeC;

    /**
     * @param crossbar     the cells, read at their read path's voltage
     * @param senseNs      how long the column conducts for a conversion
     * @param adcBits      the ADC's width
     * @param noise        the read noise's generator
     */
    public CurrentSummation(Crossbar crossbar, double senseNs, int adcBits, UniformRandomProvider noise) {
        if (crossbar.cellType() != SynapseLayout.Cell.XNOR) {
            throw new IllegalArgumentException("current summation is modelled for XNOR cells, whose every cell conducts");
        }
        this.crossbar = crossbar;
        this.readVoltageV = crossbar.readPath().readVoltageV();
        this.senseNs = senseNs;
        this.adcBits = adcBits;
        this.gauss = ZigguratSampler.NormalizedGaussian.of(noise);
        int seg = crossbar.geometry().segment();
        // Each cell holds the read voltage by itself, at which its junction keeps less of its TMR.
        var device = crossbar.aloneDevice();
        double t = crossbar.readPath().transistorOnOhm();
        double gHigh = 1 / (t + device.resistancePOhm());
        double gLow = 1 / (t + device.resistanceApOhm());
        this.zeroA = readVoltageV * seg * gLow;
        this.perCountA = readVoltageV * (gHigh - gLow);
        this.lowA = zeroA / (1 + TdcCalibration.HEADROOM);
        this.highA = (zeroA + seg * perCountA) * (1 + TdcCalibration.HEADROOM);
        this.drivenRow = new boolean[crossbar.geometry().rows()];
    }

    /**
     * Reads every string by its column current and converts it.
     *
     * @param drivenRows rows whose input is +1, each once
     * @param count      how many entries of {@code drivenRows} to use
     * @param into       each string's decoded count of cells at their low-resistance level
     */
    public void counts(int[] drivenRows, int count, int[] into) {
        CrossbarGeometry g = crossbar.geometry();
        Arrays.fill(drivenRow, false);
        for (int k = 0; k < count; k++) {
            drivenRow[drivenRows[k]] = true;
        }
        double sigma = crossbar.readNoiseSigma();
        int codes = 1 << adcBits;
        for (int seg = 0; seg < g.segments(); seg++) {
            for (int c = 0; c < g.columns(); c++) {
                double conductance = 0;
                double variance = 0;
                for (int r = seg * g.segment(); r < (seg + 1) * g.segment(); r++) {
                    double gCell = 1 / crossbar.pathOhm(g.cell(r, c), drivenRow[r], true);
                    conductance += gCell;
                    variance += sigma * gCell * sigma * gCell;
                }
                double current = readVoltageV * (conductance + Math.sqrt(variance) * gauss.sample());
                chargeC += current * senseNs * 1e-9;
                int code = (int) Math.max(0, Math.min(codes - 1, Math.floor((current - lowA) / (highA - lowA) * codes)));
                double centre = lowA + (code + 0.5) * (highA - lowA) / codes;
                into[g.string(seg, c)] = (int) Math.max(0, Math.min(g.segment(),
                        Math.round((centre - zeroA) / perCountA)));
            }
        }
    }

    /** @return the energy the read supply has given the columns so far, V_read·ΣI·t, in femtojoules */
    public double columnEnergyFj() {
        return readVoltageV * chargeC * 1e15;
    }
}
