package org.neuromtj.isa.core;

import java.lang.invoke.MethodHandles;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The control core: one RV32IM + Zicsr + Zifencei hart in machine mode. This class is its interpreter:
 * it executes from its {@link Ram} through a decode cache and reaches devices through a {@link Bus}; the
 * control and status registers live in a {@link CsrFile} and trap entry in {@link Traps}. Time is
 * counted in core cycles following the {@link Timing} table; the simulation kernel runs the hart in
 * batches up to its next event.
 */
public final class Hart implements Stateful {
    private static final Op[] OPS = Op.values();
    private static final int TIMING_SHIFT = 24;

    private final Ram ram;
    private final Bus bus;
    private final int[] x = new int[32];
    private int pc;

    private long cycle;
    private long instret;
    /**
     * Loads, stores, multiplies, divides and system instructions retired, for the energy ledger's instruction
     * classes; the rest of {@link #instret} is arithmetic, logic and control flow. Counted in their own
     * cases, so the common instructions pay nothing for it.
     */
    private long loads;
    private long stores;
    private long multiplies;
    private long divides;
    private long systems;
    private final CsrFile csrs = new CsrFile(() -> cycle, () -> instret);
    private final Traps traps;

    private boolean waiting;
    private TrapReport halted;
    private boolean stopRequested;
    private boolean irqDirty;
    private Tracer tracer;
    /** True while a stop request, interrupt re-check, halt or tracer needs the slow path. */
    private boolean attention;
    private long limit;
    /** Whether misaligned loads and stores trap (causes 4 and 6) instead of being performed. */
    private boolean misalignedTraps;
    /** Translates hot code to JVM classes; null when the interpreter runs alone. */
    private Translator translator;

    /**
     * @param ram main memory, from which the core fetches
     * @param bus everything else on the address map
     */
    public Hart(Ram ram, Bus bus) {
        this.ram = ram;
        this.bus = bus;
        this.traps = new Traps(csrs, ram);
        this.translator = new Translator(ram, MethodHandles.lookup());
    }

    /**
     * Turns the translation of hot code to JVM bytecode on (the default) or off. Translated code keeps the
     * cycle model exactly; off, the interpreter runs alone, as a reference or to rule translation out.
     *
     * @param on whether to translate
     */
    public void setTranslation(boolean on) {
        if (on == (translator != null)) {
            return;
        }
        translator = on ? new Translator(ram, MethodHandles.lookup()) : null;
        if (!on) {
            ram.setWatcher(null);
        }
    }

    /**
     * Chooses what misaligned loads and stores do. By default they are performed, as QEMU and cores such as
     * Ibex do: split into two accesses, {@link Timing#MISALIGNED_EXTRA} cycle more, within RAM (a misaligned
     * access to a device is an access fault). Trapping instead (causes 4 and 6, the address in mtval) is
     * what the specification also allows.
     *
     * @param trap whether they trap
     */
    public void setMisalignedTraps(boolean trap) {
        misalignedTraps = trap;
    }

    /** @return blocks of code translated so far (0 with translation off) */
    public long blocksTranslated() {
        return translator == null ? 0 : translator.translated();
    }

    /**
     * Resets architectural state (not memory): registers, CSRs, counters and wait/halt state.
     *
     * @param resetPc first instruction address
     */
    public void reset(int resetPc) {
        java.util.Arrays.fill(x, 0);
        pc = resetPc;
        cycle = 0;
        instret = 0;
        loads = 0;
        stores = 0;
        multiplies = 0;
        divides = 0;
        systems = 0;
        csrs.reset();
        waiting = false;
        halted = null;
        stopRequested = false;
        irqDirty = false;
        updateAttention();
    }

    /**
     * Executes instructions until the cycle count reaches {@code untilCycle}, or the core waits in
     * {@code wfi}, halts on an unhandled trap, or is asked to stop.
     *
     * @param untilCycle cycle at which to return
     */
    public void run(long untilCycle) {
        if (waiting || halted != null) {
            return;
        }
        limit = untilCycle;
        final int[] x = this.x;
        final Ram ram = this.ram;
        final long[] cache = ram.decoded;
        final int ramBase = ram.base();
        final int ramSize = ram.size();
        loop:
        while (cycle < limit) {
            if (attention && !serviceAttention()) {
                break;
            }
            final int pc = this.pc;
            final int off = pc - ramBase;
            if (Integer.compareUnsigned(off, ramSize) >= 0) {
                trap(TrapCause.INSTRUCTION_ACCESS_FAULT, pc, 0);
                continue;
            }
            final Translator code = translator;
            if (code != null && !attention) {
                TranslatedBlock block = code.at(off >>> 2);
                if (block != null && block.run(this)) {
                    continue;
                }
            }
            long d = decoded(ram, cache, off >>> 2);
            final int rd = (int) (d >>> 9) & 31;
            final int rs1 = (int) (d >>> 14) & 31;
            final int rs2 = (int) (d >>> 19) & 31;
            final int imm = (int) (d >> 32);
            final int cost = (int) (d >>> TIMING_SHIFT) & 0xFF;
            int next = pc + 4;
            switch (OPS[(int) d & 0xFF]) {
                case LUI -> x[rd] = imm;
                case AUIPC -> x[rd] = pc + imm;
                case JAL -> {
                    int target = pc + imm;
                    if ((target & 3) != 0) {
                        trap(TrapCause.INSTRUCTION_MISALIGNED, target, cost);
                        continue;
                    }
                    x[rd] = next;
                    next = target;
                }
                case JALR -> {
                    int target = (x[rs1] + imm) & ~1;
                    if ((target & 3) != 0) {
                        trap(TrapCause.INSTRUCTION_MISALIGNED, target, cost);
                        continue;
                    }
                    x[rd] = next;
                    next = target;
                }
                case BEQ, BNE, BLT, BGE, BLTU, BGEU -> {
                    int a = x[rs1];
                    int b = x[rs2];
                    boolean taken = switch (OPS[(int) d & 0xFF]) {
                        case BEQ -> a == b;
                        case BNE -> a != b;
                        case BLT -> a < b;
                        case BGE -> a >= b;
                        case BLTU -> Integer.compareUnsigned(a, b) < 0;
                        default -> Integer.compareUnsigned(a, b) >= 0;
                    };
                    if (taken) {
                        int target = pc + imm;
                        if ((target & 3) != 0) {
                            trap(TrapCause.INSTRUCTION_MISALIGNED, target, cost);
                            continue;
                        }
                        next = target;
                        cycle += Timing.TAKEN_BRANCH - Timing.BRANCH.cycles();
                    }
                }
                case LB, LBU -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    int v;
                    if (Integer.compareUnsigned(o, ramSize) < 0) {
                        v = ram.signedByte(o);
                    } else {
                        try {
                            v = (byte) bus.load(a, 1);
                        } catch (BusFault f) {
                            trap(TrapCause.LOAD_ACCESS_FAULT, a, cost);
                            continue;
                        }
                    }
                    x[rd] = (d & 0xFF) == Op.LB.ordinal() ? v : v & 0xFF;
                    loads++;
                }
                case LH, LHU -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    int v;
                    if ((a & 1) != 0) {
                        if (!misalignedInRam(a, o, 2, TrapCause.LOAD_MISALIGNED, TrapCause.LOAD_ACCESS_FAULT, cost)) {
                            continue;
                        }
                        v = (short) ram.misaligned(o, 2);
                    } else if (Integer.compareUnsigned(o, ramSize) < 0) {
                        v = ram.half(o);
                    } else {
                        try {
                            v = (short) bus.load(a, 2);
                        } catch (BusFault f) {
                            trap(TrapCause.LOAD_ACCESS_FAULT, a, cost);
                            continue;
                        }
                    }
                    x[rd] = (d & 0xFF) == Op.LH.ordinal() ? v : v & 0xFFFF;
                    loads++;
                }
                case LW -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    if ((a & 3) != 0) {
                        if (!misalignedInRam(a, o, 4, TrapCause.LOAD_MISALIGNED, TrapCause.LOAD_ACCESS_FAULT, cost)) {
                            continue;
                        }
                        x[rd] = ram.misaligned(o, 4);
                    } else if (Integer.compareUnsigned(o, ramSize) < 0) {
                        x[rd] = ram.word(o);
                    } else {
                        try {
                            x[rd] = bus.load(a, 4);
                        } catch (BusFault f) {
                            trap(TrapCause.LOAD_ACCESS_FAULT, a, cost);
                            continue;
                        }
                    }
                    loads++;
                }
                case SB -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    if (Integer.compareUnsigned(o, ramSize) < 0) {
                        ram.storeByte(o, x[rs2]);
                    } else if (!storeToBus(a, 1, x[rs2], cost)) {
                        continue;
                    }
                    stores++;
                }
                case SH -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    if ((a & 1) != 0) {
                        if (!misalignedInRam(a, o, 2, TrapCause.STORE_MISALIGNED, TrapCause.STORE_ACCESS_FAULT, cost)) {
                            continue;
                        }
                        ram.storeMisaligned(o, 2, x[rs2]);
                    } else if (Integer.compareUnsigned(o, ramSize) < 0) {
                        ram.storeHalf(o, x[rs2]);
                    } else if (!storeToBus(a, 2, x[rs2], cost)) {
                        continue;
                    }
                    stores++;
                }
                case SW -> {
                    int a = x[rs1] + imm;
                    int o = a - ramBase;
                    if ((a & 3) != 0) {
                        if (!misalignedInRam(a, o, 4, TrapCause.STORE_MISALIGNED, TrapCause.STORE_ACCESS_FAULT, cost)) {
                            continue;
                        }
                        ram.storeMisaligned(o, 4, x[rs2]);
                    } else if (Integer.compareUnsigned(o, ramSize) < 0) {
                        ram.storeWord(o, x[rs2]);
                    } else if (!storeToBus(a, 4, x[rs2], cost)) {
                        continue;
                    }
                    stores++;
                }
                case ADDI -> x[rd] = x[rs1] + imm;
                case SLTI -> x[rd] = x[rs1] < imm ? 1 : 0;
                case SLTIU -> x[rd] = Integer.compareUnsigned(x[rs1], imm) < 0 ? 1 : 0;
                case XORI -> x[rd] = x[rs1] ^ imm;
                case ORI -> x[rd] = x[rs1] | imm;
                case ANDI -> x[rd] = x[rs1] & imm;
                case SLLI -> x[rd] = x[rs1] << imm;
                case SRLI -> x[rd] = x[rs1] >>> imm;
                case SRAI -> x[rd] = x[rs1] >> imm;
                case ADD -> x[rd] = x[rs1] + x[rs2];
                case SUB -> x[rd] = x[rs1] - x[rs2];
                case SLL -> x[rd] = x[rs1] << x[rs2];
                case SLT -> x[rd] = x[rs1] < x[rs2] ? 1 : 0;
                case SLTU -> x[rd] = Integer.compareUnsigned(x[rs1], x[rs2]) < 0 ? 1 : 0;
                case XOR -> x[rd] = x[rs1] ^ x[rs2];
                case SRL -> x[rd] = x[rs1] >>> x[rs2];
                case SRA -> x[rd] = x[rs1] >> x[rs2];
                case OR -> x[rd] = x[rs1] | x[rs2];
                case AND -> x[rd] = x[rs1] & x[rs2];
                case MUL -> {
                    x[rd] = x[rs1] * x[rs2];
                    multiplies++;
                }
                case MULH -> {
                    x[rd] = (int) (((long) x[rs1] * x[rs2]) >> 32);
                    multiplies++;
                }
                case MULHSU -> {
                    x[rd] = (int) (((long) x[rs1] * Integer.toUnsignedLong(x[rs2])) >> 32);
                    multiplies++;
                }
                case MULHU -> {
                    x[rd] = (int) ((Integer.toUnsignedLong(x[rs1]) * Integer.toUnsignedLong(x[rs2])) >>> 32);
                    multiplies++;
                }
                case DIV -> {
                    x[rd] = Arithmetic.div(x[rs1], x[rs2]);
                    divides++;
                }
                case DIVU -> {
                    x[rd] = Arithmetic.divu(x[rs1], x[rs2]);
                    divides++;
                }
                case REM -> {
                    x[rd] = Arithmetic.rem(x[rs1], x[rs2]);
                    divides++;
                }
                case REMU -> {
                    x[rd] = Arithmetic.remu(x[rs1], x[rs2]);
                    divides++;
                }
                case FENCE, FENCE_I -> {
                    // Memory is sequentially consistent and the decode cache snoops every write.
                }
                case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI -> {
                    if (!csrInstruction(OPS[(int) d & 0xFF], rd, rs1, imm, ram.word(off), cost)) {
                        continue;
                    }
                    systems++;
                }
                case ECALL -> {
                    trap(TrapCause.ECALL_M, 0, cost);
                    continue;
                }
                case EBREAK -> {
                    trap(TrapCause.BREAKPOINT, pc, cost);
                    continue;
                }
                case MRET -> {
                    next = csrs.mepc();
                    csrs.returnFromTrap();
                    irqChanged();
                    systems++;
                }
                case WFI -> {
                    systems++;
                    if (!csrs.interruptPendingAndEnabled()) {
                        this.pc = next;
                        cycle += cost;
                        instret++;
                        waiting = true;
                        break loop;
                    }
                }
                case ILLEGAL -> {
                    trap(TrapCause.ILLEGAL_INSTRUCTION, ram.word(off), cost);
                    continue;
                }
            }
            x[0] = 0;
            this.pc = next;
            cycle += cost;
            instret++;
        }
    }

    /** @return the base cycles of an instruction in the decode cache's form */
    static int cost(long decoded) {
        return (int) (decoded >>> TIMING_SHIFT) & 0xFF;
    }

    /**
     * @param ram   the memory
     * @param cache its decode cache, {@code ram.decoded} (the run loop keeps it in a local)
     * @param word  a word index in it
     * @return the word decoded, from the decode cache, decoding it there on first use
     */
    static long decoded(Ram ram, long[] cache, int word) {
        long d = cache[word];
        if (d == 0) {
            d = decodeForCache(ram.word(4 * word));
            cache[word] = d;
        }
        return d;
    }

    /** Packs the decoded word with its base cycle count in the otherwise unused bits 24-31. */
    private static long decodeForCache(int word) {
        long packed = Decoder.pack(word);
        return packed | ((long) Decoder.op(packed).timing().cycles() << TIMING_SHIFT);
    }

    /**
     * Decides a misaligned access: it traps if so configured, faults unless all of it lies in RAM, and
     * otherwise costs its second access's cycle and may be performed.
     *
     * @return whether to perform it
     */
    private boolean misalignedInRam(int address, int offset, int size, int misalignedCause, int faultCause, int cost) {
        if (misalignedTraps) {
            trap(misalignedCause, address, cost);
            return false;
        }
        if (Integer.compareUnsigned(offset, ram.size() - size) > 0) {
            trap(faultCause, address, cost);
            return false;
        }
        cycle += Timing.MISALIGNED_EXTRA;
        return true;
    }

    private boolean storeToBus(int address, int size, int value, int cost) {
        try {
            bus.store(address, size, value);
            return true;
        } catch (BusFault f) {
            trap(TrapCause.STORE_ACCESS_FAULT, address, cost);
            return false;
        }
    }

    /** @return false if the instruction trapped */
    private boolean csrInstruction(Op op, int rd, int rs1, int csr, int word, int cost) {
        boolean immediate = op == Op.CSRRWI || op == Op.CSRRSI || op == Op.CSRRCI;
        boolean swap = op == Op.CSRRW || op == Op.CSRRWI;
        boolean writes = swap || rs1 != 0;
        if (!Csr.exists(csr) || (writes && Csr.readOnly(csr))) {
            trap(TrapCause.ILLEGAL_INSTRUCTION, word, cost);
            return false;
        }
        int old = csrs.read(csr);
        if (writes) {
            int source = immediate ? rs1 : x[rs1];
            int value = switch (op) {
                case CSRRW, CSRRWI -> source;
                case CSRRS, CSRRSI -> old | source;
                default -> old & ~source;
            };
            if (csrs.write(csr, value)) {
                irqChanged();
            }
        }
        x[rd] = old;
        return true;
    }

    /** Enters the trap handler for a synchronous exception raised by the instruction at pc. */
    private void trap(int cause, int tval, int cost) {
        cycle += cost;
        enterTrap(cause, tval, pc);
    }

    private void enterTrap(int cause, int tval, int epc) {
        OptionalInt handler = traps.enter(cause, tval, epc);
        if (handler.isEmpty()) {
            halted = new TrapReport(epc, cause, tval);
            updateAttention();
            return;
        }
        pc = handler.getAsInt();
        cycle += Timing.TRAP_ENTRY;
        irqChanged();
    }

    /** @return false if the run loop must return */
    private boolean serviceAttention() {
        if (halted != null || stopRequested) {
            stopRequested = false;
            updateAttention();
            return false;
        }
        if (irqDirty) {
            irqDirty = false;
            int cause = traps.interrupt();
            if (cause != 0) {
                enterTrap(cause, 0, pc);
                if (halted != null) {
                    return false;
                }
            }
            updateAttention();
        }
        if (tracer != null) {
            int off = pc - ram.base();
            if (Integer.compareUnsigned(off, ram.size()) < 0) {
                tracer.instruction(cycle, pc, ram.word(off));
            }
        }
        return true;
    }

    private void irqChanged() {
        irqDirty = true;
        attention = true;
    }

    private void updateAttention() {
        attention = halted != null || stopRequested || irqDirty || tracer != null;
    }

    /**
     * Sets or clears one of the interrupt-pending bits devices drive (MSIP, MTIP, MEIP). A pending enabled
     * interrupt ends a wait in {@code wfi} and is taken before the next instruction if enabled globally.
     *
     * @param bit   {@link Csr#MSI}, {@link Csr#MTI} or {@link Csr#MEI}
     * @param level whether the line is asserted
     */
    public void setInterruptPending(int bit, boolean level) {
        if (((1 << bit) & CsrFile.MIP_WRITABLE_BY_DEVICES) == 0) {
            throw new IllegalArgumentException("mip bit " + bit + " is not driven by devices");
        }
        if (csrs.setPending(bit, level)) {
            irqChanged();
        }
        if (csrs.interruptPendingAndEnabled()) {
            waiting = false;
        }
    }

    /** Makes {@link #run} return before the next instruction, as when the firmware ends the simulation. */
    public void requestStop() {
        stopRequested = true;
        attention = true;
    }

    /**
     * Ends the current batch of {@link #run} no later than {@code cycle}, as when a device schedules an
     * event sooner than the batch's end.
     *
     * @param cycle the cycle by which {@code run} must return
     */
    public void limitTo(long cycle) {
        limit = Math.min(limit, cycle);
    }

    /**
     * Adds wait states to the access in progress, as a device that holds the bus until it is done does.
     *
     * @param waitCycles cycles the current instruction takes beyond its own timing
     */
    public void stall(long waitCycles) {
        cycle += waitCycles;
    }

    /**
     * Moves the clock forward while the core waits, as when it sleeps in {@code wfi} until the next event.
     *
     * @param targetCycle the new cycle count; ignored if not ahead of the current one
     */
    public void idleUntil(long targetCycle) {
        cycle = Math.max(cycle, targetCycle);
    }

    /** @param tracer observer of every executed instruction, or null for none */
    public void setTracer(Tracer tracer) {
        this.tracer = tracer;
        updateAttention();
    }

    /** @param time source of the {@code time} CSR, normally the CLINT's mtime */
    public void setTimeSource(LongSupplier time) {
        csrs.setTimeSource(time);
    }

    /** @return the core clock in cycles since reset */
    public long cycle() {
        return cycle;
    }

    /** @return instructions retired since reset */
    public long instret() {
        return instret;
    }

    /**
     * The instructions retired since reset by the classes the energy ledger charges.
     *
     * @param loads      loads
     * @param stores     stores
     * @param multiplies multiplies
     * @param divides    divides and remainders
     * @param systems    CSR instructions, mret and wfi
     * @param others     the rest: arithmetic, logic, branches, jumps, fences
     */
    public record InstructionMix(long loads, long stores, long multiplies, long divides, long systems, long others) {
    }

    /** @return the instructions retired since reset, by class */
    public InstructionMix mix() {
        return new InstructionMix(loads, stores, multiplies, divides, systems,
                instret - loads - stores - multiplies - divides - systems);
    }

    /** @return the address of the next instruction */
    public int pc() {
        return pc;
    }

    /**
     * @param index register number 0..31
     * @return the register's value
     */
    public int register(int index) {
        return x[index];
    }

    /**
     * @param index register number 1..31 (writes to x0 are ignored)
     * @param value new value
     */
    public void setRegister(int index, int value) {
        if (index != 0) {
            x[index] = value;
        }
    }

    /**
     * @param csr CSR number
     * @return its value as the firmware would read it
     * @throws IllegalArgumentException if the CSR is not implemented
     */
    public int csr(int csr) {
        if (!Csr.exists(csr)) {
            throw new IllegalArgumentException("CSR 0x" + Integer.toHexString(csr) + " is not implemented");
        }
        return csrs.read(csr);
    }

    /**
     * Sets a CSR as a debugger does: as if written by a CSR instruction, except that a write to
     * {@code minstret} is not followed by the writing instruction's own retirement.
     *
     * @param csr   CSR number
     * @param value new value; read-only and WARL fields keep their rules
     * @throws IllegalArgumentException if the CSR is not implemented
     */
    public void setCsr(int csr, int value) {
        if (!Csr.exists(csr)) {
            throw new IllegalArgumentException("CSR 0x" + Integer.toHexString(csr) + " is not implemented");
        }
        if (csrs.write(csr, value)) {
            irqChanged();
        }
        if (csr == Csr.MINSTRET || csr == Csr.MINSTRETH) {
            csrs.uncountRetirement();
        }
    }

    /** @param pc the address of the next instruction, as a debugger sets it */
    public void setPc(int pc) {
        this.pc = pc;
    }

    /** The registers, counters, CSRs and wait and halt state, each by name. */
    @Override
    public void save(StateWriter out) {
        out.section("hart");
        out.section("x");
        out.ints(x);
        out.section("pc");
        out.i32(pc);
        out.section("cycle");
        out.i64(cycle);
        out.section("instret");
        out.i64(instret);
        out.section("retired");
        out.longs(new long[] {loads, stores, multiplies, divides, systems});
        csrs.save(out);
        out.section("waiting");
        out.bool(waiting);
        out.section("stop-requested");
        out.bool(stopRequested);
        out.section("irq-dirty");
        out.bool(irqDirty);
        out.section("halted");
        out.bool(halted != null);
        if (halted != null) {
            out.ints(new int[] {halted.pc(), halted.mcause(), halted.mtval()});
        }
    }

    @Override
    public void restore(StateReader in) {
        in.section("hart");
        in.section("x");
        System.arraycopy(in.ints(32), 0, x, 0, 32);
        in.section("pc");
        pc = in.i32();
        in.section("cycle");
        cycle = in.i64();
        in.section("instret");
        instret = in.i64();
        in.section("retired");
        long[] mix = in.longs(5);
        loads = mix[0];
        stores = mix[1];
        multiplies = mix[2];
        divides = mix[3];
        systems = mix[4];
        csrs.restore(in);
        in.section("waiting");
        waiting = in.bool();
        in.section("stop-requested");
        stopRequested = in.bool();
        in.section("irq-dirty");
        irqDirty = in.bool();
        in.section("halted");
        if (in.bool()) {
            int[] h = in.ints(3);
            halted = new TrapReport(h[0], h[1], h[2]);
        } else {
            halted = null;
        }
        updateAttention();
    }

    /** @return whether the core sleeps in {@code wfi} with no enabled interrupt pending */
    public boolean isWaiting() {
        return waiting;
    }

    /** @return the trap that halted the core, if any */
    public Optional<TrapReport> halted() {
        return Optional.ofNullable(halted);
    }
}
