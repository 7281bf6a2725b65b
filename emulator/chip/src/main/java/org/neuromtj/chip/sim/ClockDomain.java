package org.neuromtj.chip.sim;

import org.neuromtj.chip.regs.ChipRegisters.Clint;

/**
 * A named clock and the one place where its cycles become time or cycles of another clock. The
 * simulation's timestamps are core cycles (the event queue, {@code mcycle}, every cycle a listener
 * hears); the NPU counts the lengths of its phases in its own cycles, which become core cycles here
 * whenever they are added to a timestamp. Durations round up to whole cycles: a phase that needs any part
 * of a cycle holds the whole of it.
 *
 * @param name what the clock drives
 * @param hz   its frequency
 */
public record ClockDomain(String name, long hz) {
    /** The control core's clock, from the register description: the time base of the whole simulation. */
    public static final ClockDomain CORE = new ClockDomain("core", Clint.CORE_HZ);

    public ClockDomain {
        if (hz <= 0) {
            throw new IllegalArgumentException("clock '" + name + "' must have a positive frequency, not " + hz + " Hz");
        }
    }

    /**
     * @param hz the NPU's frequency, from the tile configuration
     * @return the NPU's clock
     */
    public static ClockDomain npu(long hz) {
        return new ClockDomain("npu", hz);
    }

    /** @return the whole cycles of this clock that a duration in picoseconds takes, rounded up */
    public long cyclesForPs(double ps) {
        return (long) Math.ceil(ps * hz / 1e12);
    }

    /** @return the whole cycles of this clock that a duration in nanoseconds takes, rounded up */
    public long cyclesForNs(double ns) {
        return (long) Math.ceil(ns * hz / 1e9);
    }

    /**
     * @param cycles a number of cycles of {@code other}
     * @param other  the clock they count
     * @return the whole cycles of this clock they take, rounded up (exact integer arithmetic)
     */
    public long cyclesFor(long cycles, ClockDomain other) {
        if (other.hz == hz) {
            return cycles;
        }
        long g = gcd(hz, other.hz);
        return -Math.floorDiv(-Math.multiplyExact(cycles, hz / g), other.hz / g);
    }

    /** @return a number of this clock's cycles in nanoseconds */
    public double nanoseconds(long cycles) {
        return cycles * 1e9 / hz;
    }

    /** @return a number of this clock's cycles in seconds */
    public double seconds(long cycles) {
        return cycles / (double) hz;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
