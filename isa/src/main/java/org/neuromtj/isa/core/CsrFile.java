package org.neuromtj.isa.core;

import static org.neuromtj.isa.core.Csr.MSTATUS_MIE;
import static org.neuromtj.isa.core.Csr.MSTATUS_MPIE;
import static org.neuromtj.isa.core.Csr.MSTATUS_MPP;

import java.util.function.LongSupplier;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * The hart's machine-mode control and status registers and their WARL rules: mstatus, mie, mip (whose
 * bits devices drive), mtvec, mscratch, mepc, mcause, mtval, and the cycle, instret and time counters
 * (the first two kept as offsets from the hart's own counts, so that firmware may write them).
 */
final class CsrFile {
    /** The mip bits devices drive: software, timer and external interrupts. */
    static final int MIP_WRITABLE_BY_DEVICES = (1 << Csr.MSI) | (1 << Csr.MTI) | (1 << Csr.MEI);

    private final LongSupplier cycle;
    private final LongSupplier instret;
    private LongSupplier time;
    private int mstatus;
    private int mie;
    private int mip;
    private int mtvec;
    private int mscratch;
    private int mepc;
    private int mcause;
    private int mtval;
    private long mcycleOffset;
    private long minstretOffset;

    /**
     * @param cycle   the hart's cycle count
     * @param instret the hart's retired instructions
     */
    CsrFile(LongSupplier cycle, LongSupplier instret) {
        this.cycle = cycle;
        this.instret = instret;
        this.time = () -> cycle.getAsLong() / 10;
        reset();
    }

    void reset() {
        mstatus = MSTATUS_MPP;
        mie = 0;
        mip = 0;
        mtvec = 0;
        mscratch = 0;
        mepc = 0;
        mcause = 0;
        mtval = 0;
        mcycleOffset = 0;
        minstretOffset = 0;
    }

    void setTimeSource(LongSupplier time) {
        this.time = time;
    }

    /** @return a CSR's value as the firmware reads it */
    int read(int csr) {
        return switch (csr) {
            case Csr.MSTATUS -> mstatus;
            case Csr.MISA -> Csr.MISA_VALUE;
            case Csr.MIE -> mie;
            case Csr.MIP -> mip;
            case Csr.MTVEC -> mtvec;
            case Csr.MSCRATCH -> mscratch;
            case Csr.MEPC -> mepc;
            case Csr.MCAUSE -> mcause;
            case Csr.MTVAL -> mtval;
            case Csr.MCYCLE, Csr.CYCLE -> (int) mcycle();
            case Csr.MCYCLEH, Csr.CYCLEH -> (int) (mcycle() >>> 32);
            case Csr.MINSTRET, Csr.INSTRET -> (int) minstret();
            case Csr.MINSTRETH, Csr.INSTRETH -> (int) (minstret() >>> 32);
            case Csr.TIME -> (int) time.getAsLong();
            case Csr.TIMEH -> (int) (time.getAsLong() >>> 32);
            default -> 0; // hardwired-zero counters, events, ids and mstatush
        };
    }

    /**
     * Writes a CSR as a CSR instruction does, keeping its WARL rules. A write to minstret sets the count
     * before the writing instruction retires.
     *
     * @return whether the write may change which interrupts are taken
     */
    boolean write(int csr, int value) {
        switch (csr) {
            case Csr.MSTATUS -> {
                mstatus = (value & (MSTATUS_MIE | MSTATUS_MPIE)) | MSTATUS_MPP;
                return true;
            }
            case Csr.MIE -> {
                mie = value & MIP_WRITABLE_BY_DEVICES;
                return true;
            }
            case Csr.MTVEC -> mtvec = (value & 3) <= 1 ? value : value & ~3;
            case Csr.MSCRATCH -> mscratch = value;
            case Csr.MEPC -> mepc = value & ~3;
            case Csr.MCAUSE -> mcause = value;
            case Csr.MTVAL -> mtval = value;
            case Csr.MCYCLE -> mcycleOffset = ((mcycle() & 0xFFFFFFFF00000000L) | Integer.toUnsignedLong(value))
                    - cycle.getAsLong();
            case Csr.MCYCLEH -> mcycleOffset = (((long) value << 32) | (mcycle() & 0xFFFFFFFFL)) - cycle.getAsLong();
            case Csr.MINSTRET -> minstretOffset = ((minstret() & 0xFFFFFFFF00000000L) | Integer.toUnsignedLong(value))
                    - instret.getAsLong() - 1;
            case Csr.MINSTRETH -> minstretOffset = (((long) value << 32) | (minstret() & 0xFFFFFFFFL))
                    - instret.getAsLong() - 1;
            default -> {
                // mip's bits are driven by devices; the rest are read-only zero or WARL fields fixed here.
            }
        }
        return false;
    }

    /** Undoes the retirement a CSR write to minstret counts on, for a debugger's write. */
    void uncountRetirement() {
        minstretOffset++;
    }

    /**
     * @param bit   {@link Csr#MSI}, {@link Csr#MTI} or {@link Csr#MEI}
     * @param level whether the line is asserted
     * @return whether mip changed
     */
    boolean setPending(int bit, boolean level) {
        int updated = level ? mip | (1 << bit) : mip & ~(1 << bit);
        boolean changed = updated != mip;
        mip = updated;
        return changed;
    }

    /** @return whether an enabled interrupt is pending, which ends a wait in {@code wfi} */
    boolean interruptPendingAndEnabled() {
        return (mip & mie) != 0;
    }

    int mstatus() {
        return mstatus;
    }

    int mtvec() {
        return mtvec;
    }

    int mepc() {
        return mepc;
    }

    /** Records a trap's cause and return address and disables interrupts, keeping the old enable in MPIE. */
    void enterTrap(int cause, int tval, int epc) {
        mepc = epc;
        mcause = cause;
        mtval = tval;
        mstatus = ((mstatus & MSTATUS_MIE) != 0 ? mstatus | MSTATUS_MPIE : mstatus & ~MSTATUS_MPIE) & ~MSTATUS_MIE;
    }

    /** Returns from a trap: MIE from MPIE, MPIE set. */
    void returnFromTrap() {
        mstatus = (mstatus & MSTATUS_MPIE) != 0 ? mstatus | MSTATUS_MIE : mstatus & ~MSTATUS_MIE;
        mstatus |= MSTATUS_MPIE;
    }

    /** @return the pending, enabled interrupts when interrupts are enabled globally, or 0 */
    int takeable() {
        return (mstatus & MSTATUS_MIE) != 0 ? mip & mie : 0;
    }

    private long mcycle() {
        return cycle.getAsLong() + mcycleOffset;
    }

    private long minstret() {
        return instret.getAsLong() + minstretOffset;
    }

    void save(StateWriter out) {
        out.section("csrs");
        String[] names = {"mstatus", "mie", "mip", "mtvec", "mscratch", "mepc", "mcause", "mtval"};
        int[] values = {mstatus, mie, mip, mtvec, mscratch, mepc, mcause, mtval};
        for (int k = 0; k < names.length; k++) {
            out.section(names[k]);
            out.i32(values[k]);
        }
        out.section("mcycle-offset");
        out.i64(mcycleOffset);
        out.section("minstret-offset");
        out.i64(minstretOffset);
    }

    void restore(StateReader in) {
        in.section("csrs");
        mstatus = named(in, "mstatus");
        mie = named(in, "mie");
        mip = named(in, "mip");
        mtvec = named(in, "mtvec");
        mscratch = named(in, "mscratch");
        mepc = named(in, "mepc");
        mcause = named(in, "mcause");
        mtval = named(in, "mtval");
        in.section("mcycle-offset");
        mcycleOffset = in.i64();
        in.section("minstret-offset");
        minstretOffset = in.i64();
    }

    private static int named(StateReader in, String name) {
        in.section(name);
        return in.i32();
    }
}
