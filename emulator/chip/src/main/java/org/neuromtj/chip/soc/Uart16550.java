package org.neuromtj.chip.soc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import org.neuromtj.chip.regs.ChipRegisters.Uart0;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;

/**
 * Subset of an NS16550A serial port: byte registers, divisor latches behind LCR.DLAB, instant
 * transmission to an output stream, a receive queue fed by the host, and the received-data and
 * transmitter-empty interrupts.
 */
public final class Uart16550 implements MmioDevice, Stateful {
    private static final int IIR_NONE = Uart0.IIR_RESET;
    private static final int IIR_THR_EMPTY = 0x02;
    private static final int IIR_RX_DATA = 0x04;

    private final OutputStream tx;
    private final InterruptLine irq;
    private final ArrayDeque<Byte> rx = new ArrayDeque<>();
    private int ier;
    private int lcr;
    private int mcr;
    private int scr;
    private int dll;
    private int dlm;
    private boolean thrEmptyInterrupt;

    /**
     * @param tx  where transmitted bytes go
     * @param irq the interrupt controller source
     */
    public Uart16550(OutputStream tx, InterruptLine irq) {
        this.tx = tx;
        this.irq = irq;
        reset();
    }

    /**
     * Delivers bytes to the receiver, as if they arrived on the wire.
     *
     * @param data the bytes, oldest first
     */
    public void receive(byte[] data) {
        for (byte b : data) {
            rx.add(b);
        }
        update();
    }

    @Override
    public int read(int offset, int size) {
        boolean dlab = (lcr & Uart0.LCR_DLAB) != 0;
        int value = switch (offset) {
            case Uart0.RBR -> dlab ? dll : takeReceived();
            case Uart0.IER -> dlab ? dlm : ier;
            case Uart0.IIR -> identify();
            case Uart0.LCR -> lcr;
            case Uart0.MCR -> mcr;
            case Uart0.LSR -> Uart0.LSR_THRE | Uart0.LSR_TEMT | (rx.isEmpty() ? 0 : Uart0.LSR_DR);
            case Uart0.SCR -> scr;
            default -> 0;
        };
        update();
        return value;
    }

    @Override
    public void write(int offset, int size, int value) {
        int b = value & 0xFF;
        boolean dlab = (lcr & Uart0.LCR_DLAB) != 0;
        switch (offset) {
            case Uart0.THR -> {
                if (dlab) {
                    dll = b;
                } else {
                    transmit(b);
                }
            }
            case Uart0.IER -> {
                if (dlab) {
                    dlm = b;
                } else {
                    boolean enablingThre = (ier & Uart0.IER_ETBEI) == 0 && (b & Uart0.IER_ETBEI) != 0;
                    ier = b & (Uart0.IER_ERBFI | Uart0.IER_ETBEI);
                    thrEmptyInterrupt |= enablingThre;
                }
            }
            case Uart0.LCR -> lcr = b;
            case Uart0.MCR -> mcr = b;
            case Uart0.SCR -> scr = b;
            default -> {
                // FCR is accepted and ignored; LSR and MSR are read-only.
            }
        }
        update();
    }

    @Override
    public void reset() {
        ier = Uart0.IER_RESET;
        lcr = Uart0.LCR_RESET;
        mcr = Uart0.MCR_RESET;
        scr = Uart0.SCR_RESET;
        dll = Uart0.DLL_RESET;
        dlm = Uart0.DLM_RESET;
        rx.clear();
        thrEmptyInterrupt = false;
        update();
    }

    /** Flushes transmitted bytes to the output stream. */
    public void flush() {
        try {
            tx.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void transmit(int b) {
        try {
            tx.write(b);
            if (b == '\n') {
                tx.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The byte leaves at once, so the holding register is immediately empty again.
        thrEmptyInterrupt = true;
    }

    private int takeReceived() {
        Byte b = rx.poll();
        return b == null ? 0 : b & 0xFF;
    }

    @Override
    public void save(StateWriter out) {
        out.section("uart0");
        out.ints(new int[] {ier, lcr, mcr, scr, dll, dlm});
        out.bool(thrEmptyInterrupt);
        byte[] pending = new byte[rx.size()];
        int k = 0;
        for (byte b : rx) {
            pending[k++] = b;
        }
        out.bytes(pending);
    }

    @Override
    public void restore(StateReader in) {
        in.section("uart0");
        int[] r = in.ints(6);
        ier = r[0];
        lcr = r[1];
        mcr = r[2];
        scr = r[3];
        dll = r[4];
        dlm = r[5];
        thrEmptyInterrupt = in.bool();
        rx.clear();
        for (byte b : in.bytes()) {
            rx.add(b);
        }
        update();
    }

    private int identify() {
        if ((ier & Uart0.IER_ERBFI) != 0 && !rx.isEmpty()) {
            return IIR_RX_DATA;
        }
        if ((ier & Uart0.IER_ETBEI) != 0 && thrEmptyInterrupt) {
            thrEmptyInterrupt = false;
            return IIR_THR_EMPTY;
        }
        return IIR_NONE;
    }

    private void update() {
        boolean rxIrq = (ier & Uart0.IER_ERBFI) != 0 && !rx.isEmpty();
        boolean txIrq = (ier & Uart0.IER_ETBEI) != 0 && thrEmptyInterrupt;
        irq.set(rxIrq || txIrq);
    }
}
