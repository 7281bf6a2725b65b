// Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml by `./neuromtj regen`. Do not edit.
package org.neuromtj.emulator.regs;

/** Register definitions of the NeuroMTJ chip, description version 1. */
public final class ChipRegisters {
    /** Main memory of the control core; code, data and stack of the firmware. */
    public static final long RAM_BASE = 0x80000000L;
    public static final long RAM_SIZE = 0x01000000L;

    /** Interrupt controller source ids. */
    public static final class Irq {
        public static final int UART0 = 10;

        private Irq() {
        }
    }

    /** Test finisher, compatible with QEMU virt's sifive_test device. A 32-bit write ends the simulation. */
    public static final class Finisher {
        public static final long BASE = 0x00100000L;
        public static final long SIZE = 0x00001000L;
        /** CTRL (WO): Writing a status code ends the simulation. */
        public static final int CTRL = 0x0;
        public static final int CTRL_RESET = 0x0;
        public static final int CTRL_STATUS_LSB = 0;
        public static final int CTRL_STATUS = 0xFFFF;
        public static final int CTRL_CODE_LSB = 16;
        public static final int CTRL_CODE = 0xFFFF0000;
        public static final int PASS = 0x5555;
        public static final int FAIL = 0x3333;
        public static final int RESET = 0x7777;

        private Finisher() {
        }
    }

    /** Core-local interruptor, compatible with SiFive's CLINT: software interrupt, machine timer and the 64-bit time base. mtime counts at the timebase frequency (core clock divided by 10). */
    public static final class Clint {
        public static final long BASE = 0x02000000L;
        public static final long SIZE = 0x00010000L;
        /** MSIP (RW): Machine software interrupt pending for hart 0. */
        public static final int MSIP = 0x0;
        public static final int MSIP_RESET = 0x0;
        public static final int MSIP_MSIP_LSB = 0;
        public static final int MSIP_MSIP = 0x1;
        /** MTIMECMP (RW): Timer compare for hart 0; the machine timer interrupt is pending while MTIME >= MTIMECMP. Accessible as two 32-bit halves. */
        public static final int MTIMECMP = 0x4000;
        public static final long MTIMECMP_RESET = 0xFFFFFFFFFFFFFFFFL;
        /** MTIME (RW): Time base counting at the timebase frequency. Accessible as two 32-bit halves. */
        public static final int MTIME = 0xBFF8;
        public static final long MTIME_RESET = 0x0L;
        public static final int TIMEBASE_HZ = 0x989680;
        public static final int CORE_HZ = 0x5F5E100;

        private Clint() {
        }
    }

    /** Platform-level interrupt controller (subset compatible with QEMU virt's PLIC): 31 sources, one context (hart 0, machine mode). Source 0 does not exist. */
    public static final class Plic {
        public static final long BASE = 0x0C000000L;
        public static final long SIZE = 0x00400000L;
        /** PRIORITY (RW): Priority of source n (0 disables it); element 0 is reserved. */
        public static final int PRIORITY = 0x0;
        public static final int PRIORITY_RESET = 0x0;
        public static final int PRIORITY_COUNT = 32;
        public static final int PRIORITY_STRIDE = 4;
        public static final int PRIORITY_PRIO_LSB = 0;
        public static final int PRIORITY_PRIO = 0x7;
        /** PENDING (RO): One pending bit per source. */
        public static final int PENDING = 0x1000;
        public static final int PENDING_RESET = 0x0;
        /** ENABLE (RW): One enable bit per source for context 0. */
        public static final int ENABLE = 0x2000;
        public static final int ENABLE_RESET = 0x0;
        /** THRESHOLD (RW): Sources whose priority is not above the threshold are masked. */
        public static final int THRESHOLD = 0x200000;
        public static final int THRESHOLD_RESET = 0x0;
        public static final int THRESHOLD_THRESHOLD_LSB = 0;
        public static final int THRESHOLD_THRESHOLD = 0x7;
        /** CLAIM (RW): Reading claims the highest-priority pending enabled source (0 if none) and clears its pending bit; writing the claimed id completes it. */
        public static final int CLAIM = 0x200004;
        public static final int CLAIM_RESET = 0x0;

        private Plic() {
        }
    }

    /** Serial port, a subset of the NS16550A compatible with QEMU virt's: byte registers, no FIFO timing; transmission is instant, so THRE and TEMT always read as 1. */
    public static final class Uart0 {
        public static final long BASE = 0x10000000L;
        public static final long SIZE = 0x00000100L;
        /** RBR (RC): Receive buffer; reading takes the oldest received byte. */
        public static final int RBR = 0x0;
        public static final int RBR_RESET = 0x0;
        /** THR (WO): Transmit holding register; writing sends one byte. */
        public static final int THR = 0x0;
        public static final int THR_RESET = 0x0;
        /** DLL (RW): Divisor latch, low byte. */
        public static final int DLL = 0x0;
        public static final int DLL_RESET = 0x0;
        /** IER (RW): Interrupt enable. */
        public static final int IER = 0x1;
        public static final int IER_RESET = 0x0;
        public static final int IER_ERBFI_LSB = 0;
        public static final int IER_ERBFI = 0x1;
        public static final int IER_ETBEI_LSB = 1;
        public static final int IER_ETBEI = 0x2;
        /** DLM (RW): Divisor latch, high byte. */
        public static final int DLM = 0x1;
        public static final int DLM_RESET = 0x0;
        /** IIR (RC): Interrupt identification; reading it acknowledges a THR-empty interrupt. */
        public static final int IIR = 0x2;
        public static final int IIR_RESET = 0x1;
        public static final int IIR_NOPEND_LSB = 0;
        public static final int IIR_NOPEND = 0x1;
        public static final int IIR_IID_LSB = 1;
        public static final int IIR_IID = 0xE;
        /** FCR (WO): FIFO control; accepted and ignored. */
        public static final int FCR = 0x2;
        public static final int FCR_RESET = 0x0;
        /** LCR (RW): Line control. */
        public static final int LCR = 0x3;
        public static final int LCR_RESET = 0x0;
        public static final int LCR_WLS_LSB = 0;
        public static final int LCR_WLS = 0x3;
        public static final int LCR_STB_LSB = 2;
        public static final int LCR_STB = 0x4;
        public static final int LCR_PEN_LSB = 3;
        public static final int LCR_PEN = 0x8;
        public static final int LCR_DLAB_LSB = 7;
        public static final int LCR_DLAB = 0x80;
        /** MCR (RW): Modem control; stored, no effect. */
        public static final int MCR = 0x4;
        public static final int MCR_RESET = 0x0;
        /** LSR (RO): Line status. */
        public static final int LSR = 0x5;
        public static final int LSR_RESET = 0x60;
        public static final int LSR_DR_LSB = 0;
        public static final int LSR_DR = 0x1;
        public static final int LSR_THRE_LSB = 5;
        public static final int LSR_THRE = 0x20;
        public static final int LSR_TEMT_LSB = 6;
        public static final int LSR_TEMT = 0x40;
        /** MSR (RO): Modem status; always 0. */
        public static final int MSR = 0x6;
        public static final int MSR_RESET = 0x0;
        /** SCR (RW): Scratch register. */
        public static final int SCR = 0x7;
        public static final int SCR_RESET = 0x0;

        private Uart0() {
        }
    }

    /** NPU tile 0: a 1T-1MTJ crossbar read by resistance summation, its TDCs, SOT write driver and neurons. The geometry registers describe the tile as built; the weight window reads and programs single cells through the write driver's sense and write paths. */
    public static final class Tile0 {
        public static final long BASE = 0x40000000L;
        public static final long SIZE = 0x00100000L;
        /** ROWS (RO): Crossbar rows. */
        public static final int ROWS = 0x0;
        public static final int ROWS_RESET = 0x0;
        /** COLUMNS (RO): Crossbar columns. */
        public static final int COLUMNS = 0x4;
        public static final int COLUMNS_RESET = 0x0;
        /** SEGMENT (RO): Cells per series string. */
        public static final int SEGMENT = 0x8;
        public static final int SEGMENT_RESET = 0x0;
        /** LEVELS (RO): Levels a cell holds (2 for binary). */
        public static final int LEVELS = 0xC;
        public static final int LEVELS_RESET = 0x0;
        /** TDC_BITS (RO): Width of a TDC code. */
        public static final int TDC_BITS = 0x10;
        public static final int TDC_BITS_RESET = 0x0;
        /** TDC_COUNT (RO): Number of TDCs. */
        public static final int TDC_COUNT = 0x14;
        public static final int TDC_COUNT_RESET = 0x0;
        /** NEURONS (RO): Neurons in the tile. */
        public static final int NEURONS = 0x18;
        public static final int NEURONS_RESET = 0x0;
        /** CTRL (RW): Write driver policy. */
        public static final int CTRL = 0x20;
        public static final int CTRL_RESET = 0x1;
        public static final int CTRL_VERIFY_LSB = 0;
        public static final int CTRL_VERIFY = 0x1;
        /** CMD (WO): Commands, acting when their bit is written as 1. */
        public static final int CMD = 0x24;
        public static final int CMD_RESET = 0x0;
        public static final int CMD_CALIBRATE_LSB = 0;
        public static final int CMD_CALIBRATE = 0x1;
        public static final int CMD_RESET_NEURONS_LSB = 1;
        public static final int CMD_RESET_NEURONS = 0x2;
        public static final int CMD_CLEAR_COUNTS_LSB = 2;
        public static final int CMD_CLEAR_COUNTS = 0x4;
        /** STATUS (RO): Outcome of the last calibration and writes. */
        public static final int STATUS = 0x28;
        public static final int STATUS_RESET = 0x0;
        public static final int STATUS_CALIBRATED_LSB = 0;
        public static final int STATUS_CALIBRATED = 0x1;
        public static final int STATUS_WRITE_FAILED_LSB = 1;
        public static final int STATUS_WRITE_FAILED = 0x2;
        /** PULSE_MV (RW): SOT write pulse amplitude in millivolts. */
        public static final int PULSE_MV = 0x30;
        public static final int PULSE_MV_RESET = 0x0;
        /** PULSE_PS (RW): SOT write pulse width in picoseconds. */
        public static final int PULSE_PS = 0x34;
        public static final int PULSE_PS_RESET = 0x0;
        /** MAX_RETRIES (RW): Failed pulses allowed per cell with verify. */
        public static final int MAX_RETRIES = 0x38;
        public static final int MAX_RETRIES_RESET = 0x0;
        /** WRITE_PULSES (RO): SOT pulses since CLEAR_COUNTS. */
        public static final int WRITE_PULSES = 0x40;
        public static final int WRITE_PULSES_RESET = 0x0;
        /** WRITE_RETRIES (RO): Pulses that did not move their cell since CLEAR_COUNTS. */
        public static final int WRITE_RETRIES = 0x44;
        public static final int WRITE_RETRIES_RESET = 0x0;
        /** WRITE_FAILS (RO): Cells left at a wrong level since CLEAR_COUNTS. */
        public static final int WRITE_FAILS = 0x48;
        public static final int WRITE_FAILS_RESET = 0x0;
        /** TDC_OFFSET (RW): Raw counts subtracted by TDC n before its gain; set by calibration. TDCs past TDC_COUNT do not exist. */
        public static final int TDC_OFFSET = 0x100;
        public static final int TDC_OFFSET_RESET = 0x0;
        public static final int TDC_OFFSET_COUNT = 64;
        public static final int TDC_OFFSET_STRIDE = 4;
        public static final int TDC_OFFSET_OFFSET_LSB = 0;
        public static final int TDC_OFFSET_OFFSET = 0xFFFF;
        /** TDC_GAIN (RW): Gain of TDC n in 1/256ths; set by calibration. */
        public static final int TDC_GAIN = 0x200;
        public static final int TDC_GAIN_RESET = 0x100;
        public static final int TDC_GAIN_COUNT = 64;
        public static final int TDC_GAIN_STRIDE = 4;
        public static final int TDC_GAIN_GAIN_LSB = 0;
        public static final int TDC_GAIN_GAIN = 0xFFFF;
        /** WEIGHT (RW): Cell (row, column) at WEIGHT + row*COLUMNS + column. A read senses the cell's level; a write programs it through the SOT write driver. Addresses past ROWS*COLUMNS are a bus error. */
        public static final int WEIGHT = 0x10000;
        public static final int WEIGHT_RESET = 0x0;
        public static final int WEIGHT_COUNT = 65536;
        public static final int WEIGHT_STRIDE = 1;

        private Tile0() {
        }
    }

    private ChipRegisters() {
    }
}
