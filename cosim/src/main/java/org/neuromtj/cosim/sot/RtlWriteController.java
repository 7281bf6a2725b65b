package org.neuromtj.cosim.sot;

import static org.neuromtj.cosim.sot.SotPorts.*;

import org.neuromtj.chip.npu.tile.WriteController;
import org.neuromtj.cosim.RtlBlock;
import org.neuromtj.cosim.RtlException;

/**
 * A tile's SOT write-driver controller from RTL, standing in for
 * {@link org.neuromtj.chip.npu.tile.WriteSequencer}: as many {@value SotPorts#COLUMNS}-column
 * controllers as the crossbar has columns, driven round by round. Each round is one foreign call per
 * bank: the verify reads the driver made go in with sense_valid, and the controller runs the pulse it
 * then chose to its end; the pulses it asked for come back to the driver, which applies them to the
 * junctions. The verdict (failed columns, retries, busy cycles) is the RTL's.
 */
public final class RtlWriteController implements WriteController.Factory, AutoCloseable {
    private final int columns;
    private final RtlBlock[] banks;

    /** @param columns columns the driver programs in parallel */
    public RtlWriteController(int columns) {
        this.columns = columns;
        this.banks = new RtlBlock[(columns + COLUMNS - 1) / COLUMNS];
        try {
            for (int b = 0; b < banks.length; b++) {
                banks[b] = RtlBlock.open("write_driver", INPUTS, OUTPUTS);
                int[] reset = new int[INPUTS.size()];
                reset[RST] = 1;
                banks[b].run(1, reset, new int[OUTPUTS.size()]);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public WriteController begin(boolean verify, int maxRetries, long pulseCycles, int top, int[] target,
                                 boolean[] enabled) {
        if (target.length > columns) {
            throw new IllegalArgumentException(target.length + " columns for a controller of " + columns);
        }
        return new Command(verify, maxRetries, pulseCycles, top, target, enabled);
    }

    /** One programming command on every bank. */
    private final class Command implements WriteController {
        private final int[] cfg = new int[INPUTS.size()];
        private final int[] sensed;
        private final int[] last;
        private final boolean[] finished;
        private final int[] pulses;
        private final int[] up;
        private final boolean verify;
        private final int pulseCycles;
        private boolean started;
        private int[] stimulus = new int[0];
        private int[] response = new int[0];

        Command(boolean verify, int maxRetries, long pulseCycles, int top, int[] target, boolean[] enabled) {
            if (pulseCycles < 1 || pulseCycles >= 1 << 20) {
                throw new IllegalArgumentException("pulses of " + pulseCycles + " cycles: the RTL counts 1.."
                        + ((1 << 20) - 1));
            }
            this.verify = verify;
            this.pulseCycles = (int) pulseCycles;
            this.sensed = new int[banks.length * COLUMNS];
            this.last = new int[banks.length * OUTPUTS.size()];
            this.finished = new boolean[banks.length];
            this.pulses = new int[banks.length];
            this.up = new int[banks.length];
            cfg[CFG_VERIFY] = verify ? 1 : 0;
            cfg[CFG_MAX_RETRIES] = maxRetries;
            cfg[CFG_PULSE_CYCLES] = (int) pulseCycles;
            cfg[CFG_TOP_LEVEL] = top;
            int no = OUTPUTS.size();
            int[] one = cfg.clone();
            one[START] = 1;
            for (int b = 0; b < banks.length; b++) {
                int enable = 0;
                for (int c = 0; c < COLUMNS && b * COLUMNS + c < target.length; c++) {
                    enable |= enabled[b * COLUMNS + c] ? 1 << c : 0;
                }
                one[ENABLE] = enable;
                pack(target, b * COLUMNS, one, 0, TARGET);
                int[] out = new int[no];
                banks[b].run(1, one, out);
                System.arraycopy(out, 0, last, b * no, no);
                finished[b] = out[DONE] != 0;
            }
        }

        @Override
        public void sensed(int column, int level) {
            sensed[column] = level;
        }

        @Override
        public boolean nextRound() {
            int no = OUTPUTS.size();
            boolean any = false;
            for (int b = 0; b < banks.length; b++) {
                pulses[b] = 0;
                if (finished[b]) {
                    continue;
                }
                int at;
                if (verify) {
                    // The reads go in with the first edge; the pulse chosen there then runs to its end.
                    int n = 1 + pulseCycles;
                    drive(n);
                    stimulus[SENSE_VALID] = 1;
                    pack(sensed, b * COLUMNS, stimulus, 0, SENSED);
                    banks[b].run(n, stimulus, response);
                    at = 0;
                } else if (!started) {
                    // The first round's pulse began with the start edge.
                    drive(1);
                    System.arraycopy(last, b * no, response, 0, no);
                    at = 0;
                } else {
                    // The previous pulse runs to its end, where the next one begins.
                    drive(pulseCycles);
                    banks[b].run(pulseCycles, stimulus, response);
                    at = pulseCycles - 1;
                }
                pulses[b] = response[at * no + PULSE_START];
                up[b] = response[at * no + PULSE_DIR];
                int end = verify ? pulseCycles : at;
                System.arraycopy(response, end * no, last, b * no, no);
                finished[b] = pulses[b] == 0;
                if (finished[b] && response[at * no + DONE] == 0) {
                    throw new RtlException("block write_driver: neither a pulse nor done after a round");
                }
                any |= pulses[b] != 0;
            }
            started = true;
            return any;
        }

        /** Idle cycles with the command's cfg, into the stimulus buffer. */
        private void drive(int n) {
            int ni = INPUTS.size();
            if (stimulus.length < n * ni) {
                stimulus = new int[n * ni];
                response = new int[n * OUTPUTS.size()];
            }
            for (int c = 0; c < n; c++) {
                System.arraycopy(cfg, 0, stimulus, c * ni, ni);
            }
        }

        @Override
        public boolean pulses(int column) {
            return (pulses[column / COLUMNS] >>> (column % COLUMNS) & 1) != 0;
        }

        @Override
        public boolean up(int column) {
            return (up[column / COLUMNS] >>> (column % COLUMNS) & 1) != 0;
        }

        @Override
        public int retries() {
            int sum = 0;
            for (int b = 0; b < banks.length; b++) {
                sum += last[b * OUTPUTS.size() + RETRIES];
            }
            return sum;
        }

        @Override
        public boolean failed(int column) {
            return (last[column / COLUMNS * OUTPUTS.size() + FAILED] >>> (column % COLUMNS) & 1) != 0;
        }

        @Override
        public long cycles() {
            long max = 0;
            for (int b = 0; b < banks.length; b++) {
                max = Math.max(max, Integer.toUnsignedLong(last[b * OUTPUTS.size() + CYCLES]));
            }
            return max;
        }
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
