package org.neuromtj.cosim.tdc;

import static org.neuromtj.cosim.tdc.TdcPorts.*;

import java.util.Arrays;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.tile.TdcConfig;
import org.neuromtj.chip.npu.tile.TdcModel;
import org.neuromtj.chip.npu.tile.TdcTiming;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.cosim.CycleModel;

/**
 * A TDC bank's cycle behaviour, built on the emulator's {@link TdcModel}: its registers hold the
 * calibration, its {@link TdcModel#code} trims every captured count and {@link TdcModel#fullScale} says
 * where counting stops, so what is checked against the RTL is the arithmetic the chip runs. Around it,
 * what the RTL adds: counters that advance one per TDC period, capture when a comparator is high, one
 * mux select per round, and the read port.
 */
public final class TdcCycleModel extends CycleModel {
    private TdcModel tdc;
    private final boolean[] active = new boolean[CONVERTERS];
    private final int[] count = new int[CONVERTERS];
    private final int[] captured = new int[CONVERTERS];
    private final int[] code = new int[CONVERTERS];
    private int mux;

    /** A bank that holds nothing until its first reset. */
    public TdcCycleModel() {
        super(INPUTS, OUTPUTS);
    }

    @Override
    protected void edge(int[] in, int i, int[] out, int o) {
        if (in[i + RST] != 0) {
            TdcConfig config = new TdcConfig(in[i + CFG_BITS], 1);
            tdc = new TdcModel(new TdcTiming(config, 1, ClockDomain.npu(1)), CONVERTERS, new Ledger());
            Arrays.fill(active, false);
            Arrays.fill(count, 0);
            Arrays.fill(captured, 0);
            Arrays.fill(code, 0);
            mux = 0;
        } else {
            clock(in, i);
        }
        respond(in, i, out, o);
    }

    private void clock(int[] in, int i) {
        int maxCode = tdc.config().maxCode();
        for (int t = 0; t < CONVERTERS; t++) {
            if (in[i + START] != 0) {
                active[t] = (in[i + ENABLE] >>> t & 1) != 0;
                count[t] = 0;
            } else if (active[t]) {
                if ((in[i + FIRE] >>> t & 1) != 0) {
                    active[t] = false;
                    captured[t] = count[t];
                    code[t] = tdc.code(t, count[t]);
                } else if (count[t] >= tdc.fullScale(t)) {
                    active[t] = false;
                    captured[t] = count[t];
                    code[t] = maxCode;
                } else {
                    count[t]++;
                }
            }
        }
        if (in[i + START] != 0) {
            mux = in[i + SEL];
        }
        if (in[i + CAL_WE] != 0) {
            if (in[i + CAL_GAIN] != 0) {
                tdc.setGain(in[i + CAL_ADDR], in[i + CAL_DATA]);
            } else {
                tdc.setOffset(in[i + CAL_ADDR], in[i + CAL_DATA]);
            }
        }
    }

    private void respond(int[] in, int i, int[] out, int o) {
        int mask = 0;
        for (int t = 0; t < CONVERTERS; t++) {
            mask |= active[t] ? 1 << t : 0;
        }
        int rd = in[i + RD_ADDR];
        out[o + ACTIVE] = mask;
        out[o + BUSY] = mask != 0 ? 1 : 0;
        out[o + MUX] = mux;
        out[o + RD_CODE] = code[rd];
        out[o + RD_SATURATED] = code[rd] == 0 || code[rd] == tdc.config().maxCode() ? 1 : 0;
        out[o + RD_COUNT] = captured[rd];
        out[o + RD_OFFSET] = tdc.offset(rd);
        out[o + RD_GAIN] = tdc.gain(rd);
        out[o + PROBE_CODE] = tdc.code(rd, in[i + PROBE_COUNT]);
    }
}
