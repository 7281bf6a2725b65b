package org.neuromtj.cosim.tdc;

import static org.neuromtj.cosim.tdc.TdcPorts.*;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.tile.Conversion;
import org.neuromtj.chip.npu.tile.Tdc;
import org.neuromtj.chip.npu.tile.TdcConfig;
import org.neuromtj.chip.npu.tile.TdcTiming;
import org.neuromtj.cosim.RtlBlock;
import org.neuromtj.cosim.RtlException;

/**
 * A tile's TDCs from RTL, standing in for {@link org.neuromtj.chip.npu.tile.TdcModel}: as many
 * {@value TdcPorts#CONVERTERS}-converter banks as the tile needs. A read runs one round per string of
 * a converter's group, as the tile's read controller would: the round is started, every comparator is
 * driven high from its crossing on, the banks count until busy falls, and the read port gives each
 * converter's code and raw count. Latency and ledger counts come from those raw counts through the
 * same {@link TdcTiming} the model uses.
 *
 * <p>The calibration registers are read back from the RTL after every write and kept, because the
 * decoder consults them for every string it decodes.
 */
public final class RtlTdc implements Tdc, AutoCloseable {
    /** Cycles per foreign call while a round counts. */
    private static final int ROUND_CHUNK = 4096;

    private final TdcTiming timing;
    private final int strings;
    private final int converters;
    private final Ledger ledger;
    private final RtlBlock[] banks;
    private final int[] offset;
    private final int[] gain;
    private final int[] one = new int[INPUTS.size()];
    private final int[] oneOut = new int[OUTPUTS.size()];
    private int[] stimulus = new int[ROUND_CHUNK * INPUTS.size()];
    private int[] response = new int[ROUND_CHUNK * OUTPUTS.size()];

    /**
     * @param strings strings of the crossbar
     * @param timing  width, sharing and clocks
     * @param ledger  where conversions are counted
     */
    public RtlTdc(int strings, TdcTiming timing, Ledger ledger) {
        this.timing = timing;
        this.strings = strings;
        this.ledger = ledger;
        this.converters = (strings + timing.config().sharing() - 1) / timing.config().sharing();
        this.offset = new int[converters];
        this.gain = new int[converters];
        this.banks = new RtlBlock[(converters + CONVERTERS - 1) / CONVERTERS];
        try {
            for (int b = 0; b < banks.length; b++) {
                banks[b] = RtlBlock.open("tdc", INPUTS, OUTPUTS);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        reset();
    }

    @Override
    public TdcConfig config() {
        return timing.config();
    }

    @Override
    public int converters() {
        return converters;
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
        write(converter, false, value);
    }

    @Override
    public void setGain(int converter, int value) {
        write(converter, true, value);
    }

    @Override
    public void reset() {
        Arrays.fill(one, 0);
        one[RST] = 1;
        one[CFG_BITS] = timing.config().bits();
        for (RtlBlock bank : banks) {
            bank.run(1, one, oneOut);
        }
        for (int t = 0; t < converters; t++) {
            readBack(t);
        }
    }

    @Override
    public int code(int converter, long crossing) {
        Arrays.fill(one, 0);
        one[CFG_BITS] = timing.config().bits();
        one[RD_ADDR] = converter % CONVERTERS;
        one[PROBE_COUNT] = (int) Math.max(0, Math.min((1L << COUNT_BITS) - 1, crossing));
        banks[converter / CONVERTERS].run(1, one, oneOut);
        return oneOut[PROBE_CODE];
    }

    @Override
    public Conversion convert(long[] crossings, int[] drivenRows) {
        int sharing = timing.config().sharing();
        int[] codes = new int[crossings.length];
        long[] counts = new long[crossings.length];
        Arrays.fill(counts, -1);
        for (int round = 0; round < sharing; round++) {
            for (int b = 0; b < banks.length; b++) {
                convertRound(b, round, crossings, codes, counts);
            }
        }
        return timing.conversion(codes, counts, drivenRows, new boolean[codes.length], ledger);
    }

    /** One round on one bank: string {@code round} of each of its converters' groups. */
    private void convertRound(int bank, int round, long[] crossings, int[] codes, long[] counts) {
        int sharing = timing.config().sharing();
        int enable = 0;
        long longest = 0;
        for (int k = 0; k < CONVERTERS; k++) {
            int s = (bank * CONVERTERS + k) * sharing + round;
            if (s < strings && crossings[s] >= 0) {
                enable |= 1 << k;
                longest = Math.max(longest, crossings[s]);
            }
        }
        if (enable == 0) {
            return;
        }
        int ni = INPUTS.size();
        int no = OUTPUTS.size();
        long elapsed = 0;
        boolean busy = true;
        while (busy) {
            int n = (int) Math.min(ROUND_CHUNK, Math.max(2, longest + 2 - elapsed));
            for (int c = 0; c < n; c++, elapsed++) {
                int i = c * ni;
                Arrays.fill(stimulus, i, i + ni, 0);
                stimulus[i + CFG_BITS] = timing.config().bits();
                if (elapsed == 0) {
                    stimulus[i + START] = 1;
                    stimulus[i + SEL] = round;
                    stimulus[i + ENABLE] = enable;
                } else {
                    stimulus[i + FIRE] = comparators(bank, round, crossings, elapsed - 1);
                }
            }
            banks[bank].run(n, stimulus, response);
            busy = response[(n - 1) * no + BUSY] != 0;
        }
        if (response[MUX] != round) {
            throw new RtlException("block tdc: mux select " + response[MUX] + " after starting round " + round);
        }
        int readout = Integer.SIZE - Integer.numberOfLeadingZeros(enable);
        for (int k = 0; k < readout; k++) {
            int i = k * ni;
            Arrays.fill(stimulus, i, i + ni, 0);
            stimulus[i + CFG_BITS] = timing.config().bits();
            stimulus[i + RD_ADDR] = k;
        }
        banks[bank].run(readout, stimulus, response);
        for (int k = 0; k < readout; k++) {
            if ((enable >>> k & 1) != 0) {
                int s = (bank * CONVERTERS + k) * sharing + round;
                codes[s] = response[k * no + RD_CODE];
                counts[s] = response[k * no + RD_COUNT];
            }
        }
    }

    /** The comparators of a round's strings: each high from its crossing on. */
    private int comparators(int bank, int round, long[] crossings, long count) {
        int sharing = timing.config().sharing();
        int levels = 0;
        for (int k = 0; k < CONVERTERS; k++) {
            int s = (bank * CONVERTERS + k) * sharing + round;
            if (s < strings && crossings[s] >= 0 && count >= crossings[s]) {
                levels |= 1 << k;
            }
        }
        return levels;
    }

    private void write(int converter, boolean isGain, int value) {
        Arrays.fill(one, 0);
        one[CFG_BITS] = timing.config().bits();
        one[CAL_WE] = 1;
        one[CAL_GAIN] = isGain ? 1 : 0;
        one[CAL_ADDR] = converter % CONVERTERS;
        one[CAL_DATA] = value & 0xFFFF;
        banks[converter / CONVERTERS].run(1, one, oneOut);
        readBack(converter);
    }

    private void readBack(int converter) {
        Arrays.fill(one, 0);
        one[CFG_BITS] = timing.config().bits();
        one[RD_ADDR] = converter % CONVERTERS;
        banks[converter / CONVERTERS].run(1, one, oneOut);
        offset[converter] = oneOut[RD_OFFSET];
        gain[converter] = oneOut[RD_GAIN];
    }

    @Override
    public void close() {
        for (RtlBlock bank : banks) {
            if (bank != null) {
                bank.close();
            }
        }
    }
}
