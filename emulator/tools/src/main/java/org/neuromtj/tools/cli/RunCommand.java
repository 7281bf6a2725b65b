package org.neuromtj.tools.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.Snapshot;
import org.neuromtj.chip.SnapshotException;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.BlockImplementations;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.RtlBlocksProvider;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.tools.debug.Debugger;
import org.neuromtj.tools.debug.GdbServer;
import org.neuromtj.tools.debug.trace.ModelWaveforms;
import org.neuromtj.tools.debug.trace.TraceWindow;
import org.neuromtj.tools.nvm.NvmException;
import org.neuromtj.tools.nvm.NvmFile;
import org.neuromtj.tools.report.RunReport;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neuromtj run}: boots firmware and prints its UART. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Boots RV32 firmware on the virtual chip. The UART goes to standard output; a one-line",
            "summary goes to standard error. Exit status: the firmware's (test finisher), 2 bad input,",
            "3 cycle budget exhausted or asleep forever, 4 trap without handler, 5 killed by the debugger."})
final class RunCommand implements Callable<Integer> {
    /** Exit status when the debugger killed the target. */
    static final int KILLED = 5;

    @Parameters(index = "0", paramLabel = "FW.elf", description = "RV32IM firmware (ELF executable).")
    private Path firmware;

    @Option(names = "--max-cycles", paramLabel = "N", defaultValue = "10000000000",
            description = "Stop after N core cycles (default ${DEFAULT-VALUE}).")
    private long maxCycles;

    @Option(names = "--ideal-devices",
            description = "Junctions without spread, noise or disturb: the technology's nominal devices.")
    private boolean idealDevices;

    @Option(names = "--misaligned", paramLabel = "perform|trap", defaultValue = "perform",
            description = "What misaligned loads and stores do: performed as two accesses, one cycle more, as QEMU"
                    + " does (default), or trap (causes 4 and 6).")
    private String misaligned;

    @Option(names = "--no-translate",
            description = "Run the control core's interpreter alone, without translating hot code to JVM bytecode"
                    + " (the same cycles and results, slower).")
    private boolean noTranslate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that step the NPU's tiles (default: the machine's processors but one, left to the"
                    + " JVM's compiler; 1 for debugging); a run is bit-identical for any number.")
    private Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Master seed of all stochastic components (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--technology", paramLabel = "FILE",
            description = "Technology file: devices, variation and action costs (default: the shipped one).")
    private Path technologyFile;

    @Option(names = "--npu", paramLabel = "FILE",
            description = "NPU configuration file: mesh, routers, spike FIFOs (default: the shipped one).")
    private Path npuFile;

    @Option(names = "--tile", paramLabel = "FILE",
            description = "Tile configuration file: crossbar, TDCs, synapses, neurons (default: the shipped one).")
    private Path tileFile;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write per-spike latency and energy figures (report.json, spikes.csv, timesteps.csv) to DIR.")
    private Path reportDir;

    @Option(names = "--rtl", paramLabel = "BLOCKS", split = ",",
            description = "Run these blocks from their Verilated RTL instead of their Java models (comma-separated,"
                    + " any of lif, registers, router, tdc, write_driver); needs the co-simulation bridge, which"
                    + " ./neuromtj puts on the class path.")
    private List<String> rtl = List.of();

    @Option(names = "--trace", paramLabel = "KINDS", split = ",",
            description = "Traces to write (comma-separated): ${COMPLETION-CANDIDATES}; to standard error, or to"
                    + " DIR/KIND.trace with --trace-out.")
    private Set<Recording.Trace> traces = Set.of();

    @Option(names = "--trace-out", paramLabel = "DIR", description = "Write each trace to DIR/KIND.trace.")
    private Path traceDir;

    @Option(names = "--trace-window", paramLabel = "FROM:TO",
            description = "Record traces and waveforms only from cycle FROM up to TO (either may be left out).")
    private String traceWindow;

    @Option(names = "--vcd", paramLabel = "FILE",
            description = "Write the model's signals (router FIFO levels, TDC conversions, LIF membranes) as VCD.")
    private Path vcd;

    @Option(names = "--vcd-signals", paramLabel = "GROUPS", split = ",",
            description = "Which signals go into the VCD (default all): ${COMPLETION-CANDIDATES}.")
    private Set<ModelWaveforms.Group> vcdSignals = EnumSet.allOf(ModelWaveforms.Group.class);

    @Option(names = "--gdb", paramLabel = "PORT", arity = "0..1", fallbackValue = "3333",
            description = "Wait for GDB on PORT (default 3333 when the option has no value) before running; the"
                    + " stub listens on the loopback interface unless --gdb-address says otherwise.")
    private Integer gdbPort;

    @Option(names = "--gdb-address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address the GDB stub listens on (default ${DEFAULT-VALUE}).")
    private String gdbAddress;

    @Option(names = "--nvm", paramLabel = "FILE",
            description = "Keep the crossbars' MTJ states in FILE across runs, as the non-volatile chip does: loaded"
                    + " before the run if it exists, written back (atomically, checksummed) when it ends.")
    private Path nvmFile;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Save the whole chip's state to FILE at the cycle --snapshot-at names (default: when the run"
                    + " ends), then run on.")
    private Path snapshotFile;

    @Option(names = "--snapshot-at", paramLabel = "CYCLE", description = "The cycle at which --snapshot saves.")
    private Long snapshotAt;

    @Option(names = "--restore", paramLabel = "FILE",
            description = "Start from a snapshot of this firmware on this chip (same seed and configuration) instead"
                    + " of from reset.")
    private Path restoreFile;

    @Option(names = "--host-file", paramLabel = "FILE",
            description = "Offer FILE through the host link (HOST registers), numbered from 0 in the order given; a .gz"
                    + " file is offered unpacked, a chip image only if it was made for this chip.")
    private List<Path> hostFiles = List.of();

    /** The implementations a run with {@code --rtl} names: the bridge's, found on the class path. */
    static BlockImplementations blocks(List<String> rtl) {
        return blocks(rtl, ServiceLoader.load(RtlBlocksProvider.class).findFirst());
    }

    /**
     * @param rtl    the blocks to run from their RTL
     * @param bridge the co-simulation bridge, if the class path has it (the neuromtj jar does; a class
     *               path assembled by hand may not)
     * @return the implementations of every block
     */
    static BlockImplementations blocks(List<String> rtl, Optional<RtlBlocksProvider> bridge) {
        if (rtl.isEmpty()) {
            return BlockImplementations.MODELS;
        }
        RtlBlocksProvider provider = bridge.orElseThrow(
                () -> new UsageFailure("--rtl needs the co-simulation bridge (the neuromtj-cosim module) on the class"
                        + " path; run through ./neuromtj, whose jar holds it", UsageFailure.BAD_INPUT));
        for (String block : rtl) {
            if (!provider.blocks().contains(block)) {
                throw new UsageFailure("--rtl: no RTL for block '" + block + "' (blocks with RTL: "
                        + String.join(", ", provider.blocks()) + ")", UsageFailure.BAD_INPUT);
            }
        }
        return provider.implementations(Set.copyOf(rtl));
    }

    @Override
    public Integer call() {
        if (maxCycles <= 0) {
            throw new UsageFailure("--max-cycles must be positive, not " + maxCycles, UsageFailure.BAD_INPUT);
        }
        ElfImage image = readFirmware(firmware, "");
        Technology technology;
        TileConfig tileConfig;
        NpuConfig npuConfig;
        try {
            npuConfig = npuFile == null ? NpuConfig.defaults() : NpuConfig.read(npuFile);
            technology = technologyFile == null ? Technology.defaults() : Technology.read(technologyFile);
            tileConfig = tileFile == null ? TileConfig.defaults() : TileConfig.read(tileFile);
            if (idealDevices) {
                technology = technology.withVariation(org.neuromtj.chip.device.Variation.ideal());
            }
        } catch (ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        List<byte[]> offered = new ArrayList<>();
        for (Path f : hostFiles) {
            byte[] bytes = HostFiles.read(f);
            if (ChipImage.isChipImage(bytes)) {
                try {
                    ChipImage.parse(f, bytes).checkFits(f, ChipShape.of(npuConfig, tileConfig));
                } catch (WorkloadFileException e) {
                    throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
                }
            }
            offered.add(bytes);
        }
        BlockImplementations blocks = blocks(rtl);
        OutputStream console = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        Machine machine = new Machine(console, seed, npuConfig, tileConfig, technology, blocks);
        if (threads != null) {
            if (threads < 1) {
                throw new UsageFailure("--threads must be at least 1, not " + threads, UsageFailure.BAD_INPUT);
            }
            machine.npu().setThreads(threads);
        }
        machine.hart().setTranslation(!noTranslate);
        if (!misaligned.equals("perform") && !misaligned.equals("trap")) {
            throw new UsageFailure("--misaligned must be perform or trap, not " + misaligned, UsageFailure.BAD_INPUT);
        }
        machine.hart().setMisalignedTraps(misaligned.equals("trap"));
        machine.load(image);
        // Each timestep's ledger lines are read only by the report, and kept in a snapshot for a later one;
        // a run without either keeps its totals alone, which spares a long run tens of megabytes a thousand images.
        machine.keepLedgerHistory(reportDir != null || snapshotFile != null);
        String chipIdentity = nvmFile == null ? null : NvmFile.identity(machine.npu(), technology, seed);
        if (nvmFile != null && Files.exists(nvmFile)) {
            try {
                NvmFile.load(nvmFile, machine.npu(), chipIdentity);
            } catch (NvmException e) {
                throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
            }
        }
        if (restoreFile != null) {
            try {
                long at = Snapshot.load(restoreFile, machine);
                System.err.printf("neuromtj: restored %s at cycle %d%n", restoreFile, at);
            } catch (SnapshotException e) {
                throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
            }
        }
        if (snapshotAt != null && (snapshotFile == null || snapshotAt < machine.hart().cycle())) {
            throw new UsageFailure(snapshotFile == null ? "--snapshot-at needs --snapshot FILE"
                    : "--snapshot-at " + snapshotAt + " is before the run's first cycle " + machine.hart().cycle(),
                    UsageFailure.BAD_INPUT);
        }
        PrintStream err = System.err;
        ProgressBar progress = new ProgressBar(err, System.console() != null, "");
        machine.host().offer(offered);
        machine.host().listen((command, arg0, arg1, arg2, cycle) -> {
            if (command == ChipRegisters.Host.MBOX_PROGRESS) {
                progress.update(Integer.toUnsignedLong(arg0), Integer.toUnsignedLong(arg1));
            }
        });
        TraceWindow window;
        try {
            window = traceWindow == null ? TraceWindow.ALL : TraceWindow.parse(traceWindow);
        } catch (IllegalArgumentException e) {
            throw new UsageFailure("--trace-window " + e.getMessage(), UsageFailure.BAD_INPUT);
        }
        Recording recording;
        try {
            recording = Recording.start(machine, traces, traceDir, window, vcd, vcdSignals, err);
        } catch (IOException e) {
            throw new UsageFailure("cannot open a trace or waveform file: " + e.getMessage(), UsageFailure.BAD_INPUT);
        }
        long start = System.nanoTime();
        RunResult result;
        try (recording) {
            if (snapshotFile != null && snapshotAt != null && gdbPort == null) {
                RunResult first = machine.run(Math.min(snapshotAt, maxCycles));
                if (first.outcome() == Outcome.MAX_CYCLES && first.cycles() >= snapshotAt) {
                    snapshot(machine, err);
                }
            }
            result = gdbPort == null ? machine.run(maxCycles) : underGdb(machine, err);
            if (snapshotFile != null && (snapshotAt == null || gdbPort != null)) {
                snapshot(machine, err);
            }
        }
        if (nvmFile != null) {
            try {
                NvmFile.save(nvmFile, machine.npu(), chipIdentity);
            } catch (IOException e) {
                throw new UsageFailure("--nvm " + nvmFile + ": cannot be written (" + e.getMessage() + "); the previous"
                        + " file is unchanged", UsageFailure.BAD_INPUT);
            }
        }
        if (result == null) {
            err.printf("neuromtj: %s: killed by the debugger at cycle %d%n", firmware, machine.hart().cycle());
            return KILLED;
        }
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        switch (result.outcome()) {
            case MAX_CYCLES -> err.printf("neuromtj: %s: stopped after the cycle budget of %d cycles (--max-cycles)"
                    + " at pc 0x%08x%n", firmware, maxCycles, machine.hart().pc());
            case ASLEEP -> err.printf("neuromtj: %s: the core sleeps in wfi at pc 0x%08x and nothing scheduled can"
                    + " wake it%n", firmware, machine.hart().pc());
            case TRAPPED -> err.printf("neuromtj: %s: %s%n", firmware, result.trap().orElseThrow());
            case EXITED -> {
                // The firmware's own exit needs no explanation.
            }
        }
        err.printf("neuromtj: exit %d, %d cycles, %d instructions retired, %.3f s wall, %.1f MIPS%n",
                result.exitStatus(), result.cycles(), result.instret(), seconds,
                result.instret() / Math.max(seconds, 1e-9) / 1e6);
        if (reportDir != null) {
            try {
                new RunReport(machine, technology).write(reportDir);
                err.printf("neuromtj: report written to %s%n", reportDir);
            } catch (IOException e) {
                throw new UsageFailure("cannot write the report to " + reportDir + ": " + e.getMessage(),
                        UsageFailure.BAD_INPUT);
            }
        }
        machine.settle();
        EnergyReport energy = EnergyReport.of(machine.ledgers(), technology, machine.floorplan());
        err.printf("neuromtj: chip energy %.3f nJ, %.3f dynamic and %.3f static (%s)%n", energy.totalFj() / 1e6,
                energy.dynamicFj() / 1e6, energy.staticFj() / 1e6,
                energy.byBlock().entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue() + energy.staticByBlock().get(e.getKey())))
                        .filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.<Block, Double>comparingByValue().reversed())
                        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                                + String.format(Locale.ROOT, "%.3f", e.getValue() / 1e6))
                        .collect(Collectors.joining(", ")));
        return result.outcome() == Outcome.EXITED ? result.exitStatus() : result.outcome().exitStatus();
    }

    private void snapshot(Machine machine, PrintStream err) {
        try {
            Snapshot.save(snapshotFile, machine);
            err.printf("neuromtj: snapshot of cycle %d written to %s%n", machine.hart().cycle(), snapshotFile);
        } catch (IOException | StateException e) {
            throw new UsageFailure("--snapshot " + snapshotFile + ": " + e.getMessage(), UsageFailure.BAD_INPUT);
        }
    }

    /**
     * Serves one GDB session, then runs the firmware on to its end unless the debugger killed it.
     *
     * @return how the run ended, or null if the debugger killed the target
     */
    private RunResult underGdb(Machine machine, PrintStream err) {
        if (gdbPort < 0 || gdbPort > 65535) {
            throw new UsageFailure("--gdb: port " + gdbPort + " is not 0-65535", UsageFailure.BAD_INPUT);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(gdbAddress);
        } catch (UnknownHostException e) {
            throw new UsageFailure("--gdb-address: unknown address '" + gdbAddress + "'", UsageFailure.BAD_INPUT);
        }
        Debugger debugger = new Debugger(machine, maxCycles);
        try (GdbServer server = new GdbServer(debugger)) {
            int port;
            try {
                port = server.start(address, gdbPort);
            } catch (Exception e) {
                throw new UsageFailure("--gdb: cannot listen on " + gdbAddress + ":" + gdbPort + " (" + e.getMessage()
                        + ")", UsageFailure.BAD_INPUT);
            }
            err.printf("neuromtj: waiting for gdb on %s:%d (target remote %s:%d)%n", address.getHostAddress(), port,
                    address.getHostAddress(), port);
            err.flush();
            GdbServer.Ending ending = server.ending().join();
            if (ending == GdbServer.Ending.KILLED) {
                return null;
            }
            return debugger.ended().orElseGet(() -> machine.run(maxCycles));
        }
    }

    /**
     * @param file ELF file named on the command line
     * @param hint appended to the error message, or empty
     * @return the validated image
     * @throws UsageFailure with exit status 2 when the file cannot be loaded
     */
    static ElfImage readFirmware(Path file, String hint) {
        try {
            return ElfReader.forChip().read(file);
        } catch (ElfException e) {
            throw new UsageFailure(e.getMessage() + hint, UsageFailure.BAD_INPUT);
        }
    }
}
