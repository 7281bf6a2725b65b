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

    /** @return whether a register of this type keeps what software writes (RW, W1C, W1S) */
    public boolean keepsState() {
        return this == RW || this == W1C || this == W1S;
    }

    /**
     * What a software write leaves in a register of this type: the one rule the emulator's devices, the
     * generated RTL register blocks and their cycle model share.
     *
     * @param old  the stored value
     * @param data the value written, masked to the register's fields
     * @return the stored value after the write
     */
    public long afterWrite(long old, long data) {
        return switch (this) {
            case RW -> data;
            case W1C -> old & ~data;
            case W1S -> old | data;
            case RO, WO, RC -> old;
        };
    }
}
