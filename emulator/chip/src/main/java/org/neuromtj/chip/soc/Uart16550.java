package org.neuromtj.chip.soc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import org.neuromtj.chip.regs.ChipRegisters.Uart0;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * Subset of an NS16550A serial port: byte registers, divisor latches behind LCR.DLAB, instant
 * transmission to an output stream, a receive queue fed by the host, and the received-data and
 * transmitter-empty interrupts.
 */
public final class Uart16550 implements RegisterDevice, Stateful {
    private static final int IIR_NONE = Uart0.IIR_RESET;
    private static final int IIR_THR_EMPTY = 0x02;
    private static final int IIR_RX_DATA = 0x04;

    private final OutputStream tx;
    private final InterruptLine irq;
    private final ArrayDeque<Byte> rx = new ArrayDeque<>();
    private boolean thrEmptyInterrupt;
    private final RegisterFront registers = new RegisterFront("UART0", RegisterFront.Miss.IGNORE)
            .onRead("RBR", e -> takeReceived())
            .onRead("IIR", e -> identify())
            .onRead("LSR", e -> Uart0.LSR_THRE | Uart0.LSR_TEMT | (rx.isEmpty() ? 0 : Uart0.LSR_DR))
            .onWrite("THR", (e, before, b) -> transmit((int) b))
            .onWrite("IER", (e, before, after) -> thrEmptyInterrupt |= (before & Uart0.IER_ETBEI) == 0
                    && (after & Uart0.IER_ETBEI) != 0);
    private final RegisterFront.Value ier = registers.value("IER");

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
        int value = registers.read(offset, size);
        update();
        return value;
    }

    @Override
    public RegisterFront registers() {
        return registers;
    }

    @Override
    public void write(int offset, int size, int value) {
        registers.write(offset, size, value);
        update();
    }

    @Override
    public void reset() {
        registers.reset();
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

    private long takeReceived() {
        Byte b = rx.poll();
        return b == null ? 0 : b & 0xFF;
    }

    @Override
    public void save(StateWriter out) {
        out.section("uart0");
        registers.save(out);
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
        registers.restore(in);
        thrEmptyInterrupt = in.bool();
        rx.clear();
        for (byte b : in.bytes()) {
            rx.add(b);
        }
        update();
    }

    private long identify() {
        if ((ier.get() & Uart0.IER_ERBFI) != 0 && !rx.isEmpty()) {
            return IIR_RX_DATA;
        }
        if ((ier.get() & Uart0.IER_ETBEI) != 0 && thrEmptyInterrupt) {
            thrEmptyInterrupt = false;
            return IIR_THR_EMPTY;
        }
        return IIR_NONE;
    }

    private void update() {
        boolean rxIrq = (ier.get() & Uart0.IER_ERBFI) != 0 && !rx.isEmpty();
        boolean txIrq = (ier.get() & Uart0.IER_ETBEI) != 0 && thrEmptyInterrupt;
        irq.set(rxIrq || txIrq);
    }
}
