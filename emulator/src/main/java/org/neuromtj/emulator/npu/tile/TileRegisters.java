package org.neuromtj.emulator.npu.tile;

import java.util.function.LongConsumer;
import org.neuromtj.emulator.ledger.Action;
import org.neuromtj.emulator.regs.ChipRegisters.Tile0;
import org.neuromtj.emulator.soc.MmioDevice;
import org.neuromtj.isa.core.BusFault;

/**
 * A tile's register block on the system bus, laid out by the register description: geometry,
 * write-driver policy, commands, status and counters, per-TDC offset and gain, and the weight window.
 * Registers take 32-bit accesses only; the weight window takes 1-, 2- or 4-byte accesses, one byte per
 * cell. Anything else, and any cell past the array, is a bus error the core sees as an access fault.
 */
public final class TileRegisters implements MmioDevice {
    private final Tile tile;
    private final LongConsumer stall;
    private final WriteDriverConfig initialDriver;
    private long pulses;
    private long retries;
    private long fails;

    /**
     * @param tile  the tile the registers control
     * @param stall told the wait cycles of an access that holds the bus
     */
    public TileRegisters(Tile tile, LongConsumer stall) {
        this.tile = tile;
        this.stall = stall;
        this.initialDriver = tile.writeDriver().config();
    }

    @Override
    public int read(int offset, int size) {
        tile.ledger().add(Action.REGISTER_ACCESS, 1);
        if (offset >= Tile0.WEIGHT) {
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
        if (offset >= Tile0.TDC_OFFSET && offset < Tile0.TDC_OFFSET + Tile0.TDC_OFFSET_COUNT * 4) {
            return tile.tdc().offset(converter(offset - Tile0.TDC_OFFSET));
        }
        if (offset >= Tile0.TDC_GAIN && offset < Tile0.TDC_GAIN + Tile0.TDC_GAIN_COUNT * 4) {
            return tile.tdc().gain(converter(offset - Tile0.TDC_GAIN));
        }
        return switch (offset) {
            case Tile0.ROWS -> g.rows();
            case Tile0.COLUMNS -> g.columns();
            case Tile0.SEGMENT -> g.segment();
            case Tile0.LEVELS -> tile.crossbar().cells().topLevel() + 1;
            case Tile0.TDC_BITS -> tile.config().tdc().bits();
            case Tile0.TDC_COUNT -> tile.tdc().converters();
            case Tile0.NEURONS -> tile.neurons().size();
            case Tile0.CTRL -> d.verify() ? Tile0.CTRL_VERIFY : 0;
            case Tile0.CMD -> 0;
            case Tile0.STATUS -> (tile.calibration().resolvesCounts() ? Tile0.STATUS_CALIBRATED : 0)
                    | (fails > 0 ? Tile0.STATUS_WRITE_FAILED : 0);
            case Tile0.PULSE_MV -> (int) Math.round(d.amplitudeV() * 1e3);
            case Tile0.PULSE_PS -> (int) Math.round(d.widthNs() * 1e3);
            case Tile0.MAX_RETRIES -> d.maxRetries();
            case Tile0.WRITE_PULSES -> (int) pulses;
            case Tile0.WRITE_RETRIES -> (int) retries;
            case Tile0.WRITE_FAILS -> (int) fails;
            default -> throw BusFault.INSTANCE;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        tile.ledger().add(Action.REGISTER_ACCESS, 1);
        if (offset >= Tile0.WEIGHT) {
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
        if (offset >= Tile0.TDC_OFFSET && offset < Tile0.TDC_OFFSET + Tile0.TDC_OFFSET_COUNT * 4) {
            tile.tdc().setOffset(converter(offset - Tile0.TDC_OFFSET), value & Tile0.TDC_OFFSET_OFFSET);
            return;
        }
        if (offset >= Tile0.TDC_GAIN && offset < Tile0.TDC_GAIN + Tile0.TDC_GAIN_COUNT * 4) {
            tile.tdc().setGain(converter(offset - Tile0.TDC_GAIN), value & Tile0.TDC_GAIN_GAIN);
            return;
        }
        switch (offset) {
            case Tile0.CTRL -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(), d.widthNs(),
                    (value & Tile0.CTRL_VERIFY) != 0, d.maxRetries()));
            case Tile0.CMD -> command(value);
            case Tile0.PULSE_MV -> tile.writeDriver().configure(new WriteDriverConfig(
                    Math.max(1, value & 0xFFFF) / 1e3, d.widthNs(), d.verify(), d.maxRetries()));
            case Tile0.PULSE_PS -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(),
                    Math.max(1, value & 0xFFFFF) / 1e3, d.verify(), d.maxRetries()));
            case Tile0.MAX_RETRIES -> tile.writeDriver().configure(new WriteDriverConfig(d.amplitudeV(),
                    d.widthNs(), d.verify(), value & 0x3FF));
            case Tile0.ROWS, Tile0.COLUMNS, Tile0.SEGMENT, Tile0.LEVELS, Tile0.TDC_BITS, Tile0.TDC_COUNT,
                    Tile0.NEURONS, Tile0.STATUS, Tile0.WRITE_PULSES, Tile0.WRITE_RETRIES, Tile0.WRITE_FAILS -> {
                // Read-only: writes are ignored, as the register description says.
            }
            default -> throw BusFault.INSTANCE;
        }
    }

    @Override
    public void reset() {
        tile.writeDriver().configure(initialDriver);
        tile.tdc().reset();
        tile.calibrate();
        tile.neurons().reset();
        pulses = 0;
        retries = 0;
        fails = 0;
    }

    private void command(int value) {
        if ((value & Tile0.CMD_CALIBRATE) != 0) {
            tile.calibrate();
        }
        if ((value & Tile0.CMD_RESET_NEURONS) != 0) {
            tile.neurons().reset();
        }
        if ((value & Tile0.CMD_CLEAR_COUNTS) != 0) {
            pulses = 0;
            retries = 0;
            fails = 0;
        }
    }

    private long senseCycles() {
        double ns = tile.technology().cost(Action.VERIFY_READ).latencyNs();
        return (long) Math.ceil(ns * tile.config().npuHz() / 1e9);
    }

    private void account(WriteReport r) {
        stall.accept(r.cycles());
        pulses += r.pulses();
        retries += r.retries();
        fails += r.failedCells().size();
    }

    private int[] cell(int offset) {
        CrossbarGeometry g = tile.config().geometry();
        int index = offset - Tile0.WEIGHT;
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
