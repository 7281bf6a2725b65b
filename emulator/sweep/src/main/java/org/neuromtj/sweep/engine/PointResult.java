package org.neuromtj.sweep.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neuromtj.sweep.run.TaskResult;
import org.neuromtj.sweep.spec.SweepSpec;

/**
 * A point's figures, its shards summed.
 *
 * @param index      the point's index in the design
 * @param values     a value (a number or a text) for each parameter by path
 * @param images     images run
 * @param accuracy   answered right
 * @param njPerImage the whole chip's energy an image
 * @param fjPerSpike its energy a spike
 * @param fjPerSynapticOp its energy a synaptic operation (a cell read in a string)
 * @param usPerImage the time an image takes
 * @param topsPerWatt synaptic operations a second per watt, in tera
 * @param topsPerMm2  synaptic operations a second per square millimetre of the chip, in tera
 * @param chipMm2     the chip's area
 * @param p50Us       the median of the images' times
 * @param p95Us       their 95th percentile
 * @param p99Us       their 99th percentile
 */
public record PointResult(int index, Map<String, Object> values, int images, double accuracy, double njPerImage,
                          double fjPerSpike, double fjPerSynapticOp, double usPerImage, double topsPerWatt,
                          double topsPerMm2, double chipMm2, double p50Us, double p95Us, double p99Us) {

    /**
     * @param spec    the sweep
     * @param points  its points
     * @param results every task's result
     * @return each point's figures, in the design's order
     */
    static List<PointResult> of(SweepSpec spec, List<Map<String, Object>> points, Collection<TaskResult> results) {
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
            out.add(new PointResult(p, points.get(p), images[p], (double) right[p] / images[p], fj[p] / images[p] / 1e6,
                    fj[p] / spikes[p], fj[p] / ops[p], ns[p] / images[p] / 1e3, ops[p] / fj[p] * 1e3,
                    ops[p] / ns[p] / 1e3 / mm2[p], mm2[p], percentile(latencies.get(p), 50),
                    percentile(latencies.get(p), 95), percentile(latencies.get(p), 99)));
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

    /** @return whether this point is no worse than {@code other} in accuracy and energy, and better in one */
    boolean dominates(PointResult other) {
        return accuracy >= other.accuracy && njPerImage <= other.njPerImage
                && (accuracy > other.accuracy || njPerImage < other.njPerImage);
    }

    /** @return the points no other point dominates: the Pareto front of accuracy against energy an image */
    static List<PointResult> front(List<PointResult> points) {
        List<PointResult> front = new ArrayList<>();
        for (PointResult p : points) {
            if (points.stream().noneMatch(q -> q.dominates(p))) {
                front.add(p);
            }
        }
        return front;
    }
}
