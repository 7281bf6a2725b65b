package org.neuromtj.tools.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.Snapshot;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.core.Decoded;
import org.neuromtj.isa.core.Decoder;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;

/**
 * Runs a machine under a debugger's control, one instruction at a time through {@link Machine#step},
 * so that a breakpoint, a watchpoint or an interrupt stops the core at an exact cycle and no device
 * ever runs ahead of it. A breakpoint stops before its instruction; a watchpoint after the access.
 */
public final class Debugger {
    /** What a watchpoint watches. */
    public enum Watch {
        /** Stores. */
        WRITE,
        /** Loads. */
        READ,
        /** Both. */
        ACCESS
    }

    /** Why the core stopped. */
    public enum Reason {
        /** One instruction was executed, as asked. */
        STEPPED,
        /** A software breakpoint's address was reached. */
        SOFTWARE_BREAKPOINT,
        /** A hardware breakpoint's address was reached. */
        HARDWARE_BREAKPOINT,
        /** A store touched a write or access watchpoint. */
        WATCH_WRITE,
        /** A load touched a read watchpoint. */
        WATCH_READ,
        /** A load touched an access watchpoint. */
        WATCH_ACCESS,
        /** The debugger interrupted the run. */
        INTERRUPTED,
        /** The run is over: the firmware exited, trapped without a handler, sleeps forever or ran out of cycles. */
        ENDED
    }

    /**
     * Where and why the core stopped.
     *
     * @param reason  why
     * @param address the watched address that was touched, for a watchpoint
     * @param end     how the run ended, for {@link Reason#ENDED}
     */
    public record Stop(Reason reason, long address, Optional<RunResult> end) {
    }

    private record Watchpoint(long address, long length, Watch kind) {
        boolean touches(long a, int size) {
            return a < address + length && address < a + size;
        }
    }

    private final Machine machine;
    private final long maxCycles;
    private final Set<Integer> software = new HashSet<>();
    private final Set<Integer> hardware = new HashSet<>();
    private final List<Watchpoint> watches = new ArrayList<>();
    private RunResult ended;

    /**
     * @param machine   a machine with firmware loaded
     * @param maxCycles the run's cycle budget
     */
    public Debugger(Machine machine, long maxCycles) {
        this.machine = machine;
        this.maxCycles = maxCycles;
    }

    /** @return the machine */
    public Machine machine() {
        return machine;
    }

    /**
     * @param address  an instruction address
     * @param hardware whether a hardware breakpoint (they behave alike here)
     * @param set      set, or clear
     */
    public void breakpoint(int address, boolean hardware, boolean set) {
        Set<Integer> s = hardware ? this.hardware : software;
        if (set) {
            s.add(address);
        } else {
            s.remove(address);
        }
    }

    /**
     * @param address first watched byte
     * @param length  watched bytes
     * @param kind    which accesses
     * @param set     set, or clear
     */
    public void watch(long address, long length, Watch kind, boolean set) {
        Watchpoint w = new Watchpoint(address, length, kind);
        if (set) {
            watches.add(w);
        } else {
            watches.remove(w);
        }
    }

    /** @return how the run ended, if it has */
    public Optional<RunResult> ended() {
        return Optional.ofNullable(ended);
    }

    /**
     * Puts the chip back in a snapshot's state, as {@code monitor restore} asks; breakpoints stay.
     *
     * @param file the snapshot
     * @return the cycle it was taken at
     * @throws org.neuromtj.chip.SnapshotException naming the file and the fault
     */
    public long restore(Path file) {
        long cycle = Snapshot.load(file, machine);
        ended = null;
        return cycle;
    }

    /** Restarts the firmware from its entry, as {@code monitor reset} asks; breakpoints stay. */
    public void restart() {
        machine.restart();
        ended = null;
    }

    /**
     * Runs until something stops the core: one instruction if {@code step}, else a breakpoint (not the
     * one the core starts on), a watchpoint, an interrupt or the end of the run.
     *
     * @param step        whether to execute one instruction only
     * @param interrupted polled between instructions: true stops the run
     * @return where and why it stopped
     */
    public Stop resume(boolean step, BooleanSupplier interrupted) {
        Hart hart = machine.hart();
        for (boolean first = true; ; first = false) {
            if (ended != null) {
                return new Stop(Reason.ENDED, 0, Optional.of(ended));
            }
            if (!first) {
                if (interrupted.getAsBoolean()) {
                    return new Stop(Reason.INTERRUPTED, 0, Optional.empty());
                }
                if (software.contains(hart.pc())) {
                    return new Stop(Reason.SOFTWARE_BREAKPOINT, 0, Optional.empty());
                }
                if (hardware.contains(hart.pc())) {
                    return new Stop(Reason.HARDWARE_BREAKPOINT, 0, Optional.empty());
                }
            }
            Decoded access = watches.isEmpty() || hart.isWaiting() ? null : memoryAccess(hart);
            long address = access == null ? 0 : Integer.toUnsignedLong(hart.register(access.rs1()) + access.imm());
            Optional<RunResult> end = machine.step(maxCycles);
            if (end.isPresent()) {
                ended = end.get();
                return new Stop(Reason.ENDED, 0, end);
            }
            if (access != null) {
                Stop hit = watchHit(access, address);
                if (hit != null) {
                    return hit;
                }
            }
            if (step) {
                return new Stop(Reason.STEPPED, 0, Optional.empty());
            }
        }
    }

    /** The load or store about to execute, or null. */
    private Decoded memoryAccess(Hart hart) {
        Ram ram = machine.ram();
        if (!ram.contains(Integer.toUnsignedLong(hart.pc()), 4)) {
            return null;
        }
        Decoded d = Decoder.decode(ram.readWord(hart.pc()));
        return size(d) > 0 ? d : null;
    }

    private static int size(Decoded d) {
        return switch (d.op()) {
            case LB, LBU, SB -> 1;
            case LH, LHU, SH -> 2;
            case LW, SW -> 4;
            default -> 0;
        };
    }

    private Stop watchHit(Decoded d, long address) {
        boolean store = switch (d.op()) {
            case SB, SH, SW -> true;
            default -> false;
        };
        for (Watchpoint w : watches) {
            if (!w.touches(address, size(d))) {
                continue;
            }
            if (store && w.kind() != Watch.READ) {
                return new Stop(Reason.WATCH_WRITE, w.address(), Optional.empty());
            }
            if (!store && w.kind() != Watch.WRITE) {
                return new Stop(w.kind() == Watch.READ ? Reason.WATCH_READ : Reason.WATCH_ACCESS, w.address(),
                        Optional.empty());
            }
        }
        return null;
    }
}
