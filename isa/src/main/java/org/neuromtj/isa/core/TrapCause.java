package org.neuromtj.isa.core;

/** Exception cause codes of mcause (interrupts additionally set bit 31). */
public final class TrapCause {
    public static final int INSTRUCTION_MISALIGNED = 0;
    public static final int INSTRUCTION_ACCESS_FAULT = 1;
    public static final int ILLEGAL_INSTRUCTION = 2;
    public static final int BREAKPOINT = 3;
    public static final int LOAD_MISALIGNED = 4;
    public static final int LOAD_ACCESS_FAULT = 5;
    public static final int STORE_MISALIGNED = 6;
    public static final int STORE_ACCESS_FAULT = 7;
    public static final int ECALL_M = 11;
    /** Set in mcause for interrupts. */
    public static final int INTERRUPT = 0x80000000;

    private TrapCause() {
    }

    /**
     * @param mcause value of mcause
     * @return a short human-readable description
     */
    public static String describe(int mcause) {
        if ((mcause & INTERRUPT) != 0) {
            return switch (mcause & ~INTERRUPT) {
                case Csr.MSI -> "machine software interrupt";
                case Csr.MTI -> "machine timer interrupt";
                case Csr.MEI -> "machine external interrupt";
                default -> "interrupt " + (mcause & ~INTERRUPT);
            };
        }
        return switch (mcause) {
            case INSTRUCTION_MISALIGNED -> "instruction address misaligned";
            case INSTRUCTION_ACCESS_FAULT -> "instruction access fault";
            case ILLEGAL_INSTRUCTION -> "illegal instruction";
            case BREAKPOINT -> "breakpoint";
            case LOAD_MISALIGNED -> "load address misaligned";
            case LOAD_ACCESS_FAULT -> "load access fault";
            case STORE_MISALIGNED -> "store address misaligned";
            case STORE_ACCESS_FAULT -> "store access fault";
            case ECALL_M -> "environment call from M-mode";
            default -> "exception " + mcause;
        };
    }
}
