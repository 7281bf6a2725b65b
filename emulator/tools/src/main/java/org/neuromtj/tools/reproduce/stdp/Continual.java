package org.neuromtj.tools.reproduce.stdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.learning.Plasticity;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.reproduce.Experiment;
import org.neuromtj.tools.reproduce.ParallelRuns;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.Reproduction.Figure;
import org.neuromtj.tools.reproduce.Reproduction.Plot;
import org.neuromtj.tools.reproduce.Reproduction.Table;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/**
 * The SOT-MTJ SNN paper's continual learning (seed 002): the classes of Fashion-MNIST presented one after
 * another, each once, to the {@code stdp-fmnist} firmware's layer, with and without the neuronal-selection
 * mask. With the mask held for a class, a pulse near the selection junctions' switching point leaves
 * about one neuron in ten able to fire and so to learn; the others keep what earlier classes taught them.
 * After each class the layer is labelled and tested on the classes seen so far: the accuracy on the old
 * ones shows how much was forgotten. The same layer trained on the same images shuffled is the ceiling.
 */
public final class Continual implements Experiment {
    /** The mask leaves a neuron able to fire with this probability: it selects about one in ten a class. */
    private static final double SELECTED = 0.1;

    /** How big a run is: tiles of neurons, classes, and images a class to train, label and test on. */
    private record Size(int tiles, int classes, int train, int label, int test) {
    }

    @Override
    public String name() {
        return "continual";
    }

    @Override
    public String title() {
        return "continual learning of Fashion-MNIST class after class, with and without the selection mask (seed 002)";
    }

    @Override
    public Reproduction run(Run run) {
        StdpChip chip = StdpChip.load(run, name());
        ImageSet train = chip.train();
        ImageSet test = chip.test();
        Size size = run.quick() ? new Size(1, 3, 60, 30, 30) : new Size(4, 10, 500, 200, 200);
        Technology tech = chip.board().technology();
        int[] amplitudes = chip.annealed();
        int maskMv = tech.switching().millivoltsFor(1 - SELECTED, StdpChip.WIDTH_PS, Direction.TO_PARALLEL);
        int neurons = size.tiles() * chip.neuronsPerTile();

        // Training images class after class, then the labelling images, all classes mixed; the test images
        // of the classes in use.
        List<Integer> order = new ArrayList<>();
        List<Integer> shuffled = new ArrayList<>();
        List<Integer> labelling = new ArrayList<>();
        List<Integer> testing = new ArrayList<>();
        int[][] byClass = indices(train, size.classes(), size.train() + size.label());
        int[][] testByClass = indices(test, size.classes(), size.test());
        for (int c = 0; c < size.classes(); c++) {
            for (int k = 0; k < size.train(); k++) {
                order.add(byClass[c][k]);
            }
        }
        for (int k = 0; k < size.train(); k++) {
            for (int c = 0; c < size.classes(); c++) {
                shuffled.add(byClass[c][k]);
            }
        }
        for (int k = 0; k < size.label(); k++) {
            for (int c = 0; c < size.classes(); c++) {
                labelling.add(byClass[c][size.train() + k]);
            }
        }
        for (int k = 0; k < size.test(); k++) {
            for (int c = 0; c < size.classes(); c++) {
                testing.add(testByClass[c][k]);
            }
        }
        ImageSet sequential = train.select(concat(order, labelling));
        ImageSet mixed = train.select(concat(shuffled, labelling));
        ImageSet tests = test.select(testing.stream().mapToInt(Integer::intValue).toArray());
        int trainImages = order.size();
        LearningSettings base = LearningSettings.of(size.tiles(), StdpChip.PIXEL_THRESHOLD, trainImages,
                labelling.size(), tests.size(), Plasticity.LTP, Plasticity.LTD, StdpChip.WIDTH_PS, StdpChip.BETA,
                LearningSettings.Init.BLANK,
                (int) run.seed(), amplitudes);
        LearningSettings masked = base.inPeriods(maskMv, size.train());
        LearningSettings unmasked = base.inPeriods(0, size.train());

        double[][] withMask;
        double[][] withoutMask;
        double joint;
        try (ParallelRuns runs = new ParallelRuns(name())) {
            ParallelRuns.Pending<double[][]> a = runs.start(() -> evaluations(run, chip, masked, sequential, tests,
                    size, "classes in turn, mask held at " + maskMv + " mV"));
            ParallelRuns.Pending<double[][]> b = runs.start(() -> evaluations(run, chip, unmasked, sequential, tests,
                    size, "classes in turn, no mask"));
            ParallelRuns.Pending<double[][]> c = runs.start(() -> evaluations(run, chip, base, mixed, tests, size,
                    "all classes shuffled, no mask"));
            withMask = a.get();
            withoutMask = b.get();
            joint = c.get()[0][1];
        }

        List<List<String>> rows = new ArrayList<>();
        Map<String, List<double[]>> oldSeries = new LinkedHashMap<>();
        List<double[]> maskOld = new ArrayList<>();
        List<double[]> plainOld = new ArrayList<>();
        for (int c = 0; c < size.classes(); c++) {
            rows.add(List.of(Integer.toString(c + 1), FashionMnist.NAMES[c], pct(withMask[c][0]), pct(withMask[c][1]),
                    pct(withoutMask[c][0]), pct(withoutMask[c][1])));
            if (c > 0) {
                maskOld.add(new double[] {c + 1, 100 * withMask[c][0]});
                plainOld.add(new double[] {c + 1, 100 * withoutMask[c][0]});
            }
        }
        oldSeries.put("with the selection mask", maskOld);
        oldSeries.put("without", plainOld);
        int last = size.classes() - 1;
        String ours = String.format(Locale.ROOT, "%d neurons on %d XNOR tiles (default devices), blank weights, %d"
                + " Fashion-MNIST classes in turn, %d images each, once; STDP (LTP, LTD) annealed from P = 0.5 to"
                + " 0.02 within each class; labelled on %d images a seen class, tested on %d a seen class; seed %d",
                neurons, size.tiles(), size.classes(), size.train(), size.label(), size.test(), run.seed());
        List<String> differences = List.of("dataset: Fashion-MNIST here, MNIST there",
                "the paper's network, mask probability and protocol details are not in our source (an abstract and a"
                        + " short summary): it reports sequential training of all 10 classes in a single pass with"
                        + " catastrophic forgetting much reduced, without a figure");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("accuracy on the old classes after the last, with the mask", "%", 100 * withMask[last][0],
                ours + ", mask held at " + maskMv + " mV for a class (" + pct(SELECTED) + " of neurons left able to"
                        + " fire)", null, "seed 002: continual learning of MNIST with neuronal selection", differences,
                String.format(Locale.ROOT, "Without the mask: %.2f %%; on all %d classes %.2f %% with and %.2f %%"
                                + " without; the same layer on the same images shuffled (no forgetting to suffer):"
                                + " %.2f %%.", 100 * withoutMask[last][0], size.classes(), 100 * withMask[last][1],
                        100 * withoutMask[last][1], 100 * joint)));
        figures.add(new Figure("forgetting the mask prevents", "points", 100 * (withMask[last][0] - withoutMask[last][0]),
                "old-class accuracy after the last class, with the mask less without, the same images and devices",
                null, "the paper gives no figure", List.of(), "Without the mask every class is learnt by the"
                + " neurons that fit it best, which are mostly those that learnt earlier classes: homeostasis pushes"
                + " every neuron to win its share of the current class. The held mask leaves each class its own"
                + " tenth of the neurons; the others keep their weights. What remains lost is what shared"
                + " neurons (a tenth of a tenth) and the homeostatic bias, which follows wins, move."));
        List<Table> tables = List.of(new Table("Accuracy after each class", List.of("classes learnt", "last class",
                "old classes, with mask", "all seen, with mask", "old classes, without", "all seen, without"), rows,
                String.format(Locale.ROOT, "Old classes: those before the last one learnt. Over %d test images a"
                        + " class an accuracy near 60 %% is known to about +/-%.1f points on one class.", size.test(),
                        100 * Math.sqrt(0.24 / size.test()))));
        List<Plot> plots = List.of(new Plot("Accuracy on the old classes as classes are learnt in turn",
                "classes learnt", "accuracy on the old classes, %", oldSeries));
        return new Reproduction(name(), title(), "Seed 002: a neuromorphic engine of SOT-MTJs with nine-type STDP,"
                + " metaplasticity and neuronal selection; continual learning of MNIST's classes in sequence",
                run.seed(), run.quick(), figures, tables, plots, List.of());
    }

    /**
     * Runs the firmware and reads, for each evaluation, the accuracy on the old classes (those before the
     * evaluation's last) and on all seen; a run that evaluates once gives one row.
     */
    private static double[][] evaluations(Run run, StdpChip chip, LearningSettings s, ImageSet train,
                                          ImageSet tests, Size size, String what) {
        run.log().printf(Locale.ROOT, "continual: %s (%d neurons)%n", what, s.tiles() * chip.neuronsPerTile());
        int evaluations = s.evaluate() ? s.train() / s.period() : 1;
        ChipRun.Outcome o = chip.learn("continual", what, s, train, tests, evaluations * s.test());
        double[][] out = new double[evaluations][2];
        for (int e = 0; e < evaluations; e++) {
            int newest = s.evaluate() ? e : size.classes() - 1;
            int[] right = new int[2];
            int[] seen = new int[2];
            for (int i = 0; i < s.test(); i++) {
                int answer = o.answers()[e * s.test() + i];
                int label = o.labels()[e * s.test() + i];
                if (answer == -2) {
                    continue;
                }
                for (int k = 0; k < 2; k++) {
                    if (k == 1 || label < newest) {
                        seen[k]++;
                        right[k] += answer == label ? 1 : 0;
                    }
                }
            }
            out[e][0] = seen[0] == 0 ? Double.NaN : (double) right[0] / seen[0];
            out[e][1] = seen[1] == 0 ? Double.NaN : (double) right[1] / seen[1];
        }
        return out;
    }

    /** The first {@code n} images of each of the first {@code classes} classes. */
    private static int[][] indices(ImageSet set, int classes, int n) {
        int[][] out = new int[classes][n];
        int[] filled = new int[classes];
        for (int k = 0; k < set.size(); k++) {
            int c = set.label(k);
            if (c < classes && filled[c] < n) {
                out[c][filled[c]++] = k;
            }
        }
        for (int c = 0; c < classes; c++) {
            if (filled[c] < n) {
                throw new ReproductionException("continual: class " + c + " has only " + filled[c] + " images", null);
            }
        }
        return out;
    }

    private static int[] concat(List<Integer> a, List<Integer> b) {
        int[] out = new int[a.size() + b.size()];
        for (int k = 0; k < a.size(); k++) {
            out[k] = a.get(k);
        }
        for (int k = 0; k < b.size(); k++) {
            out[a.size() + k] = b.get(k);
        }
        return out;
    }

    private static String pct(double a) {
        return Double.isNaN(a) ? "—" : String.format(Locale.ROOT, "%.2f %%", 100 * a);
    }
}
