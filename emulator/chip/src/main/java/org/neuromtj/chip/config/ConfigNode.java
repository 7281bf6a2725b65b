package org.neuromtj.chip.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping of a YAML configuration file, read with its dotted key path so that every rejected value
 * names its file, its key and the range it must lie in. Unknown keys are errors: a misspelt key would
 * otherwise silently leave a default in force.
 */
public final class ConfigNode {
    private final String file;
    private final String path;
    private final JsonNode node;
    /** Sourced quantities every derivation below this mapping may use by name, with their sources. */
    private final Map<String, Double> shared;
    private final Map<String, String> sharedSources;

    private ConfigNode(String file, String path, JsonNode node) {
        this(file, path, node, Map.of(), Map.of());
    }

    private ConfigNode(String file, String path, JsonNode node, Map<String, Double> shared,
                       Map<String, String> sharedSources) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.shared = shared;
        this.sharedSources = sharedSources;
    }

    /**
     * Makes the sourced entries of a section usable by name in every derivation below this mapping, so that
     * a figure such as a process node or a table's energy is stated, with its source, once.
     *
     * @param key a key holding a mapping of {@code {value, source}} entries
     * @return this mapping, whose derivations may use those names
     * @throws ConfigException naming a bad entry
     */
    public ConfigNode withShared(String key) {
        ConfigNode section = child(key);
        Map<String, Double> values = new HashMap<>(shared);
        Map<String, String> sources = new HashMap<>(sharedSources);
        for (Iterator<String> it = section.node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            values.put(name, section.sourced(name, new Range(Double.NEGATIVE_INFINITY, false,
                    Double.POSITIVE_INFINITY, false)));
            sources.put(name, section.source(name));
        }
        return new ConfigNode(file, path, node, Map.copyOf(values), Map.copyOf(sources));
    }

    /**
     * @param file name for messages
     * @param yaml the file's text
     * @return the top-level mapping
     * @throws ConfigException if the text is not YAML or not a mapping
     */
    public static ConfigNode parse(String file, byte[] yaml) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JacksonException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(file + ": expected a mapping at the top level");
        }
        return new ConfigNode(file, "", root);
    }

    /**
     * @param file a YAML file
     * @return its top-level mapping
     * @throws ConfigException if it is missing, unreadable or not a YAML mapping
     */
    public static ConfigNode read(Path file) {
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param owner    class whose package holds the resource
     * @param resource resource name relative to {@code owner}
     * @return the resource's top-level mapping
     */
    public static ConfigNode resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /**
     * Returns a copy of this mapping with values replaced, as an architect's sweep or a command-line
     * override does.
     *
     * @param dottedKey a key path such as {@code variation.sigma_tmr}
     * @param value     the new value
     * @return the modified copy
     */
    public ConfigNode with(String dottedKey, double value) {
        ObjectNode copy = node.deepCopy();
        ObjectNode at = parentOf(copy, dottedKey);
        String last = dottedKey.substring(dottedKey.lastIndexOf('.') + 1);
        JsonNode old = at.get(last);
        if (old != null && old.isObject() && old.has("value")) {
            ((ObjectNode) old).put("value", value);
        } else if (old != null && old.isIntegralNumber() && value == Math.rint(value)) {
            at.put(last, (long) value);
        } else if (old != null && old.isNumber()) {
            at.put(last, value);
        } else {
            throw new ConfigException(file + ": no number " + qualify(dottedKey) + " to override");
        }
        return new ConfigNode(file, path, copy, shared, sharedSources);
    }

    /**
     * Returns a copy of this mapping with a text replaced, as a sweep over a choice (a neuron model, a leak
     * mode) does.
     *
     * @param dottedKey a key path such as {@code neurons.model}
     * @param text      the new text
     * @return the modified copy
     * @throws ConfigException if the key names no text of this file
     */
    public ConfigNode withText(String dottedKey, String text) {
        ObjectNode copy = node.deepCopy();
        ObjectNode at = parentOf(copy, dottedKey);
        String last = dottedKey.substring(dottedKey.lastIndexOf('.') + 1);
        JsonNode old = at.get(last);
        if (old == null || !old.isTextual()) {
            throw new ConfigException(file + ": no text " + qualify(dottedKey) + " to override");
        }
        at.put(last, text);
        return new ConfigNode(file, path, copy, shared, sharedSources);
    }

    /** The mapping that holds a dotted key's last part, within {@code copy}. */
    private ObjectNode parentOf(ObjectNode copy, String dottedKey) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode at = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null || !next.isObject()) {
                throw new ConfigException(file + ": no mapping " + qualify(String.join(".",
                        Arrays.copyOf(parts, i + 1))) + " to override " + dottedKey);
            }
            at = (ObjectNode) next;
        }
        return at;
    }

    /**
     * This file laid over a base file, so that a file can state only where it differs from another: mappings
     * merge key by key, and anything else — a number, a text, and a sourced entry ({@code {value, source}} or
     * {@code {derive, inputs, source}}), which stands as one figure — replaces the base's whole. Messages name
     * this file and its base.
     *
     * @param base the file this one differs from
     * @return the merged mapping
     */
    public ConfigNode over(ConfigNode base) {
        ObjectNode merged = base.node.deepCopy();
        overlay(merged, node);
        return new ConfigNode(file + " (over " + base.file + ")", path, merged, shared, sharedSources);
    }

    private static void overlay(ObjectNode into, JsonNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = into.get(e.getKey());
            JsonNode next = e.getValue();
            if (old != null && old.isObject() && next.isObject() && !isFigure(old) && !isFigure(next)) {
                overlay((ObjectNode) old, next);
            } else {
                into.set(e.getKey(), next.deepCopy());
            }
        }
    }

    private static boolean isFigure(JsonNode entry) {
        return entry.has("value") || entry.has("derive");
    }

    /**
     * @return this mapping as YAML text (without the file's comments), for a file a tool writes for a chip
     */
    public String yaml() {
        try {
            return new ObjectMapper(new YAMLFactory()).writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a parsed mapping always writes back: " + e.getMessage(), e);
        }
    }

    /**
     * @param key the key to leave out
     * @return this mapping without the key
     */
    public ConfigNode without(String key) {
        ObjectNode copy = node.deepCopy();
        copy.remove(key);
        return new ConfigNode(file, path, copy, shared, sharedSources);
    }

    /**
     * A stated figure somewhere in the file: a {@code {value, source}} entry, at the top or as the input of a
     * derivation.
     *
     * @param path   its dotted key path
     * @param value  its value
     * @param source its source
     */
    public record Leaf(String path, double value, String source) {
    }

    /** @return every stated figure below this mapping, in file order */
    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        collect(node, path, out);
        return out;
    }

    private static void collect(JsonNode at, String where, List<Leaf> out) {
        if (at.has("value") && at.get("value").isNumber() && at.has("source")) {
            out.add(new Leaf(where, at.get("value").doubleValue(), at.get("source").asText()));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = at.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                collect(e.getValue(), where.isEmpty() ? e.getKey() : where + "." + e.getKey(), out);
            }
        }
    }

    /**
     * Rejects keys other than those given.
     *
     * @param allowed the keys this mapping may hold
     */
    public void allowOnly(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigException(file + ": unknown key " + qualify(k) + " (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /**
     * @param key a key holding a mapping
     * @return that mapping
     */
    public ConfigNode child(String key) {
        JsonNode v = required(key);
        if (!v.isObject()) {
            throw new ConfigException(file + ": " + qualify(key) + " must be a mapping");
        }
        return new ConfigNode(file, qualify(key), v, shared, sharedSources);
    }

    /** @return whether the key is present */
    public boolean has(String key) {
        return node.has(key);
    }

    /**
     * @param key     a key holding a number
     * @param range   the values allowed
     * @return the number
     */
    public double number(String key, Range range) {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw new ConfigException(file + ": " + qualify(key) + " must be a number, " + range.text());
        }
        return checked(key, v.doubleValue(), range);
    }

    /**
     * Reads a technology number, which must say where it comes from: {@code {value: 4.9e3, source:
     * "paper, figure"}} or a source starting {@code assumed:} with the reason.
     *
     * @param key   a key holding a value and its source
     * @param range the values allowed
     * @return the value
     */
    public double sourced(String key, Range range) {
        ConfigNode entry = child(key);
        source(key);
        if (!entry.has("derive")) {
            entry.allowOnly("value", "source");
            return entry.number("value", range);
        }
        entry.allowOnly("derive", "inputs", "source");
        return checked(key, derived(key), range);
    }

    /**
     * Evaluates a derived entry, {@code {derive: FORMULA, inputs: {NAME: {value, source}, ...}, source}}:
     * the formula over its inputs, each of which carries its own source.
     *
     * @param key a key holding a derivation
     * @return its value
     * @throws ConfigException naming the entry and what is wrong with its formula or inputs
     */
    public double derived(String key) {
        ConfigNode entry = child(key);
        String formula = entry.text("derive");
        Map<String, Double> values = new HashMap<>(shared);
        if (entry.has("inputs")) {
            ConfigNode inputs = entry.child("inputs");
            for (Iterator<String> it = inputs.node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                values.put(name, inputs.sourced(name, new Range(Double.NEGATIVE_INFINITY, false,
                        Double.POSITIVE_INFINITY, false)));
            }
        }
        try {
            return Derivation.evaluate(formula, values);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + qualify(key) + ".derive " + e.getMessage());
        }
    }

    /**
     * @param key a key holding a derivation, or a stated value
     * @return the names of the derivation's inputs whose sources are assumptions (none for a stated value)
     */
    public List<String> assumedInputs(String key) {
        List<String> names = new ArrayList<>();
        ConfigNode entry = child(key);
        if (!entry.has("derive")) {
            return names;
        }
        ConfigNode inputs = entry.has("inputs") ? entry.child("inputs") : null;
        for (String name : Derivation.names(entry.text("derive"))) {
            String source = inputs != null && inputs.has(name) ? inputs.source(name) : sharedSources.get(name);
            if (source != null && source.startsWith("assumed")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * @param key a key holding {@code {value, source}}
     * @return its source
     * @throws ConfigException if the source is missing or blank
     */
    public String source(String key) {
        ConfigNode entry = child(key);
        String source = entry.has("source") ? entry.node.get("source").asText() : "";
        if (source.isBlank()) {
            throw new ConfigException(file + ": " + qualify(key) + " has no source: say which paper and"
                    + " figure or table it comes from, or 'assumed:' and why");
        }
        return source;
    }

    /**
     * @param key   a key holding an integer
     * @param min   smallest allowed value
     * @param max   largest allowed value
     * @return the integer
     */
    public int integer(String key, int min, int max) {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw new ConfigException(file + ": " + qualify(key) + " = " + v.asText()
                    + " is out of range: must be an integer in [" + min + ", " + max + "]");
        }
        return v.intValue();
    }

    /**
     * @param key a key holding a boolean
     * @return its value
     */
    public boolean bool(String key) {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw new ConfigException(file + ": " + qualify(key) + " must be true or false");
        }
        return v.booleanValue();
    }

    /**
     * @param key     a key holding one of several words
     * @param choices the words allowed
     * @return the word
     */
    public String choice(String key, String... choices) {
        JsonNode v = required(key);
        for (String c : choices) {
            if (c.equals(v.asText()) && v.isTextual()) {
                return c;
            }
        }
        throw new ConfigException(file + ": " + qualify(key) + " = " + v.asText() + " is not one of "
                + String.join(", ", choices));
    }

    /**
     * @param key a key holding text
     * @return the text
     */
    public String text(String key) {
        JsonNode v = required(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new ConfigException(file + ": " + qualify(key) + " must be non-empty text");
        }
        return v.asText();
    }

    /**
     * @param key the key, relative to this mapping
     * @return the key's full dotted path, as used in messages
     */
    public String qualify(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * @param key     key to name
     * @param problem what is wrong
     * @return an exception naming the file and the key
     */
    public ConfigException error(String key, String problem) {
        return new ConfigException(file + ": " + qualify(key) + " " + problem);
    }

    private double checked(String key, double value, Range range) {
        if (!range.contains(value)) {
            throw new ConfigException(file + ": " + qualify(key) + " = " + value + " is out of range: "
                    + range.text());
        }
        return value;
    }

    private JsonNode required(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new ConfigException(file + ": missing key " + qualify(key));
        }
        return v;
    }
}
