package org.neuromtj.chip.soc;

import org.neuromtj.chip.regs.ChipRegisters.Plic;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * Platform-level interrupt controller with one context (hart 0, machine mode). Sources are
 * level-sensitive: a source is pending while its line is high and it is not being serviced; completing a
 * source whose line is still high makes it pending again. The highest priority wins, the lowest id breaks
 * ties, and only priorities above the threshold reach the core.
 */
public final class PlicDevice implements RegisterDevice, Stateful {
    private static final int SOURCES = Plic.PRIORITY_COUNT;

    private final InterruptLine externalIrq;
    private final RegisterFront registers = new RegisterFront("PLIC", RegisterFront.Miss.IGNORE)
            // Source 0 does not exist: its priority and enable bit stay 0.
            .onWrite("PRIORITY", (id, before, p) -> this.priority.set(id, id == 0 ? 0 : p))
            .onWrite("ENABLE", (e, before, bits) -> this.enable.set(bits & ~1))
            .onRead("PENDING", e -> this.pending)
            .onRead("CLAIM", e -> claim())
            .onWrite("CLAIM", (e, before, id) -> complete((int) id));
    private final RegisterFront.Value priority = registers.value("PRIORITY");
    private final RegisterFront.Value enable = registers.value("ENABLE");
    private final RegisterFront.Value threshold = registers.value("THRESHOLD");
    private int levels;
    private int pending;
    private int inService;

    /** @param externalIrq the core's machine external interrupt */
    public PlicDevice(InterruptLine externalIrq) {
        this.externalIrq = externalIrq;
        reset();
    }

    /**
     * @param id source number 1..31
     * @return the wire a device drives for that source
     */
    public InterruptLine source(int id) {
        if (id <= 0 || id >= SOURCES) {
            throw new IllegalArgumentException("interrupt source " + id + " is outside 1.." + (SOURCES - 1));
        }
        int bit = 1 << id;
        return level -> {
            levels = level ? levels | bit : levels & ~bit;
            if (level && (inService & bit) == 0) {
                pending |= bit;
            }
            update();
        };
    }

    @Override
    public RegisterFront registers() {
        return registers;
    }

    @Override
    public void write(int offset, int size, int value) {
        registers.write(offset, size, value);
        update();
    }

    @Override
    public void reset() {
        registers.reset();
        pending = Plic.PENDING_RESET;
        inService = 0;
        pending |= levels;
        update();
    }

    private int best() {
        int best = 0;
        long bestPriority = threshold.get();
        long enabled = pending & enable.get();
        for (int id = 1; id < SOURCES; id++) {
            if ((enabled & (1L << id)) != 0 && priority.get(id) > bestPriority) {
                best = id;
                bestPriority = priority.get(id);
            }
        }
        return best;
    }

    private int claim() {
        int id = best();
        if (id != 0) {
            pending &= ~(1 << id);
            inService |= 1 << id;
        }
        update();
        return id;
    }

    private void complete(int id) {
        if (id <= 0 || id >= SOURCES || (inService & (1 << id)) == 0) {
            return;
        }
        inService &= ~(1 << id);
        if ((levels & (1 << id)) != 0) {
            pending |= 1 << id;
        }
    }

    private void update() {
        externalIrq.set(best() != 0);
    }

    @Override
    public void save(StateWriter out) {
        out.section("plic");
        registers.save(out);
        out.section("levels");
        out.i32(levels);
        out.section("pending");
        out.i32(pending);
        out.section("in-service");
        out.i32(inService);
    }

    @Override
    public void restore(StateReader in) {
        in.section("plic");
        registers.restore(in);
        in.section("levels");
        levels = in.i32();
        in.section("pending");
        pending = in.i32();
        in.section("in-service");
        inService = in.i32();
        update();
    }
}
