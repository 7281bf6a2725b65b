package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import org.neuromtj.chip.ledger.ReadPath;

/**
 * The analog half of a conversion: a string charges through its resistance and its comparator fires
 * after t = R·C·ln(1/(1 − V_th/V)), with C the string's capacitance. What reaches the digital TDC is
 * only the TDC clock period in which that happened.
 */
public final class StringCharging {
    private final double periodsPerOhm;

    /**
     * @param path    the read path: capacitance per cell, threshold and TDC clock
     * @param segment cells per string
     */
    public StringCharging(ReadPath path, int segment) {
        double capacitanceFf = segment * path.capacitancePerCellFf();
        this.periodsPerOhm = capacitanceFf * 1e-3 * path.chargingFactor() / path.tdcLsbPs();
    }

    /**
     * @param resistanceOhm a string's resistance
     * @return its charging time in TDC clock periods
     */
    public double periods(double resistanceOhm) {
        return resistanceOhm * periodsPerOhm;
    }

    /**
     * @param resistanceOhm a string's resistance
     * @return the TDC clock period in which its comparator fires
     */
    public long crossing(double resistanceOhm) {
        return (long) Math.floor(periods(resistanceOhm));
    }

    /**
     * @param read a crossbar read
     * @param into where each string's crossing period goes; strings of segments not read never fire (−1)
     * @return {@code into}
     */
    public long[] crossings(StringRead read, long[] into) {
        double[] r = read.resistanceOhm();
        int[] driven = read.drivenRows();
        int columns = r.length / driven.length;
        for (int seg = 0, s = 0; seg < driven.length; seg++) {
            if (driven[seg] == 0) {
                Arrays.fill(into, s, s + columns, -1);
                s += columns;
                continue;
            }
            for (int end = s + columns; s < end; s++) {
                into[s] = crossing(r[s]);
            }
        }
        return into;
    }
}
