package org.neuromtj.isa.core;

/**
 * Division and remainder with the RISC-V results for the cases Java would throw on or define otherwise:
 * division by zero gives all ones (remainder: the dividend), and the signed overflow
 * {@code MIN_VALUE / -1} gives {@code MIN_VALUE} (remainder 0).
 */
public final class Arithmetic {

    private Arithmetic() {
    }

    /** @return signed quotient as {@code div} computes it */
    public static int div(int a, int b) {
        if (b == 0) {
            return -1;
        }
        return b == -1 ? -a : a / b;
    }

    /** @return unsigned quotient as {@code divu} computes it */
    public static int divu(int a, int b) {
        return b == 0 ? -1 : Integer.divideUnsigned(a, b);
    }

    /** @return signed remainder as {@code rem} computes it */
    public static int rem(int a, int b) {
        if (b == 0) {
            return a;
        }
        return b == -1 ? 0 : a % b;
    }

    /** @return unsigned remainder as {@code remu} computes it */
    public static int remu(int a, int b) {
        return b == 0 ? a : Integer.remainderUnsigned(a, b);
    }
}
