package org.neuromtj.emulator;

import java.io.OutputStream;
import java.util.Optional;
import org.neuromtj.emulator.elf.ElfImage;
import org.neuromtj.emulator.ledger.Technology;
import org.neuromtj.emulator.npu.BlockImplementations;
import org.neuromtj.emulator.npu.Npu;
import org.neuromtj.emulator.npu.NpuConfig;
import org.neuromtj.emulator.npu.NpuDevice;
import org.neuromtj.emulator.npu.tile.TileConfig;
import org.neuromtj.emulator.npu.tile.TileRegisters;
import org.neuromtj.emulator.elf.Segment;
import org.neuromtj.emulator.regs.ChipRegisters;
import org.neuromtj.emulator.regs.ChipRegisters.Clint;
import org.neuromtj.emulator.regs.ChipRegisters.Finisher;
import org.neuromtj.emulator.regs.ChipRegisters.Plic;
import org.neuromtj.emulator.regs.ChipRegisters.NpuTile;
import org.neuromtj.emulator.regs.ChipRegisters.Uart0;
import org.neuromtj.emulator.sim.EventQueue;
import org.neuromtj.emulator.sim.Outcome;
import org.neuromtj.emulator.sim.RunResult;
import org.neuromtj.emulator.soc.ClintDevice;
import org.neuromtj.emulator.soc.HostDevice;
import org.neuromtj.emulator.soc.PlicDevice;
import org.neuromtj.emulator.soc.SystemBus;
import org.neuromtj.emulator.soc.TestFinisher;
import org.neuromtj.emulator.soc.Uart16550;
import org.neuromtj.isa.core.Csr;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.core.Tracer;

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
    private final SystemBus bus = new SystemBus();
    private final Hart hart = new Hart(ram, bus);
    private final Uart16550 uart;
    private final ClintDevice clint;
    private final Npu npu;
    private final HostDevice host;
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
        this.npu = new Npu(npuConfig, tileConfig, technology, seed, blocks);
        events.setScheduleListener(hart::limitTo);
        PlicDevice plic = new PlicDevice(level -> hart.setInterruptPending(Csr.MEI, level));
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
        bus.map("NPU", ChipRegisters.Npu.BASE, ChipRegisters.Npu.SIZE, blocks.registers("NPU",
                new NpuDevice(npu, events, hart::cycle, plic.source(ChipRegisters.Irq.NPU), ram)));
        bus.map("NPU_TILE", NpuTile.BASE, NpuTile.SIZE, blocks.registers("NPU_TILE",
                new TileRegisters(npu.tiles(), hart::stall)));
        host = new HostDevice(events, hart::cycle, ram);
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
}
