package org.neuromtj.sweep.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.sweep.run.TaskResult;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * A point's figures: for a chip workload its shards' images summed into {@link #CHIP_FIGURES}; for a reproduce
 * workload the experiment's own figures, by quantity.
 *
 * @param index   the point's index in the design
 * @param values  a value (a number or a text) for each parameter by path
 * @param figures the figures by name, in order
 */
public record PointResult(int index, Map<String, Object> values, Map<String, Double> figures) {
    /**
     * A chip workload's figures: images run; the share answered right; the whole chip's energy an image (nJ), a
     * spike (fJ) and a synaptic operation, a cell read in a string (fJ); the time an image takes (µs); synaptic
     * operations a second per watt and per mm² of chip, in tera; the chip's area (mm²); and the median, 95th and
     * 99th percentile of the images' times (µs).
     */
    public static final List<String> CHIP_FIGURES = List.of("images", "accuracy", "nj_per_image", "fj_per_spike",
            "fj_per_synaptic_op", "us_per_image", "tops_per_watt", "tops_per_mm2", "chip_mm2", "p50_us", "p95_us",
            "p99_us");

    /** @param figures copied, keeping its order */
    public PointResult {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * @param name a figure's name
     * @return its value, NaN where this point has none of that name
     */
    public double figure(String name) {
        return figures.getOrDefault(name, Double.NaN);
    }

    /**
     * @param spec    the sweep
     * @param points  its points
     * @param results every task's result
     * @return each point's figures, in the design's order
     */
    static List<PointResult> of(SweepSpec spec, List<Map<String, Object>> points, Collection<TaskResult> results) {
        return spec.workload().kind() == SweepSpec.Kind.REPRODUCE ? experiments(points, results)
                : chipRuns(points, results);
    }

    private static List<PointResult> experiments(List<Map<String, Object>> points, Collection<TaskResult> results) {
        List<PointResult> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            int point = p;
            Map<String, Double> figures = results.stream().filter(r -> r.point() == point).findFirst()
                    .map(TaskResult::figures).orElse(Map.of());
            out.add(new PointResult(p, points.get(p), figures));
        }
        return out;
    }

    private static List<PointResult> chipRuns(List<Map<String, Object>> points, Collection<TaskResult> results) {
        int n = points.size();
        int[] images = new int[n];
        int[] right = new int[n];
        double[] fj = new double[n];
        long[] spikes = new long[n];
        long[] ops = new long[n];
        double[] ns = new double[n];
        double[] mm2 = new double[n];
        List<List<Long>> latencies = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            latencies.add(new ArrayList<>());
        }
        for (TaskResult r : results) {
            if (r.point() < n) {
                images[r.point()] += r.images();
                right[r.point()] += r.right();
                fj[r.point()] += r.energyFj();
                spikes[r.point()] += r.spikes();
                ops[r.point()] += r.synapticOps();
                ns[r.point()] += r.ns();
                mm2[r.point()] = r.chipMm2();
                latencies.get(r.point()).addAll(r.latenciesNs());
            }
        }
        List<PointResult> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            // Operations per joule in tera: ops / (fj·1e-15) / 1e12; per second and mm² in tera: ops / (ns·1e-9) / 1e12.
            double[] v = {images[p], (double) right[p] / images[p], fj[p] / images[p] / 1e6, fj[p] / spikes[p],
                fj[p] / ops[p], ns[p] / images[p] / 1e3, ops[p] / fj[p] * 1e3, ops[p] / ns[p] / 1e3 / mm2[p], mm2[p],
                percentile(latencies.get(p), 50), percentile(latencies.get(p), 95), percentile(latencies.get(p), 99)};
            Map<String, Double> figures = new LinkedHashMap<>();
            for (int k = 0; k < v.length; k++) {
                figures.put(CHIP_FIGURES.get(k), v[k]);
            }
            out.add(new PointResult(p, points.get(p), figures));
        }
        return out;
    }

    /** The nearest-rank percentile of image times, in microseconds. */
    static double percentile(List<Long> ns, double q) {
        if (ns.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = ns.stream().sorted().toList();
        int rank = (int) Math.ceil(q / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e3;
    }

    /**
     * @param pattern a figure's whole name, each {@code *} in it any run of characters
     * @param spec    the sweep, for the message
     * @return the value of the first figure it matches
     * @throws SpecException naming the point and its figures if none matches
     */
    double matching(String pattern, SweepSpec spec) {
        return figures.entrySet().stream().filter(e -> matches(pattern, e.getKey())).findFirst()
                .map(Map.Entry::getValue).orElseThrow(() -> new SpecException(spec.file() + ": no figure of point "
                        + index + " " + values + " matches " + pattern + "; its figures are: "
                        + String.join("; ", figures.keySet())));
    }

    /** Whether a name matches a pattern whose {@code *} stands for any run of characters (a glob, not a regex). */
    static boolean matches(String pattern, String name) {
        String[] parts = pattern.split("\\*", -1);
        if (parts.length == 1) {
            return pattern.equals(name);
        }
        if (!name.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int k = 1; k < parts.length - 1; k++) {
            int found = name.indexOf(parts[k], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[k].length();
        }
        String last = parts[parts.length - 1];
        return name.length() - last.length() >= at && name.endsWith(last);
    }

    /**
     * Checks an experiment's first results against the figures the spec trades, before they are written.
     *
     * @param spec    a reproduce workload's sweep
     * @param points  its points
     * @param results tasks' results
     * @throws SpecException naming a point and its figures where one of the spec's patterns matches none
     */
    static void experimentsTrade(SweepSpec spec, List<Map<String, Object>> points, List<TaskResult> results) {
        for (TaskResult r : results) {
            PointResult p = new PointResult(r.point(), points.get(r.point()), r.figures());
            p.matching(spec.workload().maximise(), spec);
            p.matching(spec.workload().minimise(), spec);
        }
    }

    /**
     * The points no other point beats in both the figure the workload maximises and the one it minimises.
     *
     * @param points every point
     * @param spec   the sweep, naming the two figures
     * @return the Pareto front, in the design's order
     */
    static List<PointResult> front(List<PointResult> points, SweepSpec spec) {
        double[] up = new double[points.size()];
        double[] down = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
            up[k] = points.get(k).matching(spec.workload().maximise(), spec);
            down[k] = points.get(k).matching(spec.workload().minimise(), spec);
        }
        List<PointResult> front = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            boolean dominated = false;
            for (int j = 0; j < points.size() && !dominated; j++) {
                dominated = up[j] >= up[k] && down[j] <= down[k] && (up[j] > up[k] || down[j] < down[k]);
            }
            if (!dominated) {
                front.add(points.get(k));
            }
        }
        return front;
    }
}
