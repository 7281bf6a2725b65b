package org.neuromtj.emulator.npu.tile;

import java.util.ArrayList;
import java.util.List;
import org.neuromtj.emulator.device.Direction;
import org.neuromtj.emulator.device.MtjCells;
import org.neuromtj.emulator.device.SwitchingLaw;
import org.neuromtj.emulator.ledger.Action;
import org.neuromtj.emulator.ledger.Ledger;

/**
 * Programs crossbar cells with SOT pulses. Each pulse moves a cell one level with the probability the
 * switching law gives for the pulse's amplitude and width.
 *
 * <p>With verify, the driver senses the cell after every pulse, compares it with references halfway
 * between nominal levels, and pulses again toward the target until the sensed level is right; a pulse
 * after which the sensed level did not move is a retry, and a cell that uses up its retries is
 * reported failed. Without verify the driver cannot see the cell: it pulses a binary cell once toward
 * its target, and a multi-level cell first fully down to level 0 and then up by the target level,
 * trusting every pulse to work.
 *
 * <p>A row is programmed in parallel across its columns, one pulse per column per round; rounds take
 * the pulse width plus, with verify, one read cycle.
 */
public final class SotWriteDriver implements WriteDriver {
    private final Crossbar crossbar;
    private final SwitchingLaw law;
    private final Ledger ledger;
    private final long npuHz;
    private WriteDriverConfig config;

    /**
     * @param crossbar the array it writes
     * @param law      the technology's switching law
     * @param config   pulse shape and verify policy
     * @param npuHz    the NPU clock, in which latency is counted
     * @param ledger   where pulses and reads are counted
     */
    public SotWriteDriver(Crossbar crossbar, SwitchingLaw law, WriteDriverConfig config, long npuHz,
                          Ledger ledger) {
        this.crossbar = crossbar;
        this.law = law;
        this.config = config;
        this.npuHz = npuHz;
        this.ledger = ledger;
    }

    @Override
    public WriteDriverConfig config() {
        return config;
    }

    @Override
    public void configure(WriteDriverConfig next) {
        this.config = next;
    }

    @Override
    public WriteReport program(int row, int column, int level) {
        return program(row, column, new int[] {level});
    }

    @Override
    public WriteReport programRow(int row, int[] levels) {
        return program(row, 0, levels);
    }

    /** Programs columns firstColumn, firstColumn + 1, ... of a row to levels[0], levels[1], ... in parallel. */
    private WriteReport program(int row, int firstColumn, int[] levels) {
        MtjCells cells = crossbar.cells();
        int top = cells.topLevel();
        long pulses = 0;
        long retries = 0;
        long reads = 0;
        long rounds = 0;
        List<WriteReport.Cell> failed = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            int c = firstColumn + i;
            int target = levels[i];
            if (target < 0 || target > top) {
                throw new IllegalArgumentException("level " + target + " outside 0.." + top);
            }
            int cell = crossbar.geometry().cell(row, c);
            long cellPulses = 0;
            if (config.verify()) {
                int sensed = sense(row, c);
                reads++;
                int cellRetries = 0;
                while (sensed != target && cellRetries <= config.maxRetries()) {
                    Direction d = sensed < target ? Direction.TO_PARALLEL : Direction.TO_ANTIPARALLEL;
                    cells.pulse(cell, config.amplitudeV(), config.widthNs(), d, law);
                    cellPulses++;
                    int now = sense(row, c);
                    reads++;
                    if (now == sensed) {
                        cellRetries++;
                    }
                    sensed = now;
                }
                retries += cellRetries;
                if (sensed != target) {
                    failed.add(new WriteReport.Cell(row, c));
                }
            } else if (top == 1) {
                cells.pulse(cell, config.amplitudeV(), config.widthNs(),
                        target == 1 ? Direction.TO_PARALLEL : Direction.TO_ANTIPARALLEL, law);
                cellPulses = 1;
            } else {
                for (int k = 0; k < top; k++) {
                    cells.pulse(cell, config.amplitudeV(), config.widthNs(), Direction.TO_ANTIPARALLEL, law);
                }
                for (int k = 0; k < target; k++) {
                    cells.pulse(cell, config.amplitudeV(), config.widthNs(), Direction.TO_PARALLEL, law);
                }
                cellPulses = top + target;
            }
            pulses += cellPulses;
            rounds = Math.max(rounds, cellPulses);
        }
        ledger.add(Action.SOT_PULSE, pulses);
        ledger.add(Action.VERIFY_READ, reads);
        double cycleNs = 1e9 / npuHz;
        long pulseCycles = (long) Math.ceil(config.widthNs() / cycleNs);
        long cycles = rounds * (pulseCycles + (config.verify() ? 1 : 0)) + (config.verify() ? 1 : 0);
        return new WriteReport(pulses, retries, reads, failed, cycles);
    }

    @Override
    public int sense(int row, int column) {
        MtjCells cells = crossbar.cells();
        double ap = cells.device().resistanceApOhm();
        double step = (ap - cells.device().resistancePOhm()) / cells.topLevel();
        long level = Math.round((ap - crossbar.senseCell(row, column)) / step);
        return (int) Math.max(0, Math.min(cells.topLevel(), level));
    }
}
