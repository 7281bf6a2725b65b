package org.neuromtj.chip.npu.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.learning.LearningConfig;
import org.neuromtj.chip.npu.learning.Plasticity;
import org.neuromtj.chip.npu.neuron.ThresholdRegister;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.chip.soc.RegisterFront;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The tiles' register block on the system bus, as the register description lays it out: SELECT chooses
 * the tile every other register addresses, so each tile has a bank of its own (a {@link RegisterFront}
 * whose hooks reach that tile): its geometry, write-driver policy, commands, status and counters,
 * learning rule, per-TDC offset and gain, and the weight window. Registers take 32-bit accesses only;
 * the weight window takes 1-, 2- or 4-byte accesses, one byte per cell. Anything else, and any cell past
 * the array, is a bus error the core sees as an access fault.
 */
public final class TileRegisters implements MmioDevice, Stateful {
    private final List<Tile> tiles;
    private final LongConsumer stall;
    private final LongSupplier now;
    private final WriteDriverConfig initialDriver;
    private final List<RegisterFront> banks = new ArrayList<>();
    private final long[] pulses;
    private final long[] retries;
    private final long[] fails;
    private int selected;
    private int ledgerAction;
    private int ledgerHigh;

    /**
     * @param tiles the tiles the registers control, in mesh order
     * @param stall told the core cycles an access holds the bus
     * @param now   the present core cycle, at which an access wakes a power-gated tile
     */
    public TileRegisters(List<Tile> tiles, LongConsumer stall, LongSupplier now) {
        this.tiles = List.copyOf(tiles);
        this.stall = stall;
        this.now = now;
        this.initialDriver = tiles.get(0).writeDriver().config();
        this.pulses = new long[tiles.size()];
        this.retries = new long[tiles.size()];
        this.fails = new long[tiles.size()];
        for (int t = 0; t < tiles.size(); t++) {
            banks.add(bank(t, tiles.get(t)));
        }
        configureLearning();
    }

    private RegisterFront bank(int t, Tile tile) {
        CrossbarGeometry g = tile.config().geometry();
        RegisterFront bank = new RegisterFront("NPU_TILE", RegisterFront.Miss.FAULT)
                .onRead("SELECT", e -> selected)
                .onWrite("SELECT", (e, before, tileIndex) -> select(tileIndex))
                .onRead("ROWS", e -> g.rows())
                .onRead("COLUMNS", e -> g.columns())
                .onRead("SEGMENT", e -> g.segment())
                .onRead("LEVELS", e -> tile.crossbar().cells().topLevel() + 1)
                .onRead("TDC_BITS", e -> tile.config().tdc().bits())
                .onRead("TDC_COUNT", e -> tile.tdc().converters())
                .onRead("NEURONS", e -> tile.neurons().size())
                .onRead("CTRL", e -> tile.writeDriver().config().verify() ? NpuTile.CTRL_VERIFY : 0)
                .onWrite("CTRL", (e, before, ctrl) -> driver(tile, d -> new WriteDriverConfig(d.amplitudeV(),
                        d.widthNs(), (ctrl & NpuTile.CTRL_VERIFY) != 0, d.maxRetries())))
                .onWrite("CMD", (e, before, command) -> command(t, tile, command))
                .onRead("STATUS", e -> (tile.calibration().resolvesCounts() ? NpuTile.STATUS_CALIBRATED : 0)
                        | (fails[t] > 0 ? NpuTile.STATUS_WRITE_FAILED : 0))
                .onRead("PULSE_MV", e -> Math.round(tile.writeDriver().config().amplitudeV() * 1e3))
                .onWrite("PULSE_MV", (e, before, mv) -> driver(tile, d -> new WriteDriverConfig(
                        Math.max(1, mv) / 1e3, d.widthNs(), d.verify(), d.maxRetries())))
                .onRead("PULSE_PS", e -> Math.round(tile.writeDriver().config().widthNs() * 1e3))
                .onWrite("PULSE_PS", (e, before, ps) -> driver(tile, d -> new WriteDriverConfig(d.amplitudeV(),
                        Math.max(1, ps) / 1e3, d.verify(), d.maxRetries())))
                .onRead("MAX_RETRIES", e -> tile.writeDriver().config().maxRetries())
                .onWrite("MAX_RETRIES", (e, before, n) -> driver(tile, d -> new WriteDriverConfig(d.amplitudeV(),
                        d.widthNs(), d.verify(), (int) n)))
                .onRead("WRITE_PULSES", e -> pulses[t])
                .onRead("WRITE_RETRIES", e -> retries[t])
                .onRead("WRITE_FAILS", e -> fails[t])
                .onRead("THRESHOLD", e -> tile.neurons() instanceof ThresholdRegister n ? n.threshold() : 0)
                .onWrite("THRESHOLD", (e, before, threshold) -> {
                    // Out of the neurons' range: ignored.
                    if (tile.neurons() instanceof ThresholdRegister n && threshold >= 1
                            && threshold <= n.maxThreshold()) {
                        n.setThreshold((int) threshold);
                    }
                })
                .onRead("LEDGER_ACTION", e -> ledgerAction)
                .onWrite("LEDGER_ACTION", (e, before, action) -> {
                    if (action >= Action.values().length) {
                        throw BusFault.INSTANCE;
                    }
                    ledgerAction = (int) action;
                })
                .onRead("LEDGER_COUNT_LO", e -> {
                    long n = tile.ledger().total(Action.values()[ledgerAction]);
                    ledgerHigh = (int) (n >>> 32);
                    return n & 0xFFFF_FFFFL;
                })
                .onRead("LEDGER_COUNT_HI", e -> ledgerHigh)
                .onRead("TDC_OFFSET", k -> tile.tdc().offset(converter(tile, k)))
                .onWrite("TDC_OFFSET", (k, before, offset) -> tile.tdc().setOffset(converter(tile, k), (int) offset))
                .onRead("TDC_GAIN", k -> tile.tdc().gain(converter(tile, k)))
                .onWrite("TDC_GAIN", (k, before, gain) -> tile.tdc().setGain(converter(tile, k), (int) gain))
                .onWindow("WEIGHT", new RegisterFront.WindowHook() {
                    @Override
                    public int read(int offset, int size) {
                        return sense(t, tile, offset, size);
                    }

                    @Override
                    public void write(int offset, int size, int value) {
                        program(t, tile, offset, size, value);
                    }
                });
        for (String learn : List.of("LEARN_CTRL", "LEARN_PULSE", "LEARN_DEPRESS", "LEARN_WIDTH_PS", "LEARN_ROWS")) {
            bank.onWrite(learn, (e, before, word) -> tile.learning().configure(learning(banks.get(t))));
        }
        // A held mask is drawn when it is written, and only then.
        bank.onWrite("MASK_MV", (e, before, word) -> {
            tile.learning().configure(learning(banks.get(t)));
            if ((word & NpuTile.MASK_MV_HOLD) != 0) {
                tile.learning().drawMask();
            }
        });
        return bank;
    }

    @Override
    public int read(int offset, int size) {
        wake(offset);
        // Counted once the value is read, so that LEDGER_COUNT_LO reports the count before this access.
        try {
            return banks.get(selected).read(offset, size);
        } finally {
            tiles.get(selected).ledger().add(Action.REGISTER_ACCESS, 1);
        }
    }

    @Override
    public void write(int offset, int size, int value) {
        wake(offset);
        tiles.get(selected).ledger().add(Action.REGISTER_ACCESS, 1);
        banks.get(selected).write(offset, size, value);
    }

    /** Wakes the selected tile for any access but one to SELECT, which belongs to the block, not the tile. */
    private void wake(int offset) {
        if (offset != NpuTile.SELECT) {
            stall.accept(tiles.get(selected).wake(now.getAsLong()));
        }
    }

    @Override
    public void reset() {
        for (Tile t : tiles) {
            t.writeDriver().configure(initialDriver);
            t.tdc().reset();
            t.resetCalibration();
            t.neurons().reset();
            if (t.neurons() instanceof ThresholdRegister n) {
                n.setThreshold(t.config().neurons().lif().threshold());
            }
            t.learning().reset();
        }
        banks.forEach(RegisterFront::reset);
        configureLearning();
        java.util.Arrays.fill(pulses, 0);
        java.util.Arrays.fill(retries, 0);
        java.util.Arrays.fill(fails, 0);
        selected = 0;
    }

    /** The selected tile, the ledger window, and each tile's bank and write counters; the tiles save themselves. */
    @Override
    public void save(StateWriter out) {
        out.section("npu-tile-registers");
        out.section("selected");
        out.i32(selected);
        out.section("ledger-action");
        out.i32(ledgerAction);
        out.section("ledger-high");
        out.i32(ledgerHigh);
        for (int t = 0; t < tiles.size(); t++) {
            out.section("tile" + t);
            banks.get(t).save(out);
            out.section("write-counts");
            out.longs(new long[] {pulses[t], retries[t], fails[t]});
        }
    }

    @Override
    public void restore(StateReader in) {
        in.section("npu-tile-registers");
        in.section("selected");
        selected = in.i32();
        in.section("ledger-action");
        ledgerAction = in.i32();
        in.section("ledger-high");
        ledgerHigh = in.i32();
        for (int t = 0; t < tiles.size(); t++) {
            in.section("tile" + t);
            banks.get(t).restore(in);
            in.section("write-counts");
            long[] counts = in.longs(3);
            pulses[t] = counts[0];
            retries[t] = counts[1];
            fails[t] = counts[2];
        }
    }

    private void select(long tileIndex) {
        // Selecting a tile that does not exist is a bus error, not a silent wrap-around.
        if (tileIndex >= tiles.size()) {
            throw BusFault.INSTANCE;
        }
        selected = (int) tileIndex;
    }

    private void configureLearning() {
        for (int t = 0; t < tiles.size(); t++) {
            tiles.get(t).learning().configure(learning(banks.get(t)));
        }
    }

    /**
     * The rule a tile's learning registers select; reserved rule encodings act as none and a zero pulse
     * width as one picosecond.
     */
    private static LearningConfig learning(RegisterFront bank) {
        long ctrl = bank.get("LEARN_CTRL");
        long pulse = bank.get("LEARN_PULSE");
        long rows = bank.get("LEARN_ROWS");
        return new LearningConfig(LearningConfig.Mode.values()[(int) (ctrl & NpuTile.LEARN_CTRL_MODE)],
                rule((int) ((ctrl & NpuTile.LEARN_CTRL_CAUSAL) >>> NpuTile.LEARN_CTRL_CAUSAL_LSB)),
                rule((int) ((ctrl & NpuTile.LEARN_CTRL_ACAUSAL) >>> NpuTile.LEARN_CTRL_ACAUSAL_LSB)),
                (int) ((ctrl & NpuTile.LEARN_CTRL_WINDOW) >>> NpuTile.LEARN_CTRL_WINDOW_LSB),
                (int) (pulse & NpuTile.LEARN_PULSE_AMPLITUDE_MV), (int) (pulse >>> NpuTile.LEARN_PULSE_DECAY_MV_LSB),
                (int) Math.max(1, bank.get("LEARN_WIDTH_PS")), (int) (rows & NpuTile.LEARN_ROWS_FIRST),
                (int) (rows >>> NpuTile.LEARN_ROWS_COUNT_LSB), (int) (bank.get("MASK_MV") & NpuTile.MASK_MV_MV),
                (bank.get("MASK_MV") & NpuTile.MASK_MV_HOLD) != 0,
                (int) (bank.get("LEARN_DEPRESS") & NpuTile.LEARN_DEPRESS_AMPLITUDE_MV));
    }

    private static Plasticity rule(int code) {
        return code < Plasticity.values().length ? Plasticity.values()[code] : Plasticity.NONE;
    }

    private static void driver(Tile tile, java.util.function.UnaryOperator<WriteDriverConfig> change) {
        tile.writeDriver().configure(change.apply(tile.writeDriver().config()));
    }

    private void command(int t, Tile tile, long command) {
        if ((command & NpuTile.CMD_CALIBRATE) != 0) {
            // The routine holds the bus while the converters convert their references.
            stall.accept(ClockDomain.CORE.cyclesFor(tile.calibrate().cycles(), tile.config().npuClock()));
        }
        if ((command & NpuTile.CMD_RESET_NEURONS) != 0) {
            tile.neurons().reset();
        }
        if ((command & NpuTile.CMD_CLEAR_COUNTS) != 0) {
            pulses[t] = 0;
            retries[t] = 0;
            fails[t] = 0;
        }
    }

    /** Senses the levels of {@code size} cells from a byte offset of the weight window. */
    private int sense(int t, Tile tile, int offset, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            int[] rc = cell(tile, offset + i);
            value |= tile.writeDriver().sense(rc[0], rc[1]) << (8 * i);
        }
        tile.ledger().add(Action.VERIFY_READ, size);
        long senseCycles = tile.config().npuClock().cyclesForNs(tile.technology().cost(Action.VERIFY_READ).latencyNs());
        stall.accept(ClockDomain.CORE.cyclesFor(size * senseCycles, tile.config().npuClock()));
        return value;
    }

    /** Programs {@code size} cells from a byte offset of the weight window, after checking they all exist. */
    private void program(int t, Tile tile, int offset, int size, int value) {
        for (int i = 0; i < size; i++) {
            cell(tile, offset + i);
        }
        for (int i = 0; i < size; i++) {
            int[] rc = cell(tile, offset + i);
            int level = Math.min((value >>> (8 * i)) & 0xFF, tile.crossbar().cells().topLevel());
            WriteReport r = tile.writeDriver().program(rc[0], rc[1], level);
            // The write holds the core's bus while the NPU's clock runs its pulses and verify reads.
            stall.accept(ClockDomain.CORE.cyclesFor(r.cycles(), tile.config().npuClock()));
            pulses[t] += r.pulses();
            retries[t] += r.retries();
            fails[t] += r.failedCells().size();
        }
    }

    private static int[] cell(Tile tile, int index) {
        CrossbarGeometry g = tile.config().geometry();
        if (index >= g.cells()) {
            throw BusFault.INSTANCE;
        }
        return new int[] {index / g.columns(), index % g.columns()};
    }

    private static int converter(Tile tile, int n) {
        if (n >= tile.tdc().converters()) {
            throw BusFault.INSTANCE;
        }
        return n;
    }
}
