package org.neuromtj.tools.reproduce;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;

/**
 * Values laid over every chip file an experiment reads, as a design-space sweep varies them: each is
 * addressed {@code technology.}, {@code tile.} or {@code npu.} and the key's dotted path in that file, and
 * replaces the key's number (or text) in every file of that kind the experiment reads, before any change the
 * experiment itself makes. So an experiment run under overrides is the same experiment on other devices.
 *
 * @param values a number ({@link Double}) or a text for each overridden key, by path
 */
public record ChipOverrides(Map<String, Object> values) {
    /** A chip file's key: {@code technology.}, {@code tile.} or {@code npu.} and the key's dotted path. */
    private static final Pattern PATH = Pattern.compile("(technology|tile|npu)\\.[a-z0-9_]+(\\.[a-z0-9_]+)*");

    /** No overrides: the experiment's own files. */
    public static final ChipOverrides NONE = new ChipOverrides(Map.of());

    /** @param values a number or a text for each key, by path */
    public ChipOverrides {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!isPath(e.getKey())) {
                throw new IllegalArgumentException("an override's path is technology., tile. or npu. and a key, not "
                        + e.getKey());
            }
            if (!(e.getValue() instanceof Double) && !(e.getValue() instanceof String)) {
                throw new IllegalArgumentException("an override is a number or a text: " + e.getKey() + " = "
                        + e.getValue());
            }
        }
        values = Map.copyOf(new LinkedHashMap<>(values));
    }

    /**
     * @param path a dotted path
     * @return whether it names a key of a technology, tile or NPU file
     */
    public static boolean isPath(String path) {
        return PATH.matcher(path).matches();
    }

    /**
     * @param kind technology, tile or npu
     * @param file a file of that kind
     * @return the file with this kind's overrides
     * @throws org.neuromtj.chip.config.ConfigException if a key is not in the file
     */
    public ConfigNode apply(String kind, ConfigNode file) {
        ConfigNode out = file;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getKey().startsWith(kind + ".")) {
                String key = e.getKey().substring(kind.length() + 1);
                out = e.getValue() instanceof String text ? out.withText(key, text) : out.with(key, (Double) e.getValue());
            }
        }
        return out;
    }

    /**
     * @param technology devices an experiment uses
     * @return them with the technology overrides
     */
    public Technology technology(Technology technology) {
        return values.keySet().stream().anyMatch(k -> k.startsWith("technology.")) ? Technology.read(apply(
                "technology", technology.file())) : technology;
    }

    /**
     * Checks every override against the shipped default files, which hold every key: an unknown path or a value
     * out of its key's range is refused before an experiment starts.
     *
     * @throws org.neuromtj.chip.config.ConfigException naming the key and what is wrong
     */
    public void check() {
        technology(Technology.defaults());
        TileConfig.read(apply("tile", ConfigNode.resource(TileConfig.class, "default-tile.yaml")));
        NpuConfig.read(apply("npu", ConfigNode.resource(NpuConfig.class, "default-npu.yaml")));
    }
}
