package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Ledger;

/**
 * The Java model of a tile's TDCs. A converter counts TDC clock periods from the start of charging until
 * its string's comparator fires; the raw count is trimmed by the converter's offset and gain registers,
 * code = ((raw − offset)·gain) >> 8, and clamped to the code's width; a conversion stops counting once
 * its code is at full scale.
 *
 * <p>Each converter serves {@code sharing} neighbouring strings of a segment one after another; the
 * converters share one mux select, so a read runs in rounds ({@link TdcTiming}).
 */
public final class TdcModel implements Tdc {
    private final TdcConfig config;
    private final TdcTiming timing;
    private final Ledger ledger;
    private final int[] offset;
    private final int[] gain;
    /** Each converter's full-scale count, kept with its registers so that a conversion divides nothing. */
    private final long[] fullScale;
    /** The codes, raw counts and saturation of the conversion being made, rewritten by each. */
    private int[] codes = new int[0];
    private long[] counts = new long[0];
    private boolean[] saturated = new boolean[0];
    /** Each string's converter, so that a conversion divides nothing. */
    private int[] converterOf = new int[0];

    /**
     * @param timing  width, sharing and clocks
     * @param strings strings of the crossbar
     * @param ledger  where conversions are counted
     */
    public TdcModel(TdcTiming timing, int strings, Ledger ledger) {
        TdcConfig config = timing.config();
        this.config = config;
        this.timing = timing;
        this.ledger = ledger;
        int converters = (strings + config.sharing() - 1) / config.sharing();
        this.offset = new int[converters];
        this.gain = new int[converters];
        this.fullScale = new long[converters];
        reset();
    }

    @Override
    public void reset() {
        Arrays.fill(offset, 0);
        Arrays.fill(gain, TdcConfig.UNITY_GAIN);
        for (int c = 0; c < fullScale.length; c++) {
            trim(c);
        }
    }

    private void trim(int converter) {
        fullScale[converter] = offset[converter]
                + (((long) config.maxCode() + 1) << TdcConfig.GAIN_FRACTION_BITS) / gain[converter];
    }

    @Override
    public TdcConfig config() {
        return config;
    }

    @Override
    public int converters() {
        return offset.length;
    }

    @Override
    public int offset(int converter) {
        return offset[converter];
    }

    @Override
    public int gain(int converter) {
        return gain[converter];
    }

    @Override
    public void setOffset(int converter, int value) {
        offset[converter] = value & 0xFFFF;
        trim(converter);
    }

    @Override
    public void setGain(int converter, int value) {
        gain[converter] = Math.max(1, value & 0xFFFF);
        trim(converter);
    }

    @Override
    public int code(int converter, long crossing) {
        long v = ((crossing - offset[converter]) * gain[converter]) >> TdcConfig.GAIN_FRACTION_BITS;
        return (int) Math.max(0, Math.min(config.maxCode(), v));
    }

    /**
     * @param converter the converter
     * @return the count at which it stops: the last whose code has not yet reached past full scale
     */
    public long fullScale(int converter) {
        return fullScale[converter];
    }

    /**
     * {@inheritDoc}
     *
     * <p>The conversion's arrays are this model's own and are rewritten by its next conversion.
     */
    @Override
    public Conversion convert(long[] crossings, int[] drivenRows) {
        int n = crossings.length;
        if (codes.length != n) {
            codes = new int[n];
            counts = new long[n];
            saturated = new boolean[n];
            converterOf = new int[n];
            for (int s = 0; s < n; s++) {
                converterOf[s] = converterOf(s);
            }
        }
        int[] codes = this.codes;
        long[] counts = this.counts;
        int[] converterOf = this.converterOf;
        int columns = n / drivenRows.length;
        for (int seg = 0; seg < drivenRows.length; seg++) {
            int s = seg * columns;
            int end = s + columns;
            if (drivenRows[seg] == 0) {
                Arrays.fill(codes, s, end, 0);
                Arrays.fill(counts, s, end, -1);
                continue;
            }
            for (; s < end; s++) {
                long c = crossings[s];
                if (c < 0) {
                    codes[s] = 0;
                    counts[s] = -1;
                    continue;
                }
                int t = converterOf[s];
                counts[s] = Math.min(c, fullScale[t]);
                codes[s] = code(t, c);
            }
        }
        return timing.conversion(codes, counts, drivenRows, saturated, ledger);
    }
}
