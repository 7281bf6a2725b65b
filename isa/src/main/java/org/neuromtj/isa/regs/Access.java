package org.neuromtj.isa.regs;

/** How software may access a register, as written in the register description. */
public enum Access {
    /** Read-only; writes are ignored. */
    RO(true, false),
    /** Write-only; reads return 0. */
    WO(false, true),
    /** Read-write. */
    RW(true, true),
    /** Readable; writing 1 to a bit clears it. */
    W1C(true, true),
    /** Readable; writing 1 to a bit sets it. */
    W1S(true, true),
    /** Read-only, and reading has a side effect (takes data or clears status). */
    RC(true, false);

    private final boolean readable;
    private final boolean writable;

    Access(boolean readable, boolean writable) {
        this.readable = readable;
        this.writable = writable;
    }

    /** @return whether a read returns meaningful data */
    public boolean readable() {
        return readable;
    }

    /** @return whether a write has an effect */
    public boolean writable() {
        return writable;
    }
}
