package org.neuromtj.emulator.npu.tile;

import java.util.Arrays;
import org.neuromtj.emulator.ledger.Action;
import org.neuromtj.emulator.ledger.Ledger;
import org.neuromtj.emulator.ledger.ReadPath;

/**
 * The time-to-digital converters of a tile. A string is charged through its resistance; the time
 * until its comparator fires, t = R·C·ln(1/(1 − V_th/V)), is counted in periods of the TDC clock. The
 * raw count is trimmed by the TDC's offset and gain registers, code = ((raw − offset)·gain) >> 8, and
 * clamped to the code's width; a conversion stops counting once its code is at full scale.
 *
 * <p>Each TDC serves {@code sharing} neighbouring strings of a segment one after another, so a read
 * takes, per TDC, the sum of its strings' conversion times; the read ends when the busiest TDC does.
 */
public final class Tdc {
    private final TdcConfig config;
    private final ReadPath path;
    private final double capacitanceFf;
    private final double cyclePs;
    private final Ledger ledger;
    private final int[] offset;
    private final int[] gain;

    /**
     * @param config   width and sharing
     * @param path     the read path: capacitance, threshold, TDC clock
     * @param geometry the crossbar it converts
     * @param npuHz    the NPU clock, in which latency is counted
     * @param ledger   where conversions are counted
     */
    public Tdc(TdcConfig config, ReadPath path, CrossbarGeometry geometry, long npuHz, Ledger ledger) {
        this.config = config;
        this.path = path;
        this.capacitanceFf = geometry.segment() * path.capacitancePerCellFf();
        this.cyclePs = 1e12 / npuHz;
        this.ledger = ledger;
        int converters = (geometry.strings() + config.sharing() - 1) / config.sharing();
        this.offset = new int[converters];
        this.gain = new int[converters];
        reset();
    }

    /** Clears every offset and sets every gain to unity. */
    public void reset() {
        Arrays.fill(offset, 0);
        Arrays.fill(gain, TdcConfig.UNITY_GAIN);
    }

    /** @return the configuration */
    public TdcConfig config() {
        return config;
    }

    /** @return how many converters there are */
    public int converters() {
        return offset.length;
    }

    /** @return the converter that serves a string */
    public int converterOf(int string) {
        return string / config.sharing();
    }

    /** @return a converter's offset register */
    public int offset(int converter) {
        return offset[converter];
    }

    /** @return a converter's gain register, unity = 256 */
    public int gain(int converter) {
        return gain[converter];
    }

    /**
     * @param converter the converter
     * @param value     raw counts subtracted before the gain, 0 to 65535
     */
    public void setOffset(int converter, int value) {
        offset[converter] = value & 0xFFFF;
    }

    /**
     * @param converter the converter
     * @param value     gain in 1/256ths, 1 to 65535 (0 reads as 1)
     */
    public void setGain(int converter, int value) {
        gain[converter] = Math.max(1, value & 0xFFFF);
    }

    /**
     * @param resistanceOhm a string's resistance
     * @return the TDC clock periods until the comparator fires
     */
    public long rawCount(double resistanceOhm) {
        return (long) Math.floor(chargingPeriods(resistanceOhm));
    }

    /**
     * @param resistanceOhm a string's resistance
     * @return its charging time in TDC clock periods, before the counter quantises it
     */
    public double chargingPeriods(double resistanceOhm) {
        return resistanceOhm * capacitanceFf * 1e-3 * path.chargingFactor() / path.tdcLsbPs();
    }

    /**
     * @param converter the converter whose registers apply
     * @param raw       a raw count
     * @return the trimmed, clamped code
     */
    public int code(int converter, long raw) {
        long v = ((raw - offset[converter]) * gain[converter]) >> TdcConfig.GAIN_FRACTION_BITS;
        return (int) Math.max(0, Math.min(config.maxCode(), v));
    }

    /**
     * Converts the strings of every segment that was read.
     *
     * @param read the crossbar read
     * @return the codes and the read's latency
     */
    public Conversion convert(StringRead read) {
        double[] r = read.resistanceOhm();
        int strings = r.length;
        int columns = strings / read.drivenRows().length;
        int[] codes = new int[strings];
        boolean[] saturated = new boolean[strings];
        long[] busyPs = new long[offset.length];
        long counted = 0;
        long conversions = 0;
        for (int s = 0; s < strings; s++) {
            if (read.drivenRows()[s / columns] == 0) {
                continue;
            }
            int t = converterOf(s);
            long raw = rawCount(r[s]);
            // Counting stops at full scale: the counter never runs past the code's saturation point.
            long fullScale = offset[t] + (((long) config.maxCode() + 1) << TdcConfig.GAIN_FRACTION_BITS) / gain[t];
            long counts = Math.min(raw, fullScale);
            int code = code(t, raw);
            codes[s] = code;
            saturated[s] = code == config.maxCode() || code == 0;
            busyPs[t] += (long) Math.ceil((counts + 1) * path.tdcLsbPs());
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
        return new Conversion(codes, saturated, read.drivenRows(), cycles);
    }
}
