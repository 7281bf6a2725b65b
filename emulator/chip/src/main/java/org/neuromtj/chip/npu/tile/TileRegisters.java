package org.neuromtj.chip.npu.tile;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.learning.LearningConfig;
import org.neuromtj.chip.npu.learning.Plasticity;
import org.neuromtj.chip.npu.neuron.ThresholdRegister;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;
import org.neuromtj.isa.core.BusFault;

/**
 * The tiles' register block on the system bus, laid out by the register description: SELECT chooses
 * the tile every other register addresses; then its geometry,
 * write-driver policy, commands, status and counters, per-TDC offset and gain, and the weight window.
 * Registers take 32-bit accesses only; the weight window takes 1-, 2- or 4-byte accesses, one byte per
 * cell. Anything else, and any cell past the array, is a bus error the core sees as an access fault.
 */
public final class TileRegisters implements MmioDevice, Stateful {
    /** The registers that together select a tile's learning rule, kept per tile as written. */
    private static final List<Integer> LEARN_REGISTERS = List.of(NpuTile.LEARN_CTRL, NpuTile.LEARN_PULSE,
            NpuTile.LEARN_WIDTH_PS, NpuTile.LEARN_ROWS, NpuTile.MASK_MV);
    /** The bits of each learning register that hold state; the others read as zero. */
    private static final int[] LEARN_WRITABLE = {
        NpuTile.LEARN_CTRL_MODE | NpuTile.LEARN_CTRL_CAUSAL | NpuTile.LEARN_CTRL_ACAUSAL | NpuTile.LEARN_CTRL_WINDOW,
        -1, 0xFFFFF, -1, 0xFFFF};
    private final List<Tile> tiles;
    private final LongConsumer stall;
    private final WriteDriverConfig initialDriver;
    private final long[] pulses;
    private final long[] retries;
    private final long[] fails;
    private final int[][] learnWords;
    private int selected;
    private Tile tile;
    private int ledgerAction;
    private int ledgerHigh;

    /**
     * @param tiles the tiles the registers control, in mesh order
     * @param stall told the wait cycles of an access that holds the bus
     */
    public TileRegisters(List<Tile> tiles, LongConsumer stall) {
        this.tiles = List.copyOf(tiles);
        this.stall = stall;
        this.initialDriver = tiles.get(0).writeDriver().config();
        this.pulses = new long[tiles.size()];
        this.retries = new long[tiles.size()];
        this.fails = new long[tiles.size()];
        this.learnWords = new int[tiles.size()][LEARN_REGISTERS.size()];
        this.tile = tiles.get(0);
        resetLearnWords();
    }

    @Override
    public int read(int offset, int size) {
        // Counted once the value is read, so that LEDGER_COUNT_LO reports the count before this access.
        try {
            return serve(offset, size);
        } finally {
            tile.ledger().add(Action.REGISTER_ACCESS, 1);
        }
    }

    private int serve(int offset, int size) {
        if (offset >= NpuTile.WEIGHT) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                int[] rc = cell(offset + i);
                value |= tile.writeDriver().sense(rc[0], rc[1]) << (8 * i);
            }
            tile.ledger().add(Action.VERIFY_READ, size);
            stall.accept(size * senseCycles());
            return value;
        }
        requireWord(size);
        CrossbarGeometry g = tile.config().geometry();
        WriteDriverConfig d = tile.writeDriver().config();
        if (offset >= NpuTile.TDC_OFFSET && offset < NpuTile.TDC_OFFSET + NpuTile.TDC_OFFSET_COUNT * 4) {
            return tile.tdc().offset(converter(offset - NpuTile.TDC_OFFSET));
        }
        if (offset >= NpuTile.TDC_GAIN && offset < NpuTile.TDC_GAIN + NpuTile.TDC_GAIN_COUNT * 4) {
            return tile.tdc().gain(converter(offset - NpuTile.TDC_GAIN));
        }
        return switch (offset) {
            case NpuTile.SELECT -> selected;
            case NpuTile.ROWS -> g.rows();
            case NpuTile.COLUMNS -> g.columns();
            case NpuTile.SEGMENT -> g.segment();
            case NpuTile.LEVELS -> tile.crossbar().cells().topLevel() + 1;
            case NpuTile.TDC_BITS -> tile.config().tdc().bits();
            case NpuTile.TDC_COUNT -> tile.tdc().converters();
            case NpuTile.NEURONS -> tile.neurons().size();
            case NpuTile.CTRL -> d.verify() ? NpuTile.CTRL_VERIFY : 0;
            case NpuTile.CMD -> 0;
            case NpuTile.STATUS -> (tile.calibration().resolvesCounts() ? NpuTile.STATUS_CALIBRATED : 0)
                    | (fails[selected] > 0 ? NpuTile.STATUS_WRITE_FAILED : 0);
            case NpuTile.PULSE_MV -> (int) Math.round(d.amplitudeV() * 1e3);
            case NpuTile.PULSE_PS -> (int) Math.round(d.widthNs() * 1e3);
            case NpuTile.MAX_RETRIES -> d.maxRetries();
            case NpuTile.WRITE_PULSES -> (int) pulses[selected];
            case NpuTile.WRITE_RETRIES -> (int) retries[selected];
            case NpuTile.WRITE_FAILS -> (int) fails[selected];
            case NpuTile.LEARN_CTRL, NpuTile.LEARN_PULSE, NpuTile.LEARN_WIDTH_PS, NpuTile.LEARN_ROWS, NpuTile.MASK_MV ->
                    learnWords[selected][LEARN_REGISTERS.indexOf(offset)];
            case NpuTile.THRESHOLD -> tile.neurons() instanceof ThresholdRegister lif ? lif.threshold() : 0;
            case NpuTile.LEDGER_ACTION -> ledgerAction;
            case NpuTile.LEDGER_COUNT_LO -> {
                long n = tile.ledger().total(Action.values()[ledgerAction]);
                ledgerHigh = (int) (n >>> 32);
                yield (int) n;
            }
            case NpuTile.LEDGER_COUNT_HI -> ledgerHigh;
            default -> throw BusFault.INSTANCE;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        tile.ledger().add(Action.REGISTER_ACCESS, 1);
        if (offset >= NpuTile.WEIGHT) {
            for (int i = 0; i < size; i++) {
                cell(offset + i);
            }
            for (int i = 0; i < size; i++) {
                int[] rc = cell(offset + i);
                int level = Math.min((value >>> (8 * i)) & 0xFF, tile.crossbar().cells().topLevel());
                account(tile.writeDriver().program(rc[0], rc[1], level));
            }
            return;
        }
        requireWord(size);
        WriteDriverConfig d = tile.writeDriver().config();
        if (offset >= NpuTile.TDC_OFFSET && offset < NpuTile.TDC_OFFSET + NpuTile.TDC_OFFSET_COUNT * 4) {
            tile.tdc().setOffset(converter(offset - NpuTile.TDC_OFFSET), value & NpuTile.TDC_OFFSET_OFFSET);
            return;
        }
        if (offset >= NpuTile.TDC_GAIN && offset < NpuTile.TDC_GAIN + NpuTile.TDC_GAIN_COUNT * 4) {
            tile.tdc().setGain(converter(offset - NpuTile.TDC_GAIN), value & NpuTile.TDC_GAIN_GAIN);
            return;
        }
        switch (offset) {
            case NpuTile.SELECT -> {
                // Selecting a tile that does not exist is a bus error, not a silent wrap-around.
                if (value < 0 || value >= tiles.size()) {
                    throw BusFault.INSTANCE;
                }
                selected = value;
                tile = tiles.get(value);
            }
            case NpuTile.CTRL -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(), d.widthNs(),
                    (value & NpuTile.CTRL_VERIFY) != 0, d.maxRetries()));
            case NpuTile.CMD -> command(value);
            case NpuTile.PULSE_MV -> tile.writeDriver().configure(new WriteDriverConfig(
                    Math.max(1, value & 0xFFFF) / 1e3, d.widthNs(), d.verify(), d.maxRetries()));
            case NpuTile.PULSE_PS -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(),
                    Math.max(1, value & 0xFFFFF) / 1e3, d.verify(), d.maxRetries()));
            case NpuTile.LEARN_CTRL, NpuTile.LEARN_PULSE, NpuTile.LEARN_WIDTH_PS, NpuTile.LEARN_ROWS, NpuTile.MASK_MV -> {
                int index = LEARN_REGISTERS.indexOf(offset);
                learnWords[selected][index] = value & LEARN_WRITABLE[index];
                tile.learning().configure(learning(learnWords[selected]));
            }
            case NpuTile.LEDGER_ACTION -> {
                if (value < 0 || value >= Action.values().length) {
                    throw BusFault.INSTANCE;
                }
                ledgerAction = value;
            }
            case NpuTile.THRESHOLD -> {
                // Out of range for the membrane, or a neuron without a digital threshold: the write is ignored.
                if (tile.neurons() instanceof ThresholdRegister lif && value >= 1 && value <= lif.maxThreshold()) {
                    lif.setThreshold(value);
                }
            }
            case NpuTile.MAX_RETRIES -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(),
                    d.widthNs(), d.verify(), value & 0x3FF));
            case NpuTile.LEDGER_COUNT_LO, NpuTile.LEDGER_COUNT_HI,
                    NpuTile.ROWS, NpuTile.COLUMNS, NpuTile.SEGMENT, NpuTile.LEVELS, NpuTile.TDC_BITS, NpuTile.TDC_COUNT,
                    NpuTile.NEURONS, NpuTile.STATUS, NpuTile.WRITE_PULSES, NpuTile.WRITE_RETRIES, NpuTile.WRITE_FAILS -> {
                // Read-only: writes are ignored, as the register description says.
            }
            default -> throw BusFault.INSTANCE;
        }
    }

    @Override
    public void reset() {
        for (Tile t : tiles) {
            t.writeDriver().configure(initialDriver);
            t.tdc().reset();
            t.calibrate();
            t.neurons().reset();
            if (t.neurons() instanceof ThresholdRegister lif) {
                lif.setThreshold(t.config().neurons().lif().threshold());
            }
            t.learning().reset();
        }
        resetLearnWords();
        Arrays.fill(pulses, 0);
        Arrays.fill(retries, 0);
        Arrays.fill(fails, 0);
        selected = 0;
        tile = tiles.get(0);
    }

    /** The selected tile, the write counters, the learning registers and the ledger window; the tiles save themselves. */
    @Override
    public void save(StateWriter out) {
        out.section("npu-tile-registers");
        out.ints(new int[] {selected, ledgerAction, ledgerHigh});
        out.longs(pulses);
        out.longs(retries);
        out.longs(fails);
        for (int[] words : learnWords) {
            out.ints(words);
        }
    }

    @Override
    public void restore(StateReader in) {
        in.section("npu-tile-registers");
        int[] r = in.ints(3);
        selected = r[0];
        tile = tiles.get(selected);
        ledgerAction = r[1];
        ledgerHigh = r[2];
        System.arraycopy(in.longs(pulses.length), 0, pulses, 0, pulses.length);
        System.arraycopy(in.longs(retries.length), 0, retries, 0, retries.length);
        System.arraycopy(in.longs(fails.length), 0, fails, 0, fails.length);
        for (int t = 0; t < learnWords.length; t++) {
            learnWords[t] = in.ints(learnWords[t].length);
        }
    }

    private void resetLearnWords() {
        for (int t = 0; t < tiles.size(); t++) {
            learnWords[t] = new int[] {NpuTile.LEARN_CTRL_RESET, NpuTile.LEARN_PULSE_RESET, NpuTile.LEARN_WIDTH_PS_RESET,
                    NpuTile.LEARN_ROWS_RESET, NpuTile.MASK_MV_RESET};
            tiles.get(t).learning().configure(learning(learnWords[t]));
        }
    }

    /**
     * The rule the learning registers of a tile select, in {@link #LEARN_REGISTERS} order; reserved rule
     * encodings act as none and a zero pulse width as one picosecond.
     */
    private static LearningConfig learning(int[] words) {
        int ctrl = words[0];
        int pulse = words[1];
        int rows = words[3];
        return new LearningConfig(LearningConfig.Mode.values()[ctrl & NpuTile.LEARN_CTRL_MODE],
                rule((ctrl & NpuTile.LEARN_CTRL_CAUSAL) >>> NpuTile.LEARN_CTRL_CAUSAL_LSB),
                rule((ctrl & NpuTile.LEARN_CTRL_ACAUSAL) >>> NpuTile.LEARN_CTRL_ACAUSAL_LSB),
                (ctrl & NpuTile.LEARN_CTRL_WINDOW) >>> NpuTile.LEARN_CTRL_WINDOW_LSB,
                pulse & NpuTile.LEARN_PULSE_AMPLITUDE_MV, pulse >>> NpuTile.LEARN_PULSE_DECAY_MV_LSB,
                Math.max(1, words[2]), rows & NpuTile.LEARN_ROWS_FIRST, rows >>> NpuTile.LEARN_ROWS_COUNT_LSB, words[4]);
    }

    private static Plasticity rule(int code) {
        return code < Plasticity.values().length ? Plasticity.values()[code] : Plasticity.NONE;
    }

    private void command(int value) {
        if ((value & NpuTile.CMD_CALIBRATE) != 0) {
            tile.calibrate();
        }
        if ((value & NpuTile.CMD_RESET_NEURONS) != 0) {
            tile.neurons().reset();
        }
        if ((value & NpuTile.CMD_CLEAR_COUNTS) != 0) {
            pulses[selected] = 0;
            retries[selected] = 0;
            fails[selected] = 0;
        }
    }

    private long senseCycles() {
        return tile.config().npuClock().cyclesForNs(tile.technology().cost(Action.VERIFY_READ).latencyNs());
    }

    private void account(WriteReport r) {
        // The write holds the core's bus while the NPU's clock runs its pulses and verify reads.
        stall.accept(ClockDomain.CORE.cyclesFor(r.cycles(), tile.config().npuClock()));
        pulses[selected] += r.pulses();
        retries[selected] += r.retries();
        fails[selected] += r.failedCells().size();
    }

    private int[] cell(int offset) {
        CrossbarGeometry g = tile.config().geometry();
        int index = offset - NpuTile.WEIGHT;
        if (index >= g.cells()) {
            throw BusFault.INSTANCE;
        }
        return new int[] {index / g.columns(), index % g.columns()};
    }

    private int converter(int byteOffset) {
        int n = byteOffset / 4;
        if (n >= tile.tdc().converters()) {
            throw BusFault.INSTANCE;
        }
        return n;
    }

    private static void requireWord(int size) {
        if (size != 4) {
            throw BusFault.INSTANCE;
        }
    }
}
