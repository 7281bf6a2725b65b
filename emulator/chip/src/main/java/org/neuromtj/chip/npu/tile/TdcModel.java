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
    /** The raw counts of the conversion being made, rewritten by each. */
    private long[] counts = new long[0];

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

    @Override
    public Conversion convert(long[] crossings, int[] drivenRows) {
        int[] codes = new int[crossings.length];
        if (counts.length != crossings.length) {
            counts = new long[crossings.length];
        }
        long[] counts = this.counts;
        int sharing = config.sharing();
        int columns = crossings.length / drivenRows.length;
        for (int seg = 0, s = 0; seg < drivenRows.length; seg++) {
            int end = s + columns;
            if (drivenRows[seg] == 0) {
                Arrays.fill(counts, s, end, -1);
                s = end;
                continue;
            }
            // String s is served by converter s / sharing: walk the segment's strings converter by converter.
            for (int t = s / sharing; s < end; t++) {
                for (int stop = Math.min(end, (t + 1) * sharing); s < stop; s++) {
                    long c = crossings[s];
                    if (c < 0) {
                        counts[s] = -1;
                        continue;
                    }
                    counts[s] = Math.min(c, fullScale[t]);
                    codes[s] = code(t, c);
                }
            }
        }
        return timing.conversion(codes, counts, drivenRows, ledger);
    }
}
