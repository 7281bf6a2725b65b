package org.neuromtj.chip.soc;

import java.util.function.LongSupplier;
import org.neuromtj.chip.regs.ChipRegisters.Clint;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;

/**
 * Core-local interruptor: software interrupt, 64-bit time base and timer compare. mtime advances once
 * every {@code cyclesPerTick} core cycles; instead of ticking, the timer schedules one event at the cycle
 * where mtime reaches mtimecmp. Registers are accessed as 32-bit words.
 */
public final class ClintDevice implements MmioDevice, Stateful {
    private final EventQueue events;
    private final LongSupplier cycle;
    private final int cyclesPerTick;
    private final InterruptLine softwareIrq;
    private final InterruptLine timerIrq;

    private int msip;
    private long mtimecmp;
    private long epochCycle;
    private long epochTime;
    private EventQueue.Event timerEvent;

    /**
     * @param events        the simulation's event queue
     * @param cycle         the core clock
     * @param cyclesPerTick core cycles per mtime tick
     * @param softwareIrq   the core's machine software interrupt
     * @param timerIrq      the core's machine timer interrupt
     */
    public ClintDevice(EventQueue events, LongSupplier cycle, int cyclesPerTick, InterruptLine softwareIrq,
                       InterruptLine timerIrq) {
        if (cyclesPerTick <= 0) {
            throw new IllegalArgumentException("cycles per tick must be positive, not " + cyclesPerTick);
        }
        this.events = events;
        this.cycle = cycle;
        this.cyclesPerTick = cyclesPerTick;
        this.softwareIrq = softwareIrq;
        this.timerIrq = timerIrq;
        reset();
    }

    /** @return the current value of mtime */
    public long mtime() {
        return epochTime + (cycle.getAsLong() - epochCycle) / cyclesPerTick;
    }

    @Override
    public int read(int offset, int size) {
        if (size != 4) {
            return 0;
        }
        return switch (offset) {
            case Clint.MSIP -> msip;
            case Clint.MTIMECMP -> (int) mtimecmp;
            case Clint.MTIMECMP + 4 -> (int) (mtimecmp >>> 32);
            case Clint.MTIME -> (int) mtime();
            case Clint.MTIME + 4 -> (int) (mtime() >>> 32);
            default -> 0;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        if (size != 4) {
            return;
        }
        long v = Integer.toUnsignedLong(value);
        switch (offset) {
            case Clint.MSIP -> {
                msip = value & Clint.MSIP_MSIP;
                softwareIrq.set(msip != 0);
            }
            case Clint.MTIMECMP -> setMtimecmp((mtimecmp & 0xFFFFFFFF00000000L) | v);
            case Clint.MTIMECMP + 4 -> setMtimecmp((mtimecmp & 0xFFFFFFFFL) | (v << 32));
            case Clint.MTIME -> setMtime((mtime() & 0xFFFFFFFF00000000L) | v);
            case Clint.MTIME + 4 -> setMtime((mtime() & 0xFFFFFFFFL) | (v << 32));
            default -> {
                // Reserved offsets read as zero and ignore writes, as on the SiFive CLINT.
            }
        }
    }

    @Override
    public void reset() {
        msip = Clint.MSIP_RESET;
        mtimecmp = Clint.MTIMECMP_RESET;
        epochCycle = cycle.getAsLong();
        epochTime = Clint.MTIME_RESET;
        softwareIrq.set(false);
        updateTimer();
    }

    @Override
    public void save(StateWriter out) {
        out.section("clint");
        out.i32(msip);
        out.i64(mtimecmp);
        out.i64(epochCycle);
        out.i64(epochTime);
    }

    /** Restores the registers and schedules the timer's next deadline again. */
    @Override
    public void restore(StateReader in) {
        in.section("clint");
        msip = in.i32();
        mtimecmp = in.i64();
        epochCycle = in.i64();
        epochTime = in.i64();
        softwareIrq.set(msip != 0);
        timerEvent = null;
        updateTimer();
    }

    private void setMtimecmp(long value) {
        mtimecmp = value;
        updateTimer();
    }

    private void setMtime(long value) {
        epochCycle = cycle.getAsLong();
        epochTime = value;
        updateTimer();
    }

    private void updateTimer() {
        if (timerEvent != null) {
            timerEvent.cancel();
            timerEvent = null;
        }
        long now = mtime();
        boolean pending = Long.compareUnsigned(now, mtimecmp) >= 0;
        timerIrq.set(pending);
        if (!pending) {
            long ticks = mtimecmp - now;
            if (ticks > 0 && ticks < Long.MAX_VALUE / cyclesPerTick / 2) {
                long due = epochCycle + (mtimecmp - epochTime) * cyclesPerTick;
                timerEvent = events.schedule(due, this::updateTimer);
            }
        }
    }
}
