package org.neuromtj.cosim.tdc;

import java.util.List;
import org.neuromtj.cosim.Signal;

/** The ports of {@code rtl/tdc/tdc_bank.sv}, in packing order, and their word positions. */
public final class TdcPorts {
    /** Converters of one RTL bank. */
    public static final int CONVERTERS = 32;
    /** Width of the raw counters. */
    public static final int COUNT_BITS = 26;

    static final int RST = 0;
    static final int CFG_BITS = 1;
    static final int CAL_WE = 2;
    static final int CAL_GAIN = 3;
    static final int CAL_ADDR = 4;
    static final int CAL_DATA = 5;
    static final int START = 6;
    static final int SEL = 7;
    static final int ENABLE = 8;
    static final int FIRE = 9;
    static final int RD_ADDR = 10;
    static final int PROBE_COUNT = 11;

    static final int ACTIVE = 0;
    static final int BUSY = 1;
    static final int MUX = 2;
    static final int RD_CODE = 3;
    static final int RD_SATURATED = 4;
    static final int RD_COUNT = 5;
    static final int RD_OFFSET = 6;
    static final int RD_GAIN = 7;
    static final int PROBE_CODE = 8;

    /** The inputs. */
    public static final List<Signal> INPUTS = List.of(new Signal("rst", 1), new Signal("cfg_bits", 5),
            new Signal("cal_we", 1), new Signal("cal_gain", 1), new Signal("cal_addr", 5), new Signal("cal_data", 16),
            new Signal("start", 1), new Signal("sel", 12), new Signal("enable", CONVERTERS),
            new Signal("fire", CONVERTERS), new Signal("rd_addr", 5), new Signal("probe_count", COUNT_BITS));

    /** The outputs. */
    public static final List<Signal> OUTPUTS = List.of(new Signal("active", CONVERTERS), new Signal("busy", 1),
            new Signal("mux", 12), new Signal("rd_code", 16), new Signal("rd_saturated", 1),
            new Signal("rd_count", COUNT_BITS), new Signal("rd_offset", 16), new Signal("rd_gain", 16),
            new Signal("probe_code", 16));

    private TdcPorts() {
    }
}
