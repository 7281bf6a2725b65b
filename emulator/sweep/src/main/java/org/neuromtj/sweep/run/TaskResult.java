package org.neuromtj.sweep.run;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a task's images gave on the chip, between the firmware's inference marks.
 *
 * @param point      the point
 * @param shard      the shard
 * @param images     images run
 * @param right      answered right
 * @param energyFj   the whole chip's energy
 * @param spikes     neurons fired
 * @param synapticOps cells read in strings (one synaptic operation each)
 * @param ns         time
 * @param chipMm2    the chip's area
 * @param latenciesNs each image's time, from the end of the one before (or the start of inference), whole ns
 */
public record TaskResult(int point, int shard, int images, int right, double energyFj, long spikes,
                         long synapticOps, double ns, double chipMm2, List<Long> latenciesNs) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The CSV header {@link #csv} matches. */
    public static final String CSV_HEADER = "point,shard,images,right,energy_fj,spikes,synaptic_ops,ns,chip_mm2,latencies_ns";

    /** @return the result as one CSV line */
    public String csv() {
        return point + "," + shard + "," + images + "," + right + "," + energyFj + "," + spikes + "," + synapticOps
                + "," + ns + "," + chipMm2 + "," + latenciesNs.stream().map(String::valueOf)
                .collect(Collectors.joining(";"));
    }

    /**
     * @param line a line {@link #csv} wrote
     * @return the result
     * @throws IllegalArgumentException if it is not one
     */
    public static TaskResult parse(String line) {
        String[] f = line.split(",");
        if (f.length != 10) {
            throw new IllegalArgumentException("not a task result: " + line);
        }
        TaskResult r = new TaskResult(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                Double.parseDouble(f[7]), Double.parseDouble(f[8]), Stream.of(f[9].split(";")).map(Long::valueOf)
                .toList());
        // A line cut inside its last field still has every comma: its image times then fall short.
        if (r.latenciesNs().size() != r.images()) {
            throw new IllegalArgumentException("a task result with " + r.latenciesNs().size() + " image times for "
                    + r.images() + " images: " + line);
        }
        return r;
    }
}
