package org.neuromtj.cosim.sot;

import java.util.List;
import org.neuromtj.cosim.Signal;

/** The ports of {@code rtl/sot/sot_write_ctrl.sv}, in packing order, and their word positions. */
public final class SotPorts {
    /** Columns of one RTL bank. */
    public static final int COLUMNS = 16;
    /** Bits per level in the target and sensed words. */
    public static final int LEVEL_BITS = 8;
    /** Levels per 32-bit word. */
    public static final int PER_WORD = 32 / LEVEL_BITS;

    static final int RST = 0;
    static final int CFG_VERIFY = 1;
    static final int CFG_MAX_RETRIES = 2;
    static final int CFG_PULSE_CYCLES = 3;
    static final int CFG_TOP_LEVEL = 4;
    static final int START = 5;
    static final int ENABLE = 6;
    static final int TARGET = 7;
    static final int SENSE_VALID = 11;
    static final int SENSED = 12;

    static final int SENSE_REQ = 0;
    static final int SENSE_MASK = 1;
    static final int PULSE_START = 2;
    static final int PULSE_EN = 3;
    static final int PULSE_DIR = 4;
    static final int BUSY = 5;
    static final int DONE = 6;
    static final int FAILED = 7;
    static final int RETRIES = 8;
    static final int CYCLES = 9;

    /** The inputs. */
    public static final List<Signal> INPUTS = List.of(new Signal("rst", 1), new Signal("cfg_verify", 1),
            new Signal("cfg_max_retries", 10), new Signal("cfg_pulse_cycles", 20), new Signal("cfg_top_level", 6),
            new Signal("start", 1), new Signal("enable", COLUMNS), new Signal("target0", 32),
            new Signal("target1", 32), new Signal("target2", 32), new Signal("target3", 32),
            new Signal("sense_valid", 1), new Signal("sensed0", 32), new Signal("sensed1", 32),
            new Signal("sensed2", 32), new Signal("sensed3", 32));

    /** The outputs. */
    public static final List<Signal> OUTPUTS = List.of(new Signal("sense_req", 1), new Signal("sense_mask", COLUMNS),
            new Signal("pulse_start", COLUMNS), new Signal("pulse_en", COLUMNS), new Signal("pulse_dir", COLUMNS),
            new Signal("busy", 1), new Signal("done", 1), new Signal("failed", COLUMNS), new Signal("retries", 16),
            new Signal("cycles", 32));

    private SotPorts() {
    }

    /** @return column {@code c}'s level from the four words starting at {@code words[i + first]} */
    public static int level(int[] words, int i, int first, int c) {
        return words[i + first + c / PER_WORD] >>> (c % PER_WORD * LEVEL_BITS) & ((1 << LEVEL_BITS) - 1);
    }

    /** Packs {@code levels[from..from+COLUMNS)} (missing ones as 0) into the four words at {@code words[i + first]}. */
    public static void pack(int[] levels, int from, int[] words, int i, int first) {
        for (int w = 0; w < COLUMNS / PER_WORD; w++) {
            words[i + first + w] = 0;
        }
        for (int c = 0; c < COLUMNS && from + c < levels.length; c++) {
            words[i + first + c / PER_WORD] |= (levels[from + c] & ((1 << LEVEL_BITS) - 1)) << (c % PER_WORD * LEVEL_BITS);
        }
    }
}
