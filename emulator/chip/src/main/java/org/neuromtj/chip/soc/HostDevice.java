package org.neuromtj.chip.soc;

import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import java.util.List;
import java.util.function.LongSupplier;
import org.neuromtj.chip.regs.ChipRegisters.Host;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The development board's host link: the files the host offers, copied into RAM through a DMA window
 * at one 32-bit word a cycle, and a mailbox through which firmware reports to the host. The files and
 * the listener belong to the board, not the chip: a chip reset clears the registers and keeps them.
 */
public final class HostDevice implements RegisterDevice, Stateful {

    /** Hears the firmware's mailbox commands. */
    @FunctionalInterface
    public interface Mailbox {
        /**
         * @param command an MBOX_* command
         * @param arg0    its first argument
         * @param arg1    its second
         * @param arg2    its third
         * @param cycle   the core cycle it was written in
         */
        void command(int command, int arg0, int arg1, int arg2, long cycle);
    }

    private final EventQueue events;
    private final LongSupplier cycle;
    private final Ram ram;
    private List<byte[]> files = List.of();
    private Mailbox mailbox = (command, a0, a1, a2, at) -> { };
    private final RegisterFront registers = new RegisterFront("HOST", RegisterFront.Miss.IGNORE)
            .onRead("FILES", e -> this.files.size())
            .onRead("FILE_SIZE", e -> fileSize())
            .onRead("STATUS", e -> (this.busy ? Host.STATUS_BUSY : 0) | (this.error ? Host.STATUS_ERROR : 0))
            .onRead("MBOX_REPLY", e -> this.reply)
            .onWrite("CTRL", (e, before, ctrl) -> {
                if ((ctrl & Host.CTRL_START) != 0 && !this.busy) {
                    copy();
                }
            })
            .onWrite("MBOX_CMD", (e, before, command) -> command(command));
    private boolean busy;
    private long busyUntil;
    private boolean error;
    private int reply;
    private final Ledger ledger;

    /**
     * @param events the machine's event queue, for the end of a copy
     * @param cycle  the core's cycle count
     * @param ram    main memory, where copies go
     * @param ledger the SoC's ledger, where the words received and written to RAM are counted
     */
    public HostDevice(EventQueue events, LongSupplier cycle, Ram ram, Ledger ledger) {
        this.events = events;
        this.cycle = cycle;
        this.ram = ram;
        this.ledger = ledger;
    }

    /** @param files the files the host offers, in order */
    public void offer(List<byte[]> files) {
        this.files = List.copyOf(files);
    }

    /** @param mailbox who hears the firmware's commands */
    public void listen(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public RegisterFront registers() {
        return registers;
    }

    private void command(long value) {
        boolean known = value == Host.MBOX_RESULT || value == Host.MBOX_PROGRESS || value == Host.MBOX_MARK
                || value == Host.MBOX_SPIKE;
        reply = known ? 0 : 1;
        if (known) {
            mailbox.command((int) value, arg(0), arg(1), arg(2), cycle.getAsLong());
        }
    }

    private int arg(int k) {
        return (int) registers.get("MBOX_ARG" + k);
    }

    private long fileSize() {
        int file = (int) registers.get("FILE");
        return Integer.compareUnsigned(file, files.size()) < 0 ? files.get(file).length : 0;
    }

    /** Copies the whole range at once, or nothing, and stays busy for a cycle a word. */
    private void copy() {
        int file = (int) registers.get("FILE");
        int address = (int) registers.get("ADDRESS");
        long from = registers.get("OFFSET");
        long bytes = registers.get("LENGTH");
        boolean fileOk = Integer.compareUnsigned(file, files.size()) < 0 && from + bytes <= files.get(file).length;
        error = !fileOk || !ram.contains(Integer.toUnsignedLong(address), bytes);
        if (error) {
            return;
        }
        ram.write(address, files.get(file), (int) from, (int) bytes);
        long words = (bytes + 3) / 4;
        ledger.add(Action.HOST_WORD, words);
        ledger.add(Action.RAM_WRITE, words);
        busy = true;
        busyUntil = cycle.getAsLong() + words;
        events.schedule(busyUntil, () -> busy = false);
    }

    /** The registers and a copy in progress; the files belong to the board and are offered again by the runner. */
    @Override
    public void save(StateWriter out) {
        out.section("host");
        registers.save(out);
        out.section("reply");
        out.i32(reply);
        out.section("busy-until");
        out.bool(busy);
        out.i64(busyUntil);
        out.section("error");
        out.bool(error);
    }

    @Override
    public void restore(StateReader in) {
        in.section("host");
        registers.restore(in);
        in.section("reply");
        reply = in.i32();
        in.section("busy-until");
        busy = in.bool();
        busyUntil = in.i64();
        in.section("error");
        error = in.bool();
        if (busy) {
            events.schedule(busyUntil, () -> busy = false);
        }
    }

    @Override
    public void reset() {
        registers.reset();
        busy = false;
        error = false;
        reply = 0;
    }
}
