package org.neuromtj.cosim.sot;

import static org.neuromtj.cosim.sot.SotPorts.*;

import org.neuromtj.chip.npu.tile.WriteSequencer;
import org.neuromtj.cosim.CycleModel;

/**
 * The write-driver controller's cycle behaviour, built on the emulator's {@link WriteSequencer}: every
 * choice of which column to pulse, toward where, what counts as a retry and when a column gives up is
 * the sequencer's, so what is checked against the RTL is the policy the chip runs. Around it, what the
 * RTL adds: a command taken at start, pulses that last their cycles, a read that waits for its answer,
 * and the busy-cycle counter.
 */
public final class SotCycleModel extends CycleModel {
    private enum State { IDLE, READ, PULSE }

    private State state = State.IDLE;
    private WriteSequencer sequencer;
    private boolean verify;
    private long pulseCycles;
    private long left;
    private int senseReq;
    private int senseMask;
    private int pulseStart;
    private int pulseEn;
    private int pulseDir;
    private int done;
    private int failed;
    private int retries;
    private int cycles;

    /** A controller that is idle until its first command. */
    public SotCycleModel() {
        super(INPUTS, OUTPUTS);
    }

    @Override
    protected void edge(int[] in, int i, int[] out, int o) {
        pulseStart = 0;
        done = 0;
        if (in[i + RST] != 0) {
            state = State.IDLE;
            senseReq = 0;
            senseMask = 0;
            pulseEn = 0;
            pulseDir = 0;
            failed = 0;
            retries = 0;
            cycles = 0;
        } else {
            if (state != State.IDLE) {
                cycles++;
            }
            switch (state) {
                case IDLE -> {
                    if (in[i + START] != 0) {
                        start(in, i);
                    }
                }
                case READ -> {
                    if (in[i + SENSE_VALID] != 0) {
                        for (int c = 0; c < COLUMNS; c++) {
                            if ((senseMask >>> c & 1) != 0) {
                                sequencer.sensed(c, level(in, i, SENSED, c));
                            }
                        }
                        senseReq = 0;
                        senseMask = 0;
                        if (!pulse()) {
                            finish();
                        }
                    }
                }
                case PULSE -> {
                    if (left != 1) {
                        left--;
                    } else if (verify) {
                        state = State.READ;
                        senseReq = 1;
                        senseMask = pulseEn;
                        pulseEn = 0;
                    } else if (!pulse()) {
                        pulseEn = 0;
                        finish();
                    }
                }
            }
        }
        out[o + SENSE_REQ] = senseReq;
        out[o + SENSE_MASK] = senseMask;
        out[o + PULSE_START] = pulseStart;
        out[o + PULSE_EN] = pulseEn;
        out[o + PULSE_DIR] = pulseDir;
        out[o + BUSY] = state != State.IDLE ? 1 : 0;
        out[o + DONE] = done;
        out[o + FAILED] = failed;
        out[o + RETRIES] = retries;
        out[o + CYCLES] = cycles;
    }

    private void start(int[] in, int i) {
        verify = in[i + CFG_VERIFY] != 0;
        pulseCycles = in[i + CFG_PULSE_CYCLES];
        int[] target = new int[COLUMNS];
        boolean[] enabled = new boolean[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            target[c] = level(in, i, TARGET, c);
            enabled[c] = (in[i + ENABLE] >>> c & 1) != 0;
        }
        sequencer = new WriteSequencer(verify, in[i + CFG_MAX_RETRIES], pulseCycles, in[i + CFG_TOP_LEVEL], target,
                enabled);
        failed = 0;
        cycles = 0;
        if (verify) {
            state = State.READ;
            senseReq = 1;
            senseMask = in[i + ENABLE];
        } else if (!pulse()) {
            state = State.IDLE;
            done = 1;
            retries = 0;
        }
    }

    /** Starts the next round's pulses, if the sequencer wants one. */
    private boolean pulse() {
        if (!sequencer.nextRound()) {
            return false;
        }
        int mask = 0;
        int dir = 0;
        for (int c = 0; c < COLUMNS; c++) {
            mask |= sequencer.pulses(c) ? 1 << c : 0;
            dir |= sequencer.up(c) ? 1 << c : 0;
        }
        state = State.PULSE;
        left = pulseCycles;
        pulseEn = mask;
        pulseStart = mask;
        pulseDir = dir;
        return true;
    }

    private void finish() {
        state = State.IDLE;
        done = 1;
        failed = 0;
        for (int c = 0; c < COLUMNS; c++) {
            failed |= sequencer.failed(c) ? 1 << c : 0;
        }
        retries = sequencer.retries();
    }
}
