package org.neuromtj.isa.regs.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.neuromtj.isa.regs.Access;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Register;

/**
 * A device's APB register block as the RTL generator, its bridge adapter and its Java cycle model all
 * see it: which registers it holds (arrays of up to {@value #MAX_ELEMENTS} elements of 32 bits; longer
 * arrays are memory windows served by another slave), where each element sits, which bits hold state,
 * and the block's ports in packing order.
 *
 * <p>The block is an APB slave with one wait state: in the first access cycle it decodes the address,
 * performs the write or captures the read data, and raises pready for the second. RW, W1C and W1S
 * registers keep state (reset value masked to their fields) and show it on {@code <reg>_q}; the
 * hardware may overwrite that state through the {@code hw_*} port, and a software write in the same
 * cycle wins. RO and RC registers read {@code <reg>_i}. WO registers keep nothing and read 0. Every
 * write and read that hits a register is reported one cycle later on {@code wr_*} and {@code rd_*}
 * (the value written masked to the register's fields), so that the hardware can act on commands and
 * side-effect reads. An address that hits no register element answers pslverr.
 */
public final class RegisterBlockLayout {
    /** Longest array the block holds; longer ones are windows onto memories. */
    public static final int MAX_ELEMENTS = 64;

    /**
     * One port.
     *
     * @param name  its name
     * @param width its width in bits
     * @param input whether it is an input
     */
    public record Port(String name, int width, boolean input) {
    }

    /**
     * One register element.
     *
     * @param register the register
     * @param index    the element's index (0 for a plain register)
     * @param address  its byte offset in the block
     */
    public record Element(Register register, int index, long address) {
        /** @return the bits that hold state or are passed on */
        public long mask() {
            return register.mask();
        }
    }

    private final Device device;
    private final List<Register> registers = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final java.util.Map<Long, Integer> byAddress = new java.util.HashMap<>();

    /**
     * @param device the device
     * @throws IllegalArgumentException naming a register the block cannot hold (not 32 bits wide, or banked)
     */
    public RegisterBlockLayout(Device device) {
        this.device = device;
        for (Register r : device.registers()) {
            if (r.count() > MAX_ELEMENTS) {
                continue;
            }
            if (r.width() != 32 || r.bank().isPresent()) {
                throw new IllegalArgumentException(device.name() + "." + r.name()
                        + ": the APB register block holds unbanked 32-bit registers only");
            }
            registers.add(r);
            for (int k = 0; k < r.count(); k++) {
                Element e = new Element(r, k, r.offset() + (long) k * r.stride());
                byAddress.put(e.address(), elements.size());
                elements.add(e);
            }
        }
    }

    /** @return the device */
    public Device device() {
        return device;
    }

    /** @return the SystemVerilog module's name */
    public String module() {
        return device.name().toLowerCase(Locale.ROOT) + "_regs";
    }

    /** @return the registers the block holds, in description order */
    public List<Register> registers() {
        return List.copyOf(registers);
    }

    /** @return every element the block decodes */
    public List<Element> elements() {
        return List.copyOf(elements);
    }

    /** @return the width of paddr: enough for the device's address range */
    public int addressBits() {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(device.size() - 1));
    }

    /** @return the element at a byte offset, if one is there */
    public Optional<Element> element(long address) {
        int k = index(address);
        return k < 0 ? Optional.empty() : Optional.of(elements.get(k));
    }

    /** @return the position in {@link #elements()} of the element at a byte offset, or −1 */
    public int index(long address) {
        return byAddress.getOrDefault(address, -1);
    }

    /**
     * @return the deliberately wrong builds the generated block offers its testbench, as
     *         {@code suffix → define}: reset values of 0, field masks ignored on writes, the hardware port
     *         beating software, and (where the device has W1C registers) W1C written like RW
     */
    public java.util.Map<String, String> mutants() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("reset_zero", "REGS_RESET_ZERO");
        m.put("mask_ignored", "REGS_MASK_IGNORED");
        m.put("hw_wins", "REGS_HW_WINS");
        if (registers.stream().anyMatch(r -> r.access() == Access.W1C)) {
            m.put("w1c_as_rw", "REGS_W1C_AS_RW");
        }
        return m;
    }

    /** @return whether a register keeps state in the block */
    public static boolean stored(Register r) {
        return r.access().keepsState();
    }

    /** @return whether a register's value comes in from the hardware */
    public static boolean input(Register r) {
        return r.access() == Access.RO || r.access() == Access.RC;
    }

    /** @return a register's port base name */
    public static String port(Register r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    /** @return the ports with arrays expanded to one port per element ({@code name_k}), inputs first */
    public List<Port> ports() {
        int aw = addressBits();
        List<Port> in = new ArrayList<>(List.of(new Port("rst", 1, true), new Port("psel", 1, true),
                new Port("penable", 1, true), new Port("pwrite", 1, true), new Port("paddr", aw, true),
                new Port("pwdata", 32, true), new Port("hw_we", 1, true), new Port("hw_addr", aw, true),
                new Port("hw_data", 32, true)));
        List<Port> out = new ArrayList<>(List.of(new Port("prdata", 32, false), new Port("pready", 1, false),
                new Port("pslverr", 1, false), new Port("wr_valid", 1, false), new Port("wr_addr", aw, false),
                new Port("wr_data", 32, false), new Port("rd_valid", 1, false), new Port("rd_addr", aw, false)));
        for (Register r : registers) {
            if (input(r)) {
                expand(in, port(r) + "_i", r, true);
            } else if (stored(r)) {
                expand(out, port(r) + "_q", r, false);
            }
        }
        in.addAll(out);
        return in;
    }

    private static void expand(List<Port> into, String name, Register r, boolean input) {
        if (!r.isArray()) {
            into.add(new Port(name, 32, input));
            return;
        }
        for (int k = 0; k < r.count(); k++) {
            into.add(new Port(name + "_" + k, 32, input));
        }
    }
}
