package org.neuromtj.chip.soc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.regs.ChipRegisters.Host;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.core.Ram;

/** The host link copies whole ranges or nothing, a cycle a word, and hands known mailbox commands on. */
class HostDeviceTest {
    private static final int RAM = 0x80000000;
    private final EventQueue events = new EventQueue();
    private final long[] now = {100};
    private final Ram ram = new Ram(RAM, 1 << 12);
    private final HostDevice host = new HostDevice(events, () -> now[0], ram, new org.neuromtj.chip.ledger.Ledger());

    private void copy(int file, int offset, int address, int length) {
        host.write(Host.FILE, 4, file);
        host.write(Host.OFFSET, 4, offset);
        host.write(Host.ADDRESS, 4, address);
        host.write(Host.LENGTH, 4, length);
        host.write(Host.CTRL, 4, Host.CTRL_START);
    }

    @Test
    void aCopyMovesTheBytesAndIsBusyACycleAWord() {
        byte[] data = new byte[40];
        for (int k = 0; k < data.length; k++) {
            data[k] = (byte) (k + 1);
        }
        host.offer(List.of(new byte[3], data));
        assertEquals(2, host.read(Host.FILES, 4));
        host.write(Host.FILE, 4, 1);
        assertEquals(40, host.read(Host.FILE_SIZE, 4));
        copy(1, 8, RAM + 16, 10);
        assertArrayEquals(java.util.Arrays.copyOfRange(data, 8, 18), ram.read(RAM + 16, 10));
        assertEquals(Host.STATUS_BUSY, host.read(Host.STATUS, 4));
        assertEquals(103, events.nextCycle(), "ten bytes are three words");
        events.fireDue(103);
        assertEquals(0, host.read(Host.STATUS, 4));
    }

    @Test
    void aCopyPastTheFileOrRamOrOfNoFileCopiesNothing() {
        host.offer(List.of(new byte[] {1, 2, 3, 4}));
        for (int[] bad : new int[][] {{0, 2, RAM, 3}, {0, 0, RAM + (1 << 12) - 2, 4}, {1, 0, RAM, 1}, {0, 0, 0x1000, 4},
            {-1, 0, RAM, 1}}) {
            copy(bad[0], bad[1], bad[2], bad[3]);
            assertEquals(Host.STATUS_ERROR, host.read(Host.STATUS, 4), java.util.Arrays.toString(bad));
        }
        assertArrayEquals(new byte[4], ram.read(RAM, 4), "nothing was copied");
        host.write(Host.FILE, 4, 7);
        assertEquals(0, host.read(Host.FILE_SIZE, 4));
    }

    @Test
    void knownMailboxCommandsReachTheHostAndUnknownOnesAreAnsweredSo() {
        List<long[]> heard = new ArrayList<>();
        host.listen((command, a0, a1, a2, cycle) -> heard.add(new long[] {command, a0, a1, a2, cycle}));
        host.write(Host.MBOX_ARG0, 4, 5);
        host.write(Host.MBOX_ARG1, 4, -1);
        host.write(Host.MBOX_ARG2, 4, 9);
        host.write(Host.MBOX_CMD, 4, Host.MBOX_RESULT);
        assertEquals(0, host.read(Host.MBOX_REPLY, 4));
        host.write(Host.MBOX_CMD, 4, 77);
        assertEquals(1, host.read(Host.MBOX_REPLY, 4));
        assertEquals(1, heard.size());
        assertArrayEquals(new long[] {Host.MBOX_RESULT, 5, -1, 9, 100}, heard.get(0));
    }

    @Test
    void aResetClearsTheRegistersAndKeepsTheFiles() {
        host.offer(List.of(new byte[8]));
        host.write(Host.OFFSET, 4, 4);
        host.write(Host.MBOX_ARG0, 4, 3);
        host.reset();
        assertEquals(0, host.read(Host.OFFSET, 4));
        assertEquals(0, host.read(Host.MBOX_ARG0, 4));
        assertEquals(1, host.read(Host.FILES, 4));
    }
}
