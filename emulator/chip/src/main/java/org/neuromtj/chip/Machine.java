package org.neuromtj.chip;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.Segment;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.BlockImplementations;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.control.NpuDevice;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.npu.tile.TileRegisters;
import org.neuromtj.chip.regs.ChipRegisters.Clint;
import org.neuromtj.chip.regs.ChipRegisters.Finisher;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.regs.ChipRegisters.Plic;
import org.neuromtj.chip.regs.ChipRegisters.Uart0;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.chip.soc.ClintDevice;
import org.neuromtj.chip.soc.HostDevice;
import org.neuromtj.chip.soc.PlicDevice;
import org.neuromtj.chip.soc.SocLedger;
import org.neuromtj.chip.soc.SystemBus;
import org.neuromtj.chip.soc.TestFinisher;
import org.neuromtj.chip.soc.Uart16550;
import org.neuromtj.isa.core.Csr;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.core.Tracer;
import org.neuromtj.isa.state.StateException;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * The virtual chip: control core, RAM and devices on the address map of the register description, and
 * the simulation kernel that advances them. The core runs in batches up to the next scheduled event;
 * while it sleeps in {@code wfi}, time jumps straight to that event.
 */
public final class Machine {
    /** Core cycles per tick of the CLINT time base. */
    public static final int CYCLES_PER_TICK = Clint.CORE_HZ / Clint.TIMEBASE_HZ;

    private final EventQueue events = new EventQueue();
    private final Ram ram = new Ram((int) ChipRegisters.RAM_BASE, (int) ChipRegisters.RAM_SIZE);
    private final SocLedger soc;
    private final SystemBus bus;
    private final Hart hart;
    private final Uart16550 uart;
    private final ClintDevice clint;
    private final Npu npu;
    private final HostDevice host;
    private final PlicDevice plic;
    private final NpuDevice npuDevice;
    private final TileRegisters tileRegisters;
    /** Whether every block is its Java model; a snapshot holds only models' state. */
    private final boolean models;
    private final Technology technology;
    private final long seed;
    private ElfImage image;
    private Integer exitStatus;
    private boolean resetRequested;

    /**
     * @param console where the UART's output goes
     * @param seed    master seed from which every stochastic component derives its own generator
     */
    public Machine(OutputStream console, long seed) {
        this(console, seed, NpuConfig.defaults(), TileConfig.defaults(), Technology.defaults());
    }

    /**
     * @param console    where the UART's output goes
     * @param seed       master seed from which every stochastic component derives its own generator
     * @param npuConfig  the mesh and the NPU's FIFOs
     * @param tileConfig every tile's architecture
     * @param technology the devices and what each action costs
     */
    public Machine(OutputStream console, long seed, NpuConfig npuConfig, TileConfig tileConfig,
                   Technology technology) {
        this(console, seed, npuConfig, tileConfig, technology, BlockImplementations.MODELS);
    }

    /**
     * @param console    where the UART's output goes
     * @param seed       master seed from which every stochastic component derives its own generator
     * @param npuConfig  the mesh and the NPU's FIFOs
     * @param tileConfig every tile's architecture
     * @param technology the devices and what each action costs
     * @param blocks     what implements the blocks that have RTL: models, or RTL for a hybrid run
     */
    public Machine(OutputStream console, long seed, NpuConfig npuConfig, TileConfig tileConfig,
                   Technology technology, BlockImplementations blocks) {
        this.seed = seed;
        this.technology = technology;
        this.soc = new SocLedger(technology.silicon().ramBankBytes());
        this.bus = new SystemBus(soc);
        this.hart = new Hart(ram, bus);
        this.npu = new Npu(npuConfig, tileConfig, technology, seed, blocks);
        events.setScheduleListener(hart::limitTo);
        plic = new PlicDevice(level -> hart.setInterruptPending(Csr.MEI, level));
        uart = new Uart16550(console, plic.source(ChipRegisters.Irq.UART0));
        clint = new ClintDevice(events, hart::cycle, CYCLES_PER_TICK,
                level -> hart.setInterruptPending(Csr.MSI, level),
                level -> hart.setInterruptPending(Csr.MTI, level));
        TestFinisher finisher = new TestFinisher(new TestFinisher.Listener() {
            @Override
            public void finish(int status) {
                exitStatus = status;
                hart.requestStop();
            }

            @Override
            public void resetRequested() {
                resetRequested = true;
                hart.requestStop();
            }
        });
        bus.map("FINISHER", Finisher.BASE, Finisher.SIZE, finisher);
        bus.map("CLINT", Clint.BASE, Clint.SIZE, clint);
        bus.map("PLIC", Plic.BASE, Plic.SIZE, plic);
        bus.map("UART0", Uart0.BASE, Uart0.SIZE, uart);
        npuDevice = new NpuDevice(npu, events, hart::cycle, plic.source(ChipRegisters.Irq.NPU), ram, soc.ledger());
        tileRegisters = new TileRegisters(npu.tiles(), hart::stall, hart::cycle);
        models = blocks == BlockImplementations.MODELS;
        bus.map("NPU", ChipRegisters.Npu.BASE, ChipRegisters.Npu.SIZE, blocks.registers("NPU", npuDevice));
        bus.map("NPU_TILE", NpuTile.BASE, NpuTile.SIZE, blocks.registers("NPU_TILE", tileRegisters), true);
        host = new HostDevice(events, hart::cycle, ram, soc.ledger());
        bus.map("HOST", ChipRegisters.Host.BASE, ChipRegisters.Host.SIZE, host);
        hart.setTimeSource(clint::mtime);
    }

    /**
     * Loads firmware and resets the machine to its entry point.
     *
     * @param firmware a validated image whose segments lie in RAM
     */
    public void load(ElfImage firmware) {
        this.image = firmware;
        reset();
    }

    private void reset() {
        if (hart.cycle() > 0) {
            // The core's counters and clock start again from zero: bring in what they counted first.
            settle();
        }
        soc.rebase();
        events.clear();
        ram.clear();
        for (Segment s : image.segments()) {
            ram.write((int) s.address(), s.data(), 0, s.data().length);
        }
        hart.reset(image.entry());
        bus.resetDevices();
        exitStatus = null;
        resetRequested = false;
    }

    /**
     * Runs until the firmware exits, traps without a handler, sleeps forever, or the budget runs out.
     *
     * @param maxCycles cycle budget
     * @return how the run ended
     */
    public RunResult run(long maxCycles) {
        try {
            while (true) {
                RunResult r = advance(maxCycles, false);
                if (r != null) {
                    return r;
                }
            }
        } finally {
            uart.flush();
        }
    }

    /**
     * Executes one instruction, as a debugger's single step does: due events fire first, and a core
     * asleep in {@code wfi} sleeps until the next event instead. Devices never run ahead of the core.
     *
     * @param maxCycles cycle budget
     * @return how the run ended, if it did
     */
    public Optional<RunResult> step(long maxCycles) {
        try {
            return Optional.ofNullable(advance(maxCycles, true));
        } finally {
            uart.flush();
        }
    }

    /** One turn of the run loop: the outcome if the run is over, else null. */
    private RunResult advance(long maxCycles, boolean oneInstruction) {
        if (image == null) {
            throw new IllegalStateException("no firmware loaded");
        }
        if (resetRequested) {
            reset();
        }
        if (exitStatus != null) {
            return result(Outcome.EXITED, exitStatus);
        }
        if (hart.halted().isPresent()) {
            return result(Outcome.TRAPPED, Outcome.TRAPPED.exitStatus());
        }
        long now = hart.cycle();
        if (now >= maxCycles) {
            return result(Outcome.MAX_CYCLES, Outcome.MAX_CYCLES.exitStatus());
        }
        events.fireDue(now);
        long next = events.nextCycle();
        if (!hart.isWaiting()) {
            hart.run(oneInstruction ? now + 1 : Math.min(next, maxCycles));
        } else if (next == Long.MAX_VALUE) {
            return result(Outcome.ASLEEP, Outcome.ASLEEP.exitStatus());
        } else {
            hart.idleUntil(Math.min(next, maxCycles));
        }
        return null;
    }

    /**
     * Writes the whole chip's state, as it stands between two turns of the run loop: the core, RAM, every
     * device with the events it has pending, and the NPU with its tiles.
     *
     * @param out receives it
     * @throws StateException if a block runs from RTL, whose state lives in the Verilated model
     */
    public void save(StateWriter out) {
        if (!models) {
            throw new StateException("snapshots hold the Java models' state; this run has RTL blocks (--rtl)");
        }
        out.section("machine");
        out.bool(exitStatus != null);
        out.i32(exitStatus == null ? 0 : exitStatus);
        out.bool(resetRequested);
        hart.save(out);
        soc.save(out);
        ram.save(out);
        clint.save(out);
        plic.save(out);
        uart.save(out);
        host.save(out);
        npuDevice.save(out);
        tileRegisters.save(out);
        npu.save(out);
    }

    /**
     * Puts the chip back in a state {@link #save} wrote, in a machine built with the same seed,
     * configuration and firmware; pending events are scheduled again.
     *
     * @param in the state
     * @throws StateException if it does not fit this machine
     */
    public void restore(StateReader in) {
        if (image == null) {
            throw new IllegalStateException("no firmware loaded");
        }
        if (!models) {
            throw new StateException("snapshots hold the Java models' state; this run has RTL blocks (--rtl)");
        }
        in.section("machine");
        boolean exited = in.bool();
        int status = in.i32();
        exitStatus = exited ? status : null;
        resetRequested = in.bool();
        events.clear();
        hart.restore(in);
        soc.restore(in);
        ram.restore(in);
        clint.restore(in);
        plic.restore(in);
        uart.restore(in);
        host.restore(in);
        npuDevice.restore(in);
        tileRegisters.restore(in);
        npu.restore(in);
        in.end();
    }

    /** @return the firmware loaded, or null */
    public ElfImage firmware() {
        return image;
    }

    /** Returns the machine to its state just after {@link #load}: RAM reloaded, devices and core reset. */
    public void restart() {
        reset();
    }

    private RunResult result(Outcome outcome, int status) {
        return new RunResult(outcome, status, hart.cycle(), hart.instret(), hart.halted());
    }

    /** @param tracer observer of every executed instruction, or null */
    public void setTracer(Tracer tracer) {
        hart.setTracer(tracer);
    }

    /** @return the control core */
    public Hart hart() {
        return hart;
    }

    /** @return the devices and what each action costs */
    public Technology technology() {
        return technology;
    }

    /** @return the board's host link, to offer files and hear the mailbox */
    public HostDevice host() {
        return host;
    }

    /** @return the system bus, whose device accesses a bus trace hears */
    public SystemBus bus() {
        return bus;
    }

    /** @return main memory */
    public Ram ram() {
        return ram;
    }

    /** @return the serial port, for feeding received bytes */
    public Uart16550 uart() {
        return uart;
    }

    /** @return the master seed of this machine */
    public long seed() {
        return seed;
    }

    /** @return the neural processing unit */
    public Npu npu() {
        return npu;
    }

    /** Brings the ledgers up to now: the core's instructions, and the time every power domain stayed powered. */
    public void settle() {
        long now = hart.cycle();
        soc.settle(now, hart, ram);
        npu.settle(now);
    }

    /** @return every tile's ledger in mesh order, then the SoC's; settle first to read them up to now */
    public List<Ledger> ledgers() {
        List<Ledger> all = new ArrayList<>(npu.ledgers());
        all.add(soc.ledger());
        return all;
    }

    /**
     * @param keep whether every ledger keeps its closed timesteps (on from reset; a long run that reads
     *             only totals turns it off to stay small)
     */
    public void keepLedgerHistory(boolean keep) {
        ledgers().forEach(l -> l.keepHistory(keep));
    }

    /** @return the chip's areas and leakage under its technology */
    public Floorplan floorplan() {
        return npu.floorplan();
    }
}
