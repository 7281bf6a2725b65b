package org.neuromtj.chip.soc;

import org.neuromtj.chip.regs.ChipRegisters.Plic;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;

/**
 * Platform-level interrupt controller with one context (hart 0, machine mode). Sources are
 * level-sensitive: a source is pending while its line is high and it is not being serviced; completing a
 * source whose line is still high makes it pending again. The highest priority wins, the lowest id breaks
 * ties, and only priorities above the threshold reach the core.
 */
public final class PlicDevice implements MmioDevice, Stateful {
    private static final int SOURCES = Plic.PRIORITY_COUNT;

    private final InterruptLine externalIrq;
    private final int[] priority = new int[SOURCES];
    private int levels;
    private int pending;
    private int inService;
    private int enable;
    private int threshold;

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
    public int read(int offset, int size) {
        if (size != 4) {
            return 0;
        }
        if (offset >= Plic.PRIORITY && offset < Plic.PRIORITY + SOURCES * Plic.PRIORITY_STRIDE) {
            return priority[(offset - Plic.PRIORITY) / Plic.PRIORITY_STRIDE];
        }
        return switch (offset) {
            case Plic.PENDING -> pending;
            case Plic.ENABLE -> enable;
            case Plic.THRESHOLD -> threshold;
            case Plic.CLAIM -> claim();
            default -> 0;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        if (size != 4) {
            return;
        }
        if (offset >= Plic.PRIORITY && offset < Plic.PRIORITY + SOURCES * Plic.PRIORITY_STRIDE) {
            int id = (offset - Plic.PRIORITY) / Plic.PRIORITY_STRIDE;
            if (id != 0) {
                priority[id] = value & Plic.PRIORITY_PRIO;
            }
        } else if (offset == Plic.ENABLE) {
            enable = value & ~1;
        } else if (offset == Plic.THRESHOLD) {
            threshold = value & Plic.THRESHOLD_THRESHOLD;
        } else if (offset == Plic.CLAIM) {
            complete(value);
        }
        update();
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(priority, 0);
        pending = Plic.PENDING_RESET;
        inService = 0;
        enable = Plic.ENABLE_RESET;
        threshold = Plic.THRESHOLD_RESET;
        pending |= levels;
        update();
    }

    private int best() {
        int best = 0;
        int bestPriority = threshold;
        for (int id = 1; id < SOURCES; id++) {
            if ((pending & enable & (1 << id)) != 0 && priority[id] > bestPriority) {
                best = id;
                bestPriority = priority[id];
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
        out.ints(priority);
        out.ints(new int[] {levels, pending, inService, enable, threshold});
    }

    @Override
    public void restore(StateReader in) {
        in.section("plic");
        System.arraycopy(in.ints(SOURCES), 0, priority, 0, SOURCES);
        int[] r = in.ints(5);
        levels = r[0];
        pending = r[1];
        inService = r[2];
        enable = r[3];
        threshold = r[4];
        update();
    }
}
