package org.neuromtj.chip.soc;

import java.util.function.LongSupplier;
import org.neuromtj.chip.regs.ChipRegisters.Clint;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * Core-local interruptor: software interrupt, 64-bit time base and timer compare. mtime advances once
 * every {@code cyclesPerTick} core cycles; instead of ticking, the timer schedules one event at the cycle
 * where mtime reaches mtimecmp. Registers are accessed as 32-bit words.
 */
public final class ClintDevice implements RegisterDevice, Stateful {
    private final EventQueue events;
    private final LongSupplier cycle;
    private final int cyclesPerTick;
    private final InterruptLine softwareIrq;
    private final InterruptLine timerIrq;

    private final RegisterFront registers = new RegisterFront("CLINT", RegisterFront.Miss.IGNORE)
            .onWrite("MSIP", (e, before, msip) -> updateSoftwareIrq())
            .onWrite("MTIMECMP", (e, before, cmp) -> updateTimer())
            .onRead("MTIME", e -> mtime())
            .onWrite("MTIME", (e, before, time) -> setMtime(time));
    private final RegisterFront.Value msip = registers.value("MSIP");
    private final RegisterFront.Value mtimecmp = registers.value("MTIMECMP");
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
    public RegisterFront registers() {
        return registers;
    }

    @Override
    public void reset() {
        registers.reset();
        epochCycle = cycle.getAsLong();
        epochTime = Clint.MTIME_RESET;
        updateSoftwareIrq();
        updateTimer();
    }

    @Override
    public void save(StateWriter out) {
        out.section("clint");
        registers.save(out);
        out.i64(epochCycle);
        out.i64(epochTime);
    }

    /** Restores the registers and schedules the timer's next deadline again. */
    @Override
    public void restore(StateReader in) {
        in.section("clint");
        registers.restore(in);
        epochCycle = in.i64();
        epochTime = in.i64();
        updateSoftwareIrq();
        timerEvent = null;
        updateTimer();
    }

    private void setMtime(long value) {
        epochCycle = cycle.getAsLong();
        epochTime = value;
        updateTimer();
    }

    private void updateSoftwareIrq() {
        softwareIrq.set(msip.get() != 0);
    }

    private void updateTimer() {
        long mtimecmp = this.mtimecmp.get();
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
