package org.neuromtj.chip.soc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neuromtj.chip.regs.ChipRegisterMap;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.regs.Access;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Field;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.gen.RegisterBlockLayout;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

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

    /** One register of the device as the front serves it, resolved once from the description. */
    private static final class Entry {
        final Register register;
        final Access access;
        final long mask;
        /** The stored elements, or null for a register that keeps nothing. */
        final long[] values;
        /** For a banked register: the selecting register, the field's mask and shift, and the value that selects. */
        Entry selector;
        long selectMask;
        int selectShift;
        long selectValue;
        ReadHook readHook;
        WriteHook writeHook;
        WindowHook windowHook;

        Entry(Register register) {
            this.register = register;
            this.access = register.access();
            this.mask = register.mask();
            this.values = access.keepsState() ? new long[register.count()] : null;
        }

        boolean selected() {
            return selector == null || (selector.values[0] & selectMask) >>> selectShift == selectValue;
        }
    }

    /** One 32-bit (or narrower) place in the address window: an element of a register, or a half of one. */
    private record Slot(Entry entry, int element, int half, boolean sized32) {
    }

    private final Device device;
    private final Miss miss;
    private final Map<String, Entry> byName = new HashMap<>();
    /**
     * The offsets where places lie, ascending, and the places at each: found by binary search, since firmware
     * polls status registers in tight loops, where a map of boxed offsets took a few per cent of a whole chip run.
     */
    private final int[] slotOffsets;
    private final Slot[][] slotsAt;
    private final List<Entry> windows = new ArrayList<>();

    /**
     * @param deviceName the device's name in the register description
     * @param miss       what an access that hits no register does
     */
    public RegisterFront(String deviceName, Miss miss) {
        this.device = ChipRegisterMap.MAP.device(deviceName);
        this.miss = miss;
        SortedMap<Integer, List<Slot>> places = new TreeMap<>();
        for (Register r : device.registers()) {
            Entry e = new Entry(r);
            byName.put(r.name(), e);
            if (r.count() > RegisterBlockLayout.MAX_ELEMENTS) {
                windows.add(e);
                continue;
            }
            for (int k = 0; k < r.count(); k++) {
                long at = r.offset() + (long) k * r.stride();
                for (int h = 0; h < Math.max(1, r.width() / 32); h++) {
                    places.computeIfAbsent((int) at + 4 * h, o -> new ArrayList<>()).add(new Slot(e, k, h, r.width() > 8));
                }
            }
        }
        for (Entry e : byName.values()) {
            e.register.bank().ifPresent(bank -> bind(e, bank));
        }
        slotOffsets = places.keySet().stream().mapToInt(Integer::intValue).toArray();
        slotsAt = places.values().stream().map(list -> list.toArray(Slot[]::new)).toArray(Slot[][]::new);
        reset();
    }

    /** A bank is a condition "REG.FIELD=value" on another register of the device. */
    private void bind(Entry e, String bank) {
        String[] condition = bank.split("[.=]");
        Entry selector = entry(condition[0]);
        Field field = selector.register.fields().stream().filter(f -> f.name().equals(condition[1])).findFirst()
                .orElseThrow(() -> new IllegalStateException(device.name() + "." + e.register.name()
                        + ": bank names no field " + bank));
        e.selector = selector;
        e.selectMask = field.mask();
        e.selectShift = field.lsb();
        e.selectValue = Long.decode(condition[2]);
    }

    /**
     * @param deviceName a device of the register description
     * @return the bits of its scalar registers that hold state (arrays, whose size depends on the chip, and
     *         windows not counted), as the floorplan sizes its register block
     */
    public static int stateBits(String deviceName) {
        int bits = 0;
        for (Register r : ChipRegisterMap.MAP.device(deviceName).registers()) {
            if (r.access().keepsState() && r.count() == 1) {
                bits += r.width() * r.count();
            }
        }
        return bits;
    }

    /**
     * @param register the register's name
     * @param hook     supplies its value on every read
     * @return this front
     */
    public RegisterFront onRead(String register, ReadHook hook) {
        entry(register).readHook = hook;
        return this;
    }

    /**
     * @param register the register's name
     * @param hook     told of every write to it
     * @return this front
     */
    public RegisterFront onWrite(String register, WriteHook hook) {
        entry(register).writeHook = hook;
        return this;
    }

    /**
     * @param register the window's name
     * @param hook     serves every access to it
     * @return this front
     */
    public RegisterFront onWindow(String register, WindowHook hook) {
        entry(register).windowHook = hook;
        return this;
    }

    /**
     * The stored value of one register, resolved once by name, for a device that reads or sets it on a
     * hot path (an interrupt line recomputed on every access).
     */
    public static final class Value {
        private final Entry entry;

        private Value(Entry entry) {
            this.entry = entry;
        }

        /** @return the stored value of a plain register */
        public long get() {
            return entry.values[0];
        }

        /** @return the stored value of one element */
        public long get(int element) {
            return entry.values[element];
        }

        /** Sets the stored value, as the hardware does (masked to the fields, no hook). */
        public void set(long value) {
            entry.values[0] = value & entry.mask;
        }

        /** Sets one element's stored value, as the hardware does. */
        public void set(int element, long value) {
            entry.values[element] = value & entry.mask;
        }
    }

    /**
     * @param register the name of a register that keeps state
     * @return its stored value, resolved once
     */
    public Value value(String register) {
        values(register);
        return new Value(entry(register));
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
        values(register)[element] = value & entry(register).mask;
    }

    @Override
    public int read(int offset, int size) {
        Slot s = find(offset, size, true);
        if (s == null) {
            Entry w = window(offset);
            return w != null ? w.windowHook.read(offset - (int) w.register.offset(), size) : missed(0);
        }
        Entry e = s.entry();
        long value = e.readHook != null ? e.readHook.read(s.element()) : e.values != null ? e.values[s.element()] : 0;
        return (int) (value >>> (32 * s.half()));
    }

    @Override
    public void write(int offset, int size, int value) {
        Slot s = find(offset, size, false);
        if (s == null) {
            Entry w = window(offset);
            if (w != null) {
                w.windowHook.write(offset - (int) w.register.offset(), size, value);
            } else {
                missed(0);
            }
            return;
        }
        Entry e = s.entry();
        if (!e.access.writable()) {
            return;
        }
        Register r = e.register;
        long data = Integer.toUnsignedLong(value);
        if (r.width() == 64) {
            long shift = 32L * s.half();
            long current = e.readHook != null ? e.readHook.read(s.element())
                    : e.values != null ? e.values[s.element()] : 0;
            data = (current & ~(0xFFFF_FFFFL << shift)) | (data << shift);
        } else if (r.width() < 32) {
            data &= (1L << r.width()) - 1;
        }
        data &= e.mask;
        long before = 0;
        long result = data;
        if (e.values != null) {
            before = e.values[s.element()];
            result = e.access.afterWrite(before, data);
            e.values[s.element()] = result;
        }
        if (e.writeHook != null) {
            e.writeHook.written(s.element(), before, result);
        }
    }

    /** Stores every register's reset value; hooks are not called. */
    @Override
    public void reset() {
        for (Entry e : byName.values()) {
            if (e.values != null) {
                java.util.Arrays.fill(e.values, e.register.reset() & e.mask);
            }
        }
    }

    /** Saves every stored register by name. */
    public void save(StateWriter out) {
        out.section(device.name().toLowerCase(java.util.Locale.ROOT) + "-registers");
        for (Register r : device.registers()) {
            long[] v = byName.get(r.name()).values;
            if (v != null) {
                out.section(r.name());
                out.longs(v);
            }
        }
    }

    /** Restores what {@link #save} wrote; hooks are not called. */
    public void restore(StateReader in) {
        in.section(device.name().toLowerCase(java.util.Locale.ROOT) + "-registers");
        for (Register r : device.registers()) {
            long[] v = byName.get(r.name()).values;
            if (v != null) {
                in.section(r.name());
                System.arraycopy(in.longs(r.count()), 0, v, 0, v.length);
            }
        }
    }

    /**
     * @return the place an access hits: a register element of the access's size (8-bit registers take
     *         any) in the selected bank, readable for a read and writable for a write, or where one
     *         register alone sits at the offset, that one (a read of a write-only register gives 0, a
     *         write to a read-only one is ignored); null for none
     */
    private Slot find(int offset, int size, boolean reading) {
        int at = Arrays.binarySearch(slotOffsets, offset);
        if (at < 0) {
            return null;
        }
        Slot[] candidates = slotsAt[at];
        for (Slot s : candidates) {
            Entry e = s.entry();
            boolean sized = !s.sized32() || size == 4;
            boolean direction = candidates.length == 1 || (reading ? e.access.readable() : e.access.writable());
            if (sized && direction && e.selected()) {
                return s;
            }
        }
        return null;
    }

    /** @return the window an offset falls in, if it has a hook, or null */
    private Entry window(int offset) {
        long at = Integer.toUnsignedLong(offset);
        for (Entry w : windows) {
            if (w.windowHook != null && at >= w.register.offset() && at < w.register.end()) {
                return w;
            }
        }
        return null;
    }

    private int missed(int value) {
        if (miss == Miss.FAULT) {
            throw BusFault.INSTANCE;
        }
        return value;
    }

    private long[] values(String register) {
        long[] v = entry(register).values;
        if (v == null) {
            throw new IllegalArgumentException(device.name() + "." + register + " keeps no state");
        }
        return v;
    }

    private Entry entry(String name) {
        Entry e = byName.get(name);
        if (e == null) {
            throw new IllegalArgumentException("the register description has no register " + device.name() + "."
                    + name);
        }
        return e;
    }
}
