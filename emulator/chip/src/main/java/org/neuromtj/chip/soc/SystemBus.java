package org.neuromtj.chip.soc;

import java.util.ArrayList;
import java.util.List;
import org.neuromtj.isa.core.Bus;
import org.neuromtj.isa.core.BusFault;

/**
 * Decodes addresses outside RAM to device windows; an address no window covers is a bus fault. Every
 * access is a transfer in the SoC's ledger, and an access to a device that does not count its own
 * registers a peripheral access.
 */
public final class SystemBus implements Bus {
    private record Window(String name, long base, long size, MmioDevice device, boolean countsOwnRegisters) {
    }

    private final List<Window> windows = new ArrayList<>();
    private final SocLedger ledger;
    private Listener listener;

    /** @param ledger the SoC's ledger, where transfers and register accesses are counted */
    public SystemBus(SocLedger ledger) {
        this.ledger = ledger;
    }

    /** Hears every device access. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param write   whether it wrote
         * @param address the address
         * @param size    1, 2 or 4 bytes
         * @param value   the value read or written
         */
        void access(boolean write, int address, int size, int value);
    }

    /** @param listener hears every device access from now on, or null for none */
    public void listen(Listener listener) {
        this.listener = listener;
    }

    /**
     * @param name   device name, for messages
     * @param base   first byte address
     * @param size   window size in bytes
     * @param device the device
     * @throws IllegalArgumentException if the window overlaps another
     */
    public void map(String name, long base, long size, MmioDevice device) {
        map(name, base, size, device, false);
    }

    /**
     * @param name               device name, for messages
     * @param base               first byte address
     * @param size               window size in bytes
     * @param device             the device
     * @param countsOwnRegisters whether the device counts its register accesses in ledgers of its own (as the
     *                           tiles do), so the bus counts only the transfer
     * @throws IllegalArgumentException if the window overlaps another
     */
    public void map(String name, long base, long size, MmioDevice device, boolean countsOwnRegisters) {
        for (Window w : windows) {
            if (base < w.base + w.size && w.base < base + size) {
                throw new IllegalArgumentException(name + " overlaps " + w.name);
            }
        }
        windows.add(new Window(name, base, size, device, countsOwnRegisters));
    }

    @Override
    public int load(int address, int size) {
        Window w = find(address);
        int value = w.device.read((int) (Integer.toUnsignedLong(address) - w.base), size);
        // Counted once the device answered: a faulting access retires no instruction and moves nothing.
        ledger.transfer(false, !w.countsOwnRegisters);
        if (listener != null) {
            listener.access(false, address, size, value);
        }
        return value;
    }

    @Override
    public void store(int address, int size, int value) {
        Window w = find(address);
        if (listener != null) {
            listener.access(true, address, size, value);
        }
        w.device.write((int) (Integer.toUnsignedLong(address) - w.base), size, value);
        ledger.transfer(true, !w.countsOwnRegisters);
    }

    /** Resets every mapped device. */
    public void resetDevices() {
        windows.forEach(w -> w.device.reset());
    }

    private Window find(int address) {
        long a = Integer.toUnsignedLong(address);
        for (Window w : windows) {
            if (a >= w.base && a < w.base + w.size) {
                return w;
            }
        }
        throw BusFault.INSTANCE;
    }
}
