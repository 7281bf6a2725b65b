package org.neuromtj.emulator.npu.tile;

import java.util.Arrays;
import org.neuromtj.emulator.ledger.Action;
import org.neuromtj.emulator.ledger.Ledger;

/**
 * The Java model of a tile's TDCs. A converter counts TDC clock periods from the start of charging until
 * its string's comparator fires; the raw count is trimmed by the converter's offset and gain registers,
 * code = ((raw − offset)·gain) >> 8, and clamped to the code's width; a conversion stops counting once
 * its code is at full scale.
 *
 * <p>Each converter serves {@code sharing} neighbouring strings of a segment one after another, so a
 * read takes, per converter, the sum of its strings' conversion times; the read ends when the busiest
 * converter does.
 */
public final class TdcModel implements Tdc {
    private final TdcConfig config;
    private final double lsbPs;
    private final double cyclePs;
    private final Ledger ledger;
    private final int[] offset;
    private final int[] gain;

    /**
     * @param config  width and sharing
     * @param strings strings of the crossbar
     * @param lsbPs   period of the TDC clock
     * @param npuHz   the NPU clock, in which latency is counted
     * @param ledger  where conversions are counted
     */
    public TdcModel(TdcConfig config, int strings, double lsbPs, long npuHz, Ledger ledger) {
        this.config = config;
        this.lsbPs = lsbPs;
        this.cyclePs = 1e12 / npuHz;
        this.ledger = ledger;
        int converters = (strings + config.sharing() - 1) / config.sharing();
        this.offset = new int[converters];
        this.gain = new int[converters];
        reset();
    }

    @Override
    public void reset() {
        Arrays.fill(offset, 0);
        Arrays.fill(gain, TdcConfig.UNITY_GAIN);
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
    public int converterOf(int string) {
        return string / config.sharing();
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
    }

    @Override
    public void setGain(int converter, int value) {
        gain[converter] = Math.max(1, value & 0xFFFF);
    }

    @Override
    public int code(int converter, long crossing) {
        long v = ((crossing - offset[converter]) * gain[converter]) >> TdcConfig.GAIN_FRACTION_BITS;
        return (int) Math.max(0, Math.min(config.maxCode(), v));
    }

    @Override
    public Conversion convert(long[] crossings, int[] drivenRows) {
        int strings = crossings.length;
        int[] codes = new int[strings];
        boolean[] saturated = new boolean[strings];
        long[] busyPs = new long[offset.length];
        long counted = 0;
        long conversions = 0;
        for (int s = 0; s < strings; s++) {
            if (crossings[s] < 0) {
                continue;
            }
            int t = converterOf(s);
            // Counting stops at full scale: the counter never runs past the code's saturation point.
            long fullScale = offset[t] + (((long) config.maxCode() + 1) << TdcConfig.GAIN_FRACTION_BITS) / gain[t];
            long counts = Math.min(crossings[s], fullScale);
            int code = code(t, crossings[s]);
            codes[s] = code;
            saturated[s] = code == config.maxCode() || code == 0;
            busyPs[t] += (long) Math.ceil((counts + 1) * lsbPs);
            counted += counts;
            conversions++;
        }
        long longestPs = 0;
        for (long b : busyPs) {
            longestPs = Math.max(longestPs, b);
        }
        ledger.add(Action.TDC_CONVERSION, conversions);
        ledger.add(Action.TDC_COUNT, counted);
        long cycles = conversions == 0 ? 0 : (long) Math.ceil(longestPs / cyclePs);
        return new Conversion(codes, saturated, drivenRows.clone(), cycles);
    }
}
