package org.neuromtj.isa.core;

import java.util.Map;
import java.util.TreeMap;

/** Numbers and names of the control and status registers the core implements. */
public final class Csr {
    public static final int MSTATUS = 0x300;
    public static final int MISA = 0x301;
    public static final int MIE = 0x304;
    public static final int MTVEC = 0x305;
    public static final int MCOUNTEREN = 0x306;
    public static final int MSTATUSH = 0x310;
    public static final int MCOUNTINHIBIT = 0x320;
    public static final int MHPMEVENT3 = 0x323;
    public static final int MHPMEVENT31 = 0x33F;
    public static final int MSCRATCH = 0x340;
    public static final int MEPC = 0x341;
    public static final int MCAUSE = 0x342;
    public static final int MTVAL = 0x343;
    public static final int MIP = 0x344;
    public static final int MCYCLE = 0xB00;
    public static final int MINSTRET = 0xB02;
    public static final int MHPMCOUNTER3 = 0xB03;
    public static final int MHPMCOUNTER31 = 0xB1F;
    public static final int MCYCLEH = 0xB80;
    public static final int MINSTRETH = 0xB82;
    public static final int MHPMCOUNTER3H = 0xB83;
    public static final int MHPMCOUNTER31H = 0xB9F;
    public static final int CYCLE = 0xC00;
    public static final int TIME = 0xC01;
    public static final int INSTRET = 0xC02;
    public static final int HPMCOUNTER3 = 0xC03;
    public static final int HPMCOUNTER31 = 0xC1F;
    public static final int CYCLEH = 0xC80;
    public static final int TIMEH = 0xC81;
    public static final int INSTRETH = 0xC82;
    public static final int HPMCOUNTER3H = 0xC83;
    public static final int HPMCOUNTER31H = 0xC9F;
    public static final int MVENDORID = 0xF11;
    public static final int MARCHID = 0xF12;
    public static final int MIMPID = 0xF13;
    public static final int MHARTID = 0xF14;
    public static final int MCONFIGPTR = 0xF15;

    /** misa: MXL=1 (32-bit), extensions I and M. */
    public static final int MISA_VALUE = 0x40001100;

    /** mstatus.MIE: machine interrupts enabled. */
    public static final int MSTATUS_MIE = 1 << 3;
    /** mstatus.MPIE: MIE before the last trap. */
    public static final int MSTATUS_MPIE = 1 << 7;
    /** mstatus.MPP: previous privilege, always machine mode here. */
    public static final int MSTATUS_MPP = 3 << 11;

    /** Machine software interrupt bit of mip and mie, and its cause code. */
    public static final int MSI = 3;
    /** Machine timer interrupt bit of mip and mie, and its cause code. */
    public static final int MTI = 7;
    /** Machine external interrupt bit of mip and mie, and its cause code. */
    public static final int MEI = 11;

    private static final Map<Integer, String> NAMES = new TreeMap<>();

    static {
        NAMES.put(MSTATUS, "mstatus");
        NAMES.put(MISA, "misa");
        NAMES.put(MIE, "mie");
        NAMES.put(MTVEC, "mtvec");
        NAMES.put(MCOUNTEREN, "mcounteren");
        NAMES.put(MSTATUSH, "mstatush");
        NAMES.put(MCOUNTINHIBIT, "mcountinhibit");
        NAMES.put(MSCRATCH, "mscratch");
        NAMES.put(MEPC, "mepc");
        NAMES.put(MCAUSE, "mcause");
        NAMES.put(MTVAL, "mtval");
        NAMES.put(MIP, "mip");
        NAMES.put(MCYCLE, "mcycle");
        NAMES.put(MINSTRET, "minstret");
        NAMES.put(MCYCLEH, "mcycleh");
        NAMES.put(MINSTRETH, "minstreth");
        NAMES.put(CYCLE, "cycle");
        NAMES.put(TIME, "time");
        NAMES.put(INSTRET, "instret");
        NAMES.put(CYCLEH, "cycleh");
        NAMES.put(TIMEH, "timeh");
        NAMES.put(INSTRETH, "instreth");
        NAMES.put(MVENDORID, "mvendorid");
        NAMES.put(MARCHID, "marchid");
        NAMES.put(MIMPID, "mimpid");
        NAMES.put(MHARTID, "mhartid");
        NAMES.put(MCONFIGPTR, "mconfigptr");
        for (int i = 3; i <= 31; i++) {
            NAMES.put(MHPMEVENT3 + i - 3, "mhpmevent" + i);
            NAMES.put(MHPMCOUNTER3 + i - 3, "mhpmcounter" + i);
            NAMES.put(MHPMCOUNTER3H + i - 3, "mhpmcounter" + i + "h");
            NAMES.put(HPMCOUNTER3 + i - 3, "hpmcounter" + i);
            NAMES.put(HPMCOUNTER3H + i - 3, "hpmcounter" + i + "h");
        }
    }

    private Csr() {
    }

    /**
     * @param csr CSR number
     * @return whether the core implements it
     */
    public static boolean exists(int csr) {
        return NAMES.containsKey(csr);
    }

    /**
     * @param csr CSR number
     * @return whether the number encodes a read-only CSR (bits 11:10 both set)
     */
    public static boolean readOnly(int csr) {
        return (csr >>> 10) == 3;
    }

    /**
     * @param csr CSR number
     * @return its name as objdump prints it, or the number in hex for an unknown CSR
     */
    public static String name(int csr) {
        String name = NAMES.get(csr);
        return name != null ? name : "0x" + Integer.toHexString(csr);
    }
}
