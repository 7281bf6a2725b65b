package org.neuromtj.chip.soc;

import java.util.ArrayList;
import java.util.List;
import org.neuromtj.isa.core.Bus;
import org.neuromtj.isa.core.BusFault;

/** Decodes addresses outside RAM to device windows; an address no window covers is a bus fault. */
public final class SystemBus implements Bus {
    private record Window(String name, long base, long size, MmioDevice device) {
    }

    private final List<Window> windows = new ArrayList<>();
    private Listener listener;

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
        for (Window w : windows) {
            if (base < w.base + w.size && w.base < base + size) {
                throw new IllegalArgumentException(name + " overlaps " + w.name);
            }
        }
        windows.add(new Window(name, base, size, device));
    }

    @Override
    public int load(int address, int size) {
        Window w = find(address);
        int value = w.device.read((int) (Integer.toUnsignedLong(address) - w.base), size);
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
