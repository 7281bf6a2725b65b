package org.neuromtj.chip.soc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neuromtj.foundation.state.StateReader;
import org.neuromtj.foundation.state.StateWriter;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.regs.Access;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;

/**
 * A device's registers as the register description defines them: where each register and element
 * sits, its reset value, the bits its fields cover, its access type (RO, WO, RW, W1C, W1S, RC) and the
 * bank a shared offset selects, interpreted here once for every device. A device gives only its
 * behaviour: a read hook for a register whose value the hardware supplies (RO and RC registers, or a
 * live RW register such as a running counter) and a write hook called after the access rule has
 * updated the stored value. 64-bit registers are reached as two 32-bit halves; 8-bit registers answer
 * an access of any size. An array longer than a register block holds
 * ({@value RegisterBlockLayout#MAX_ELEMENTS} elements) is a window onto a memory, served whole by a
 * {@link WindowHook}.
 */
public final class RegisterFront implements MmioDevice {
    private static final Map<String, Device> DESCRIPTION = new HashMap<>();

    /** What an access that hits no register, or a register at the wrong size, does. */
    public enum Miss {
        /** Reads 0 and ignores writes, as reserved space on the SiFive CLINT and PLIC does. */
        IGNORE,
        /** Raises an access fault in the core. */
        FAULT
    }

    /** Supplies the value of an element that the hardware drives; reading may have a side effect (RC). */
    @FunctionalInterface
    public interface ReadHook {
        /** @return the element's value */
        long read(int element);
    }

    /** Acts on a write once the access rule has run. */
    @FunctionalInterface
    public interface WriteHook {
        /**
         * @param element the element written (0 for a plain register)
         * @param before  its stored value before the write (0 for a register that stores nothing)
         * @param value   its new stored value, or for a register that stores nothing the value written,
         *                masked to its fields
         */
        void written(int element, long before, long value);
    }

    /** Serves a window onto a memory: accesses of 1, 2 or 4 bytes anywhere in it. */
    public interface WindowHook {
        /**
         * @param offset byte offset from the window's start
         * @param size   bytes
         * @return the value, zero-extended
         */
        int read(int offset, int size);

        /**
         * @param offset byte offset from the window's start
         * @param size   bytes
         * @param value  the value in the low {@code size} bytes
         */
        void write(int offset, int size, int value);
    }

    private record Slot(Register register, int element, int half) {
    }

    private record Window(Register register, long start, long end) {
    }

    private final Device device;
    private final Miss miss;
    private final Map<Integer, List<Slot>> slots = new HashMap<>();
    private final Map<String, long[]> stored = new HashMap<>();
    private final Map<String, ReadHook> readHooks = new HashMap<>();
    private final Map<String, WriteHook> writeHooks = new HashMap<>();
    private final List<Window> windows = new ArrayList<>();
    private final Map<String, WindowHook> windowHooks = new HashMap<>();

    /**
     * @param deviceName the device's name in the register description
     * @param miss       what an access that hits no register does
     */
    public RegisterFront(String deviceName, Miss miss) {
        this.device = device(deviceName);
        this.miss = miss;
        for (Register r : device.registers()) {
            if (r.count() > RegisterBlockLayout.MAX_ELEMENTS) {
                windows.add(new Window(r, r.offset(), r.end()));
                continue;
            }
            for (int k = 0; k < r.count(); k++) {
                long at = r.offset() + (long) k * r.stride();
                for (int h = 0; h < Math.max(1, r.width() / 32); h++) {
                    slots.computeIfAbsent((int) at + 4 * h, o -> new ArrayList<>()).add(new Slot(r, k, h));
                }
            }
            if (r.access().keepsState()) {
                stored.put(r.name(), new long[r.count()]);
            }
        }
        reset();
    }

    private static synchronized Device device(String name) {
        if (DESCRIPTION.isEmpty()) {
            for (Device d : RegisterMap.load().devices()) {
                DESCRIPTION.put(d.name(), d);
            }
        }
        Device d = DESCRIPTION.get(name);
        if (d == null) {
            throw new IllegalArgumentException("the register description has no device " + name);
        }
        return d;
    }

    /**
     * @param register the register's name
     * @param hook     supplies its value on every read
     * @return this front
     */
    public RegisterFront onRead(String register, ReadHook hook) {
        readHooks.put(register(register).name(), hook);
        return this;
    }

    /**
     * @param register the register's name
     * @param hook     told of every write to it
     * @return this front
     */
    public RegisterFront onWrite(String register, WriteHook hook) {
        writeHooks.put(register(register).name(), hook);
        return this;
    }

    /**
     * @param register the window's name
     * @param hook     serves every access to it
     * @return this front
     */
    public RegisterFront onWindow(String register, WindowHook hook) {
        windowHooks.put(register(register).name(), hook);
        return this;
    }

    /** @return the stored value of a plain register */
    public long get(String register) {
        return get(register, 0);
    }

    /** @return the stored value of one element of a register */
    public long get(String register, int element) {
        return values(register)[element];
    }

    /** Sets the stored value of a plain register, as the hardware does (masked to its fields, no hook). */
    public void set(String register, long value) {
        set(register, 0, value);
    }

    /** Sets the stored value of one element of a register, as the hardware does. */
    public void set(String register, int element, long value) {
        values(register)[element] = value & register(register).mask();
    }

    @Override
    public int read(int offset, int size) {
        Optional<Slot> hit = find(offset, size, true);
        if (hit.isEmpty()) {
            Optional<Window> w = window(offset);
            return w.isPresent() ? windowHooks.get(w.get().register().name()).read(offset - (int) w.get().start(), size)
                    : missed(0);
        }
        Slot s = hit.get();
        Register r = s.register();
        ReadHook hook = readHooks.get(r.name());
        long value = hook != null ? hook.read(s.element())
                : r.access().keepsState() ? stored.get(r.name())[s.element()] : 0;
        return (int) (value >>> (32 * s.half()));
    }

    @Override
    public void write(int offset, int size, int value) {
        Optional<Slot> hit = find(offset, size, false);
        if (hit.isEmpty()) {
            Optional<Window> w = window(offset);
            if (w.isPresent()) {
                windowHooks.get(w.get().register().name()).write(offset - (int) w.get().start(), size, value);
            } else {
                missed(0);
            }
            return;
        }
        Slot s = hit.get();
        Register r = s.register();
        if (!r.access().writable()) {
            return;
        }
        long data = Integer.toUnsignedLong(value);
        if (r.width() == 64) {
            long shift = 32L * s.half();
            ReadHook hook = readHooks.get(r.name());
            long current = hook != null ? hook.read(s.element()) : r.access().keepsState() ? get(r.name(), s.element()) : 0;
            data = (current & ~(0xFFFF_FFFFL << shift)) | (data << shift);
        } else if (r.width() < 32) {
            data &= (1L << r.width()) - 1;
        }
        data &= r.mask();
        long before = 0;
        long result = data;
        if (r.access().keepsState()) {
            long[] v = stored.get(r.name());
            before = v[s.element()];
            result = r.access().afterWrite(before, data);
            v[s.element()] = result;
        }
        WriteHook hook = writeHooks.get(r.name());
        if (hook != null) {
            hook.written(s.element(), before, result);
        }
    }

    /** Stores every register's reset value; hooks are not called. */
    @Override
    public void reset() {
        for (Map.Entry<String, long[]> e : stored.entrySet()) {
            Register r = register(e.getKey());
            java.util.Arrays.fill(e.getValue(), r.reset() & r.mask());
        }
    }

    /** Saves every stored register by name. */
    public void save(StateWriter out) {
        out.section(device.name().toLowerCase(java.util.Locale.ROOT) + "-registers");
        for (Register r : device.registers()) {
            if (stored.containsKey(r.name())) {
                out.section(r.name());
                out.longs(stored.get(r.name()));
            }
        }
    }

    /** Restores what {@link #save} wrote; hooks are not called. */
    public void restore(StateReader in) {
        in.section(device.name().toLowerCase(java.util.Locale.ROOT) + "-registers");
        for (Register r : device.registers()) {
            if (stored.containsKey(r.name())) {
                in.section(r.name());
                long[] v = in.longs(r.count());
                System.arraycopy(v, 0, stored.get(r.name()), 0, v.length);
            }
        }
    }

    private Optional<Slot> find(int offset, int size, boolean reading) {
        List<Slot> candidates = slots.get(offset);
        if (candidates == null) {
            return Optional.empty();
        }
        for (Slot s : candidates) {
            Register r = s.register();
            boolean sized = r.width() <= 8 || size == Math.min(4, r.bytes());
            boolean direction = reading ? r.access().readable() || r.access() == Access.WO && candidates.size() == 1
                    : r.access().writable() || candidates.size() == 1;
            if (sized && direction && inBank(r)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return the window an offset falls in, if it has a hook */
    private Optional<Window> window(int offset) {
        long at = Integer.toUnsignedLong(offset);
        return windows.stream().filter(w -> at >= w.start() && at < w.end()
                && windowHooks.containsKey(w.register().name())).findFirst();
    }

    private boolean inBank(Register r) {
        if (r.bank().isEmpty()) {
            return true;
        }
        // A bank is a condition "REG.FIELD=value" on another register of the device.
        String[] condition = r.bank().get().split("[.=]");
        Register selector = register(condition[0]);
        Field field = selector.fields().stream().filter(f -> f.name().equals(condition[1])).findFirst()
                .orElseThrow(() -> new IllegalStateException(device.name() + "." + r.name() + ": bank names no field "
                        + r.bank().get()));
        long value = (get(selector.name()) & field.mask()) >>> field.lsb();
        return value == Long.decode(condition[2]);
    }

    private int missed(int value) {
        if (miss == Miss.FAULT) {
            throw BusFault.INSTANCE;
        }
        return value;
    }

    private long[] values(String register) {
        long[] v = stored.get(register(register).name());
        if (v == null) {
            throw new IllegalArgumentException(device.name() + "." + register + " keeps no state");
        }
        return v;
    }

    private Register register(String name) {
        return device.register(name).orElseThrow(
                () -> new IllegalArgumentException("the register description has no register " + device.name() + "."
                        + name));
    }
}
