package org.neuromtj.chip.npu.tile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.sim.ClockDomain;

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
 * the pulse width plus, with verify, one read cycle. The decisions are its {@link WriteController}'s; the
 * RTL of the controller is {@code rtl/sot/sot_write_ctrl.sv}.
 *
 * <p>Write disturb: each pulse puts a fraction of its amplitude on the cells sharing the pulsed cell's row
 * and column ({@link Crossbar#halfSelect}), which switch with the probability the law gives for that
 * sub-critical pulse. A cell verified earlier may so be moved by a later write, which is how disturb costs
 * accuracy.
 */
public final class SotWriteDriver implements WriteDriver {
    private final Crossbar crossbar;
    private final SwitchingLaw law;
    private final Ledger ledger;
    private final ClockDomain npu;
    private final WriteController.Factory controllers;
    private final double halfSelect;
    private WriteDriverConfig config;

    /**
     * @param crossbar the array it writes
     * @param law      the technology's switching law
     * @param config   pulse shape and verify policy
     * @param halfSelect the fraction of a pulse's amplitude the cells sharing its row and column see
     * @param npu      the NPU's clock, in which latency is counted
     * @param ledger   where pulses and reads are counted
     * @param controllers the controller: its Java model or its RTL
     */
    public SotWriteDriver(Crossbar crossbar, SwitchingLaw law, WriteDriverConfig config, double halfSelect,
                          ClockDomain npu, Ledger ledger, WriteController.Factory controllers) {
        this.controllers = controllers;
        this.halfSelect = halfSelect;
        this.crossbar = crossbar;
        this.law = law;
        this.config = config;
        this.npu = npu;
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
        int top = checkLevels(levels, cells.topLevel());
        boolean[] all = new boolean[levels.length];
        Arrays.fill(all, true);
        WriteController sequencer = controllers.begin(config.verify(), config.maxRetries(),
                pulseCycles(config, npu), top, levels, all);
        long pulses = 0;
        long reads = 0;
        if (config.verify()) {
            for (int i = 0; i < levels.length; i++) {
                sequencer.sensed(i, sense(row, firstColumn + i));
                reads++;
            }
        }
        while (sequencer.nextRound()) {
            for (int i = 0; i < levels.length; i++) {
                if (sequencer.pulses(i)) {
                    Direction toward = sequencer.up(i) ? Direction.TO_PARALLEL : Direction.TO_ANTIPARALLEL;
                    cells.pulse(crossbar.geometry().cell(row, firstColumn + i), config.amplitudeV(), config.widthNs(),
                            toward, law);
                    if (halfSelect > 0) {
                        crossbar.halfSelect(row, firstColumn + i, halfSelect * config.amplitudeV(), config.widthNs(),
                                toward, law);
                    }
                    pulses++;
                }
            }
            for (int i = 0; i < levels.length && config.verify(); i++) {
                if (sequencer.pulses(i)) {
                    sequencer.sensed(i, sense(row, firstColumn + i));
                    reads++;
                }
            }
        }
        List<WriteReport.Cell> failed = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (sequencer.failed(i)) {
                failed.add(new WriteReport.Cell(row, firstColumn + i));
            }
        }
        ledger.add(Action.SOT_PULSE, pulses);
        ledger.add(Action.SOT_HEAT, pulses * Action.sotHeat(Math.round(config.amplitudeV() * 1e3),
                Math.round(config.widthNs() * 1e3)));
        ledger.add(Action.VERIFY_READ, reads);
        return new WriteReport(pulses, sequencer.retries(), reads, failed, sequencer.cycles());
    }

    /**
     * @param levels target levels
     * @param top    the highest level a cell holds
     * @return {@code top}
     * @throws IllegalArgumentException naming a level outside 0..top
     */
    public static int checkLevels(int[] levels, int top) {
        for (int target : levels) {
            if (target < 0 || target > top) {
                throw new IllegalArgumentException("level " + target + " outside 0.." + top);
            }
        }
        return top;
    }

    /**
     * @param config pulse shape and verify policy
     * @param npu    the NPU's clock
     * @return NPU cycles of one pulse, at least one
     */
    public static long pulseCycles(WriteDriverConfig config, ClockDomain npu) {
        return Math.max(1, npu.cyclesForNs(config.widthNs()));
    }

    @Override
    public int sense(int row, int column) {
        MtjCells cells = crossbar.cells();
        // The sense amplifier's references are the nominal levels at the bias the cell is sensed at.
        MtjParameters sensed = crossbar.aloneDevice();
        double ap = sensed.resistanceApOhm();
        double step = (ap - sensed.resistancePOhm()) / cells.topLevel();
        long level = Math.round((ap - crossbar.senseCell(row, column)) / step);
        return (int) Math.max(0, Math.min(cells.topLevel(), level));
    }
}
