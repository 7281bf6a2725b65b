package org.neuromtj.isa.regs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a register description. Every problem is reported with the file name and the
 * path of the offending element, so a typo in the description never reaches a generator.
 */
public final class RegisterDescriptionReader {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern BANK = Pattern.compile("([A-Z][A-Z0-9_]*)\\.([A-Z][A-Z0-9_]*)=(\\d+)");
    private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final long ADDRESS_SPACE = 1L << 32;
    private static final int MAX_INTERRUPT_ID = 31;

    private final String file;

    private RegisterDescriptionReader(String file) {
        this.file = file;
    }

    /**
     * @param file name used in error messages
     * @param yaml the description's bytes
     * @return the validated register map
     * @throws RegisterDescriptionException naming the element and problem when the description is wrong
     */
    public static RegisterMap read(String file, byte[] yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JacksonException e) {
            throw new RegisterDescriptionException(file + ": not valid YAML: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new RegisterDescriptionException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RegisterDescriptionException(file + ": expected a mapping at the top level");
        }
        return new RegisterDescriptionReader(file).map(root);
    }

    private RegisterMap map(JsonNode root) {
        String where = "top level";
        keys(root, where, "chip", "prefix", "version", "memories", "devices", "interrupts");
        List<Memory> memories = new ArrayList<>();
        for (Element e : list(root, "memories", where)) {
            keys(e.node, e.where, "name", "base", "size", "description");
            memories.add(new Memory(identifier(e.node, e.where), address(e.node, "base", e.where),
                    positive(e.node, "size", e.where), text(e.node, "description", e.where)));
        }
        List<Device> devices = new ArrayList<>();
        for (Element e : list(root, "devices", where)) {
            devices.add(device(e));
        }
        RegisterMap map = new RegisterMap(text(root, "chip", where), identifierAt(root, "prefix", where),
                (int) number(root, "version", where, 1, Integer.MAX_VALUE), memories, devices,
                interrupts(root, devices));
        checkAddressMap(map);
        return map;
    }

    private Device device(Element e) {
        keys(e.node, e.where, "name", "base", "size", "description", "registers", "constants");
        String name = identifier(e.node, e.where);
        long size = positive(e.node, "size", e.where);
        List<Register> registers = new ArrayList<>();
        for (Element r : list(e.node, "registers", e.where)) {
            registers.add(register(r, size));
        }
        List<Constant> constants = new ArrayList<>();
        if (e.node.has("constants")) {
            for (Element c : list(e.node, "constants", e.where)) {
                keys(c.node, c.where, "name", "value", "description");
                constants.add(new Constant(identifier(c.node, c.where), u64(c.node, "value", c.where),
                        text(c.node, "description", c.where)));
            }
        }
        unique(registers.stream().map(Register::name).toList(), e.where + " registers");
        unique(constants.stream().map(Constant::name).toList(), e.where + " constants");
        for (boolean c : new boolean[] {false, true}) {
            unique(generatedNames(registers, constants, c), e.where + " (names in the generated " + (c ? "C" : "Java")
                    + " code)");
        }
        Device device = new Device(name, address(e.node, "base", e.where), size,
                text(e.node, "description", e.where), registers, constants);
        checkSharedOffsets(device, e.where);
        return device;
    }

    private Register register(Element e, long deviceSize) {
        keys(e.node, e.where, "name", "offset", "width", "access", "bank", "reset", "count", "stride",
                "description", "fields");
        int width = (int) number(e.node, "width", e.where, 8, 64);
        if (width != 8 && width != 16 && width != 32 && width != 64) {
            throw error(e.where, "width " + width + " is not one of 8, 16, 32, 64");
        }
        long offset = number(e.node, "offset", e.where, 0, deviceSize - 1);
        if (offset % (width / 8) != 0) {
            throw error(e.where, "offset 0x" + Long.toHexString(offset) + " is not aligned to its width of "
                    + width + " bits");
        }
        String accessText = text(e.node, "access", e.where);
        Access access;
        try {
            access = Access.valueOf(accessText);
        } catch (IllegalArgumentException ex) {
            throw error(e.where, "access '" + accessText + "' is not one of " + List.of(Access.values()));
        }
        long reset = u64(e.node, "reset", e.where);
        if (width < 64 && Long.compareUnsigned(reset, (1L << width) - 1) > 0) {
            throw error(e.where, "reset value 0x" + Long.toHexString(reset) + " does not fit in " + width + " bits");
        }
        int count = e.node.has("count") ? (int) number(e.node, "count", e.where, 1, 1 << 20) : 1;
        int stride = e.node.has("stride") ? (int) number(e.node, "stride", e.where, width / 8, 1 << 20) : width / 8;
        if (count > 1 && !e.node.has("stride")) {
            throw error(e.where, "an array (count " + count + ") needs a stride");
        }
        Optional<String> bank = e.node.has("bank") ? Optional.of(text(e.node, "bank", e.where)) : Optional.empty();
        if (bank.isPresent() && !BANK.matcher(bank.get()).matches()) {
            throw error(e.where, "bank '" + bank.get() + "' is not of the form REGISTER.FIELD=value");
        }
        List<Field> fields = new ArrayList<>();
        if (e.node.has("fields")) {
            for (Element f : list(e.node, "fields", e.where)) {
                fields.add(field(f, width));
            }
        }
        unique(fields.stream().map(Field::name).toList(), e.where + " fields");
        checkFieldsDisjoint(fields, e.where);
        Register register = new Register(identifier(e.node, e.where), offset, width, access, bank, reset, count,
                stride, text(e.node, "description", e.where), fields);
        if (register.end() > deviceSize) {
            throw error(e.where, "ends at offset 0x" + Long.toHexString(register.end())
                    + ", past the device size 0x" + Long.toHexString(deviceSize));
        }
        return register;
    }

    private Field field(Element e, int registerWidth) {
        keys(e.node, e.where, "name", "lsb", "width", "description");
        int lsb = (int) number(e.node, "lsb", e.where, 0, registerWidth - 1);
        int width = (int) number(e.node, "width", e.where, 1, registerWidth - lsb);
        return new Field(identifier(e.node, e.where), lsb, width, text(e.node, "description", e.where));
    }

    private List<InterruptSource> interrupts(JsonNode root, List<Device> devices) {
        List<InterruptSource> sources = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (Element e : list(root, "interrupts", "top level")) {
            keys(e.node, e.where, "name", "id", "device", "description");
            int id = (int) number(e.node, "id", e.where, 1, MAX_INTERRUPT_ID);
            if (!ids.add(id)) {
                throw error(e.where, "interrupt id " + id + " is used twice");
            }
            String device = text(e.node, "device", e.where);
            if (devices.stream().noneMatch(d -> d.name().equals(device))) {
                throw error(e.where, "device '" + device + "' is not described");
            }
            sources.add(new InterruptSource(identifier(e.node, e.where), id, device,
                    text(e.node, "description", e.where)));
        }
        unique(sources.stream().map(InterruptSource::name).toList(), "interrupts");
        return sources;
    }

    private void checkFieldsDisjoint(List<Field> fields, String where) {
        for (int i = 0; i < fields.size(); i++) {
            for (int j = i + 1; j < fields.size(); j++) {
                if ((fields.get(i).mask() & fields.get(j).mask()) != 0) {
                    throw error(where, "fields " + fields.get(i).name() + " and " + fields.get(j).name() + " overlap");
                }
            }
        }
    }

    private void checkSharedOffsets(Device device, String where) {
        List<Register> regs = device.registers();
        for (Register r : regs) {
            r.bank().ifPresent(bank -> checkBank(device, r, bank, where));
        }
        // Every element's bytes, swept in address order (each register's elements merged in as they come, so
        // memory stays one entry a register): each element meets those still open where it starts. The first
        // offending pair in description order is reported, as a check of every pair would.
        PriorityQueue<long[]> next = new PriorityQueue<>(Comparator.comparingLong(element -> element[0]));
        for (int i = 0; i < regs.size(); i++) {
            next.add(new long[] {regs.get(i).offset(), i, 0});
        }
        PriorityQueue<long[]> open = new PriorityQueue<>(Comparator.comparingLong(span -> span[1]));
        long worst = Long.MAX_VALUE;
        while (!next.isEmpty()) {
            long[] element = next.poll();
            Register r = regs.get((int) element[1]);
            long start = element[0];
            while (!open.isEmpty() && open.peek()[1] <= start) {
                open.poll();
            }
            for (long[] other : open) {
                int i = (int) Math.min(element[1], other[2]);
                int j = (int) Math.max(element[1], other[2]);
                if (i != j && !mayShare(regs.get(i), regs.get(j))) {
                    worst = Math.min(worst, (long) i << 32 | j);
                }
            }
            open.add(new long[] {start, start + r.bytes(), element[1]});
            if (element[2] + 1 < r.count()) {
                next.add(new long[] {start + r.stride(), element[1], element[2] + 1});
            }
        }
        if (worst != Long.MAX_VALUE) {
            Register a = regs.get((int) (worst >>> 32));
            Register b = regs.get((int) worst);
            throw error(where, "registers " + a.name() + " and " + b.name()
                    + " overlap; sharing an offset needs one read-only and one write-only register,"
                    + " or different banks");
        }
    }

    private static boolean mayShare(Register a, Register b) {
        boolean splitByDirection = (!a.access().writable() && !b.access().readable())
                || (!b.access().writable() && !a.access().readable());
        boolean splitByBank = a.bank().isPresent() && b.bank().isPresent() && !a.bank().equals(b.bank());
        return splitByDirection || splitByBank;
    }

    private void checkBank(Device device, Register register, String bank, String where) {
        Matcher m = BANK.matcher(bank);
        if (!m.matches()) {
            throw error(where, register.name() + ": malformed bank '" + bank + "'");
        }
        Register selector = device.register(m.group(1)).orElseThrow(() -> error(where,
                register.name() + ": bank names register " + m.group(1) + ", which " + device.name() + " lacks"));
        Field field = selector.fields().stream().filter(f -> f.name().equals(m.group(2))).findFirst()
                .orElseThrow(() -> error(where, register.name() + ": bank names field " + m.group(2)
                        + ", which " + selector.name() + " lacks"));
        long value = Long.parseLong(m.group(3));
        if (field.width() < 63 && value >= (1L << field.width())) {
            throw error(where, register.name() + ": bank value " + value + " does not fit field " + field.name());
        }
    }

    private void checkAddressMap(RegisterMap map) {
        record Window(String name, long base, long size) {
        }
        List<Window> windows = new ArrayList<>();
        map.memories().forEach(m -> windows.add(new Window(m.name(), m.base(), m.size())));
        map.devices().forEach(d -> windows.add(new Window(d.name(), d.base(), d.size())));
        unique(windows.stream().map(Window::name).toList(), "memories and devices");
        for (Window w : windows) {
            if (w.base + w.size > ADDRESS_SPACE) {
                throw error(w.name, "window 0x" + Long.toHexString(w.base) + "+0x" + Long.toHexString(w.size)
                        + " leaves the 32-bit address space");
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                Window a = windows.get(i);
                Window b = windows.get(j);
                if (a.base < b.base + b.size && b.base < a.base + a.size) {
                    throw error(a.name, "address window overlaps " + b.name);
                }
            }
        }
    }

    private record Element(JsonNode node, String where) {
    }

    private List<Element> list(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw error(where, "'" + key + "' must be a list");
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode child = node.get(i);
            String name = child.hasNonNull("name") ? " (" + child.get("name").asText() + ")" : "";
            String childWhere = (where.equals("top level") ? "" : where + ".") + key + "[" + i + "]" + name;
            if (!child.isObject()) {
                throw error(childWhere, "must be a mapping");
            }
            elements.add(new Element(child, childWhere));
        }
        return elements;
    }

    private void keys(JsonNode node, String where, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw error(where, "unknown key '" + key + "' (expected one of " + List.of(allowed) + ")");
            }
        }
    }

    private String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw error(where, "'" + key + "' is missing or empty");
        }
        return value.asText().strip();
    }

    private String identifier(JsonNode node, String where) {
        return identifierAt(node, "name", where);
    }

    private String identifierAt(JsonNode node, String key, String where) {
        String name = text(node, key, where);
        if (!IDENTIFIER.matcher(name).matches()) {
            throw error(where, key + " '" + name + "' is not an upper-case identifier");
        }
        return name;
    }

    private BigInteger bigNumber(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw error(where, "'" + key + "' is missing");
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        String s = value.asText().strip().replace("_", "");
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return new BigInteger(s.substring(2), 16);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            throw error(where, "'" + key + "' is not a number: '" + value.asText() + "'");
        }
    }

    private long number(JsonNode node, String key, String where, long min, long max) {
        BigInteger n = bigNumber(node, key, where);
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(where, "'" + key + "' is " + n + ", outside " + min + ".." + max);
        }
        return n.longValueExact();
    }

    private long u64(JsonNode node, String key, String where) {
        BigInteger n = bigNumber(node, key, where);
        if (n.signum() < 0 || n.compareTo(MAX_U64) > 0) {
            throw error(where, "'" + key + "' is " + n + ", outside the unsigned 64-bit range");
        }
        return n.longValue();
    }

    private long address(JsonNode node, String key, String where) {
        return number(node, key, where, 0, ADDRESS_SPACE - 1);
    }

    private long positive(JsonNode node, String key, String where) {
        return number(node, key, where, 1, ADDRESS_SPACE);
    }

    /**
     * The identifiers a generator emits for a device, which must not clash: in Java a register's offset
     * is its name and a field's mask {@code REGISTER_FIELD}; in C a register's offset is
     * {@code REGISTER_OFFSET}, its name the access macro and a field's mask {@code REGISTER_FIELD_MASK}.
     */
    private static List<String> generatedNames(List<Register> registers, List<Constant> constants, boolean c) {
        List<String> names = new ArrayList<>(List.of("BASE", "SIZE"));
        for (Register r : registers) {
            names.add(r.name());
            names.add(r.name() + "_RESET");
            if (c) {
                names.add(r.name() + "_OFFSET");
            }
            for (Field f : r.fields()) {
                names.add(r.name() + "_" + f.name() + (c ? "_MASK" : ""));
                names.add(r.name() + "_" + f.name() + "_LSB");
            }
        }
        constants.forEach(k -> names.add(k.name()));
        return names;
    }

    private void unique(List<String> names, String where) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw error(where, "name " + n + " is used twice");
            }
        }
    }

    private RegisterDescriptionException error(String where, String problem) {
        return new RegisterDescriptionException(file + ": " + where + ": " + problem);
    }
}
