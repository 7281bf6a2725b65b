package org.neuromtj.chip.soc;

import java.util.List;
import java.util.function.LongSupplier;
import org.neuromtj.chip.regs.ChipRegisters.Host;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.foundation.state.Stateful;
import org.neuromtj.isa.core.Ram;

/**
 * The development board's host link: the files the host offers, copied into RAM through a DMA window
 * at one 32-bit word a cycle, and a mailbox through which firmware reports to the host. The files and
 * the listener belong to the board, not the chip: a chip reset clears the registers and keeps them.
 */
public final class HostDevice implements MmioDevice, Stateful {

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
    private int file;
    private int offset;
    private int address;
    private int length;
    private boolean busy;
    private long busyUntil;
    private boolean error;
    private final int[] args = new int[3];
    private int reply;

    /**
     * @param events the machine's event queue, for the end of a copy
     * @param cycle  the core's cycle count
     * @param ram    main memory, where copies go
     */
    public HostDevice(EventQueue events, LongSupplier cycle, Ram ram) {
        this.events = events;
        this.cycle = cycle;
        this.ram = ram;
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
    public int read(int offset, int size) {
        return switch (offset) {
            case Host.FILES -> files.size();
            case Host.FILE -> file;
            case Host.FILE_SIZE -> Integer.compareUnsigned(file, files.size()) < 0 ? files.get(file).length : 0;
            case Host.OFFSET -> this.offset;
            case Host.ADDRESS -> address;
            case Host.LENGTH -> length;
            case Host.STATUS -> (busy ? Host.STATUS_BUSY : 0) | (error ? Host.STATUS_ERROR : 0);
            case Host.MBOX_ARG0, Host.MBOX_ARG1, Host.MBOX_ARG2 -> args[(offset - Host.MBOX_ARG0) / 4];
            case Host.MBOX_REPLY -> reply;
            default -> 0;
        };
    }

    @Override
    public void write(int offset, int size, int value) {
        switch (offset) {
            case Host.FILE -> file = value;
            case Host.OFFSET -> this.offset = value;
            case Host.ADDRESS -> address = value;
            case Host.LENGTH -> length = value;
            case Host.CTRL -> {
                if ((value & Host.CTRL_START) != 0 && !busy) {
                    copy();
                }
            }
            case Host.MBOX_ARG0, Host.MBOX_ARG1, Host.MBOX_ARG2 -> args[(offset - Host.MBOX_ARG0) / 4] = value;
            case Host.MBOX_CMD -> {
                boolean known = value == Host.MBOX_RESULT || value == Host.MBOX_PROGRESS || value == Host.MBOX_MARK;
                reply = known ? 0 : 1;
                if (known) {
                    mailbox.command(value, args[0], args[1], args[2], cycle.getAsLong());
                }
            }
            default -> {
                // Read-only registers ignore writes.
            }
        }
    }

    /** Copies the whole range at once, or nothing, and stays busy for a cycle a word. */
    private void copy() {
        long from = Integer.toUnsignedLong(offset);
        long bytes = Integer.toUnsignedLong(length);
        boolean fileOk = Integer.compareUnsigned(file, files.size()) < 0 && from + bytes <= files.get(file).length;
        error = !fileOk || !ram.contains(Integer.toUnsignedLong(address), bytes);
        if (error) {
            return;
        }
        ram.write(address, files.get(file), (int) from, (int) bytes);
        busy = true;
        busyUntil = cycle.getAsLong() + (bytes + 3) / 4;
        events.schedule(busyUntil, () -> busy = false);
    }

    /** The registers and a copy in progress; the files belong to the board and are offered again by the runner. */
    @Override
    public void save(StateWriter out) {
        out.section("host");
        out.ints(new int[] {file, offset, address, length, args[0], args[1], args[2], reply});
        out.bool(busy);
        out.i64(busyUntil);
        out.bool(error);
    }

    @Override
    public void restore(StateReader in) {
        in.section("host");
        int[] r = in.ints(8);
        file = r[0];
        offset = r[1];
        address = r[2];
        length = r[3];
        args[0] = r[4];
        args[1] = r[5];
        args[2] = r[6];
        reply = r[7];
        busy = in.bool();
        busyUntil = in.i64();
        error = in.bool();
        if (busy) {
            events.schedule(busyUntil, () -> busy = false);
        }
    }

    @Override
    public void reset() {
        file = 0;
        offset = 0;
        address = 0;
        length = 0;
        busy = false;
        error = false;
        args[0] = args[1] = args[2] = 0;
        reply = 0;
    }
}
