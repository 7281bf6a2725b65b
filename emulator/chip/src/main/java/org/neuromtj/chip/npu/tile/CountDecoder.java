package org.neuromtj.chip.npu.tile;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps a TDC code back to the weight count of a string: the sum of the levels of its driven cells.
 * It inverts the nominal model the calibration fixed, R(d, k) = (segment − d)·R_bypass +
 * d·(R_T + R_AP) − k·ΔR, through the very quantiser of the converter (its present offset and gain),
 * choosing the count whose nominal code lies nearest. With ideal junctions every string reads exactly
 * its nominal code, so the count is exact; with variation and noise the count is off by what the
 * physics puts into the string.
 */
public final class CountDecoder {
    private final Tdc tdc;
    private final StringCharging charging;
    /** Decode tables, built on first use, per (offset, gain) trim and drive count: the hardware's LUT. */
    private final Map<Integer, int[][]> tables = new HashMap<>();
    private int lastKey;
    private int[][] lastTable;
    private final int segment;
    private final int topLevel;
    private final double bypassOhm;
    private final double drivenApOhm;
    private final double levelStepOhm;

    /**
     * @param tdc          the converters whose registers apply
     * @param charging     the strings' charging, for the nominal crossing times
     * @param segment      cells per string
     * @param topLevel     highest cell level
     * @param bypassOhm    nominal bypass resistance of an undriven cell
     * @param drivenApOhm  nominal R_T + R_AP of a driven cell at level 0
     * @param levelStepOhm nominal resistance step of one level
     */
    public CountDecoder(Tdc tdc, StringCharging charging, int segment, int topLevel, double bypassOhm, double drivenApOhm,
                        double levelStepOhm) {
        this.tdc = tdc;
        this.charging = charging;
        this.segment = segment;
        this.topLevel = topLevel;
        this.bypassOhm = bypassOhm;
        this.drivenApOhm = drivenApOhm;
        this.levelStepOhm = levelStepOhm;
    }

    /**
     * @param converter the converter
     * @param driven    driven rows of the string's segment
     * @param count     a weight count
     * @return the code an ideal string with that count reads
     */
    public int nominalCode(int converter, int driven, int count) {
        return tdc.code(converter, charging.crossing(nominalOhm(driven, count)));
    }

    /**
     * @param string the string
     * @param code   its code
     * @param driven driven rows of its segment
     * @return the count whose nominal code is nearest, in [0, driven·topLevel]
     */
    public int count(int string, int code, int driven) {
        return table(tdc.converterOf(string), driven)[code];
    }

    /**
     * Decodes consecutive strings of one segment, converter by converter, as the tile does after a read.
     *
     * @param codes  every string's code
     * @param first  the first string
     * @param n      how many strings
     * @param driven driven rows of their segment
     * @param into   where string {@code first + i}'s count goes, at index {@code i}
     */
    public void counts(int[] codes, int first, int n, int driven, int[] into) {
        int sharing = tdc.config().sharing();
        int end = first + n;
        for (int s = first, t = first / sharing; s < end; t++) {
            int[] table = table(t, driven);
            for (int stop = Math.min(end, (t + 1) * sharing); s < stop; s++) {
                into[s - first] = table[codes[s]];
            }
        }
    }

    /** The decode table of a converter's present trim for a number of driven rows, built on first use. */
    private int[] table(int t, int driven) {
        int key = tdc.offset(t) << 16 | tdc.gain(t);
        int[][] table = key == lastKey && lastTable != null ? lastTable
                : tables.computeIfAbsent(key, k -> new int[segment + 1][]);
        lastKey = key;
        lastTable = table;
        if (table[driven] == null) {
            int[] row = new int[tdc.config().maxCode() + 1];
            for (int c = 0; c < row.length; c++) {
                row[c] = nearest(t, c, driven);
            }
            table[driven] = row;
        }
        return table[driven];
    }

    /** The count whose nominal code is nearest, searched around the linear estimate. */
    private int nearest(int t, int code, int driven) {
        int max = driven * topLevel;
        int guess = (int) Math.max(0, Math.min(max, Math.round(estimateAt(t, code, driven))));
        int best = guess;
        int bestDistance = Math.abs(nominalCode(t, driven, guess) - code);
        for (int k = Math.max(0, guess - 1); k <= Math.min(max, guess + 1); k++) {
            int distance = Math.abs(nominalCode(t, driven, k) - code);
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * @param string the string
     * @param code   its code
     * @param driven driven rows of its segment
     * @return the count as a real number, from the linear inverse of the nominal model
     */
    public double estimate(int string, int code, int driven) {
        return estimateAt(tdc.converterOf(string), code, driven);
    }

    private double estimateAt(int t, int code, int driven) {
        // Undo the trim to the centre of the raw counts that give this code, then add half a TDC
        // period: the counter truncates the charging time, so it lies half a period above on average.
        double raw = tdc.offset(t) + (code + 0.5) * TdcConfig.UNITY_GAIN / tdc.gain(t) + 0.5;
        double zero = charging.periods(nominalOhm(driven, 0));
        double perCount = zero - charging.periods(nominalOhm(driven, 1));
        return (zero - raw) / perCount;
    }

    /** @return codes per unit of count, the decoder's resolution */
    public double codesPerCount() {
        double perCount = charging.periods(nominalOhm(1, 0)) - charging.periods(nominalOhm(1, 1));
        return perCount * tdc.gain(0) / TdcConfig.UNITY_GAIN;
    }

    private double nominalOhm(int driven, int count) {
        return (segment - driven) * bypassOhm + driven * drivenApOhm - count * levelStepOhm;
    }
}
