package org.neuromtj.tools.debug;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.Snapshot;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.npu.Npu;

/**
 * GDB's {@code monitor} commands: reset, cycles, npu, ledger, snapshot FILE, restore FILE, help. A
 * failure is told in the output; it never ends the session.
 */
final class Monitor {
    /**
     * @param output what to show the user
     * @param moved  whether the core is now elsewhere (reset, restore), so the last stop no longer holds
     */
    record Result(String output, boolean moved) {
    }

    private final Debugger debugger;

    /** @param debugger the target */
    Monitor(Debugger debugger) {
        this.debugger = debugger;
    }

    /**
     * @param command a monitor command line
     * @return its output, and whether it moved the core elsewhere (a reset or restore)
     */
    Result run(String command) {
        Machine m = debugger.machine();
        Npu npu = m.npu();
        if (command.startsWith("snapshot ") || command.startsWith("restore ")) {
            return snapshot(command);
        }
        return switch (command) {
            case "reset" -> {
                debugger.restart();
                yield new Result("reset: the firmware restarts from its entry point; breakpoints are kept\n", true);
            }
            case "cycles" -> said(String.format(Locale.ROOT, "cycle %d, %d instructions retired, pc 0x%08x\n",
                    m.hart().cycle(), m.hart().instret(), m.hart().pc()));
            case "npu" -> said(String.format(Locale.ROOT, "npu: %d tiles, timestep %d, %d input spikes queued, %d output"
                    + " spikes waiting, %d packets unmapped\n", npu.tiles().size(), npu.timestep(), npu.inputLevel(),
                    npu.outputLevel(), npu.unmappedPackets()));
            case "ledger" -> said(ledger(npu));
            case "help", "" -> said("monitor commands: reset, cycles, npu, ledger, snapshot FILE, restore FILE, help\n");
            default -> said("unknown monitor command '" + command + "'; monitor help lists them\n");
        };
    }

    /** {@code snapshot FILE} saves the whole chip at this cycle; {@code restore FILE} goes back to one. */
    private Result snapshot(String command) {
        String file = command.substring(command.indexOf(' ') + 1).trim();
        try {
            if (command.startsWith("snapshot ")) {
                Snapshot.save(Path.of(file), debugger.machine());
                return said("snapshot of cycle " + debugger.machine().hart().cycle() + " written to " + file + "\n");
            }
            long cycle = debugger.restore(Path.of(file));
            return new Result("restored " + file + ": cycle " + cycle + ", pc 0x"
                    + String.format("%08x", debugger.machine().hart().pc()) + "\n", true);
        } catch (IOException | RuntimeException e) {
            return said("cannot " + command.substring(0, command.indexOf(' ')) + ": " + e.getMessage() + "\n");
        }
    }

    private static Result said(String output) {
        return new Result(output, false);
    }

    private String ledger(Npu npu) {
        Machine machine = debugger.machine();
        machine.settle();
        EnergyReport e = EnergyReport.of(machine.ledgers(), machine.technology(), machine.floorplan());
        String counts = Arrays.stream(Action.values()).filter(a -> !a.isStatic() && e.counts().get(a) > 0)
                .map(a -> a.key() + " " + e.counts().get(a)).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "ledger: %s\nchip energy %.3f nJ (%.3f dynamic, %.3f static)\n",
                counts.isEmpty() ? "nothing yet" : counts, e.totalFj() / 1e6, e.dynamicFj() / 1e6, e.staticFj() / 1e6);
    }
}
