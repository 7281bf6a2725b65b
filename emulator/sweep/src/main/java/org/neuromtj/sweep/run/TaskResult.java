package org.neuromtj.sweep.run;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.stream.Stream;

/**
 * What a task gave: for a chip workload, its images on the chip between the firmware's inference marks; for a
 * reproduce workload, the experiment's figures.
 *
 * @param point      the point
 * @param shard      the shard
 * @param images     images run (none for an experiment)
 * @param right      answered right
 * @param energyFj   the whole chip's energy
 * @param spikes     neurons fired
 * @param synapticOps cells read in strings (one synaptic operation each)
 * @param ns         time
 * @param chipMm2    the chip's area
 * @param latenciesNs each image's time, from the end of the one before (or the start of inference), whole ns
 * @param figures    an experiment's figures (ours), by quantity, in its order; empty for a chip workload
 */
public record TaskResult(int point, int shard, int images, int right, double energyFj, long spikes,
                         long synapticOps, double ns, double chipMm2, List<Long> latenciesNs,
                         Map<String, Double> figures) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The CSV header {@link #csv} matches. */
    public static final String CSV_HEADER = "point,shard,images,right,energy_fj,spikes,synaptic_ops,ns,chip_mm2,"
            + "latencies_ns,figures,crc32";

    /** @param figures copied, keeping its order */
    public TaskResult {
        latenciesNs = List.copyOf(latenciesNs);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * @param point   the point
     * @param figures an experiment's figures, by quantity
     * @return the result of a reproduce workload's task
     */
    public static TaskResult ofExperiment(int point, Map<String, Double> figures) {
        return new TaskResult(point, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), figures);
    }

    /**
     * @return the result as one CSV line, its last field the CRC-32 of the rest, so that a line an interruption cut
     *         anywhere reads as no result; an experiment's quantities are URL-encoded, so no comma is left in them
     */
    public String csv() {
        String fields = point + "," + shard + "," + images + "," + right + "," + energyFj + "," + spikes + "," + synapticOps
                + "," + ns + "," + chipMm2 + "," + latenciesNs.stream().map(String::valueOf)
                .collect(Collectors.joining(";")) + "," + figures.entrySet().stream().map(e -> URLEncoder.encode(
                e.getKey(), StandardCharsets.UTF_8) + "=" + e.getValue()).collect(Collectors.joining(";"));
        return fields + "," + crc(fields);
    }

    private static String crc(String fields) {
        CRC32 c = new CRC32();
        c.update(fields.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }

    /**
     * @param line a line {@link #csv} wrote
     * @return the result
     * @throws IllegalArgumentException if it is not one
     */
    public static TaskResult parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 12 || !crc(line.substring(0, line.lastIndexOf(','))).equals(f[11])) {
            throw new IllegalArgumentException("not a whole task result: " + line);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : items(f[10])) {
            int eq = pair.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("a figure without its value: " + line);
            }
            figures.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), Double.parseDouble(
                    pair.substring(eq + 1)));
        }
        TaskResult r = new TaskResult(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                Double.parseDouble(f[7]), Double.parseDouble(f[8]), items(f[9]).stream().map(Long::valueOf).toList(),
                figures);
        if (r.latenciesNs().size() != r.images()) {
            throw new IllegalArgumentException("a task result with " + r.latenciesNs().size() + " image times for "
                    + r.images() + " images: " + line);
        }
        return r;
    }

    private static List<String> items(String field) {
        return field.isEmpty() ? List.of() : Stream.of(field.split(";")).toList();
    }
}
