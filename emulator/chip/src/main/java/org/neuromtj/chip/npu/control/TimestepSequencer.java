package org.neuromtj.chip.npu.control;

import java.util.List;
import java.util.function.LongSupplier;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Runs timesteps in simulated time: a RUN starts them one after another, each ending at the core cycle
 * its phases add up to; output spikes become visible to the core at the cycle they entered the output
 * FIFO. When the output FIFO holds more than its depth the sequencer holds until the core has read
 * enough.
 */
final class TimestepSequencer {
    private final Npu npu;
    private final EventQueue events;
    private final LongSupplier now;
    private final NpuStatus status;
    private long left;
    private boolean running;
    private boolean held;
    private long timestepsDone;
    private long lastCycles;
    private long spikesIn;
    private long spikesFired;
    private long unmappedReported;
    private int outTimestep;
    /** Cycles of the events this sequencer has scheduled and that have not fired, or −1: a snapshot re-schedules them. */
    private long nextStart = -1;
    private long currentEnd = -1;
    private long outputIrqAt = -1;

    TimestepSequencer(Npu npu, EventQueue events, LongSupplier now, NpuStatus status) {
        this.npu = npu;
        this.events = events;
        this.now = now;
        this.status = status;
    }

    /** @param timesteps more timesteps to run, after those still to run */
    void run(long timesteps) {
        left += timesteps;
        if (!running && !held && left > 0) {
            running = true;
            scheduleStart(now.getAsLong() + 1);
        }
    }

    boolean busy() {
        return left > 0 || running;
    }

    boolean held() {
        return held;
    }

    long timestepsDone() {
        return timestepsDone;
    }

    long timestepsLeft() {
        return left;
    }

    /** @return NPU cycles the last timestep took */
    long lastCycles() {
        return lastCycles;
    }

    long spikesIn() {
        return spikesIn;
    }

    long spikesFired() {
        return spikesFired;
    }

    /** @return the timestep of the spike last taken from the output FIFO */
    int outTimestep() {
        return outTimestep;
    }

    /** @return output spikes the core can see now */
    int visibleOutputs() {
        return npu.visibleOutputs(now.getAsLong());
    }

    /**
     * Takes the oldest visible output spike, resuming a held sequencer once the FIFO has room.
     *
     * @return the OUT_SPIKE word, or 0 when none is visible
     */
    int takeOutput() {
        if (visibleOutputs() == 0) {
            return 0;
        }
        OutputSpike o = npu.popOutput(now.getAsLong());
        outTimestep = o.timestep();
        if (held && npu.outputLevel() <= npu.config().outputFifoDepth()) {
            held = false;
            running = true;
            scheduleStart(now.getAsLong() + 1);
        }
        status.changed();
        return ChipRegisters.Npu.OUT_SPIKE_VALID | o.tile() << ChipRegisters.Npu.OUT_SPIKE_TILE_LSB | o.neuron();
    }

    /** Stops and forgets the timesteps still to run and the events scheduled for them. */
    void reset() {
        left = 0;
        running = false;
        held = false;
        nextStart = -1;
        currentEnd = -1;
        outputIrqAt = -1;
    }

    private void scheduleStart(long start) {
        nextStart = start;
        events.schedule(start, () -> startTimestep(start));
    }

    private void scheduleOutputIrq(long first) {
        outputIrqAt = first;
        events.schedule(first, () -> {
            outputIrqAt = -1;
            status.changed();
        });
    }

    private void scheduleEnd(long end) {
        currentEnd = end;
        events.schedule(end, () -> endTimestep(end));
    }

    private void startTimestep(long start) {
        nextStart = -1;
        TimestepReport report = npu.runTimestep(start);
        spikesIn += report.inputSpikes();
        spikesFired += report.spikes();
        lastCycles = report.npuCycles();
        List<OutputSpike> log = npu.outputLog();
        if (report.outputs() > 0) {
            scheduleOutputIrq(log.get(log.size() - report.outputs()).leftCycle());
        }
        scheduleEnd(report.endCycle());
    }

    private void endTimestep(long end) {
        currentEnd = -1;
        timestepsDone++;
        left--;
        if (npu.unmappedPackets() != unmappedReported) {
            unmappedReported = npu.unmappedPackets();
            status.error(ChipRegisters.Npu.STATUS_UNMAPPED);
        }
        int pending = ChipRegisters.Npu.IRQ_PENDING_TIMESTEP_DONE;
        if (left == 0) {
            running = false;
            pending |= ChipRegisters.Npu.IRQ_PENDING_RUN_DONE;
        } else if (npu.outputLevel() > npu.config().outputFifoDepth()) {
            running = false;
            held = true;
        } else {
            scheduleStart(end);
        }
        status.raise(pending);
    }

    void save(StateWriter out) {
        out.section("sequencer");
        out.section("left");
        out.i64(left);
        out.section("running");
        out.bool(running);
        out.section("held");
        out.bool(held);
        out.section("timesteps-done");
        out.i64(timestepsDone);
        out.section("last-cycles");
        out.i64(lastCycles);
        out.section("spikes-in");
        out.i64(spikesIn);
        out.section("spikes-fired");
        out.i64(spikesFired);
        out.section("unmapped-reported");
        out.i64(unmappedReported);
        out.section("out-timestep");
        out.i32(outTimestep);
        out.section("next-start");
        out.i64(nextStart);
        out.section("current-end");
        out.i64(currentEnd);
        out.section("output-irq-at");
        out.i64(outputIrqAt);
    }

    /** Restores what {@link #save} wrote and schedules again the events that had not fired. */
    void restore(StateReader in) {
        in.section("sequencer");
        in.section("left");
        left = in.i64();
        in.section("running");
        running = in.bool();
        in.section("held");
        held = in.bool();
        in.section("timesteps-done");
        timestepsDone = in.i64();
        in.section("last-cycles");
        lastCycles = in.i64();
        in.section("spikes-in");
        spikesIn = in.i64();
        in.section("spikes-fired");
        spikesFired = in.i64();
        in.section("unmapped-reported");
        unmappedReported = in.i64();
        in.section("out-timestep");
        outTimestep = in.i32();
        in.section("next-start");
        long start = in.i64();
        in.section("current-end");
        long end = in.i64();
        in.section("output-irq-at");
        long irqAt = in.i64();
        nextStart = -1;
        currentEnd = -1;
        outputIrqAt = -1;
        // The same order as before the snapshot, so that events of one cycle run in the same order.
        if (start >= 0) {
            scheduleStart(start);
        }
        if (irqAt >= 0) {
            scheduleOutputIrq(irqAt);
        }
        if (end >= 0) {
            scheduleEnd(end);
        }
    }
}
