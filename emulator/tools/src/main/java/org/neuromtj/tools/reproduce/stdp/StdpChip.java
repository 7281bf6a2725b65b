package org.neuromtj.tools.reproduce.stdp;

import java.nio.file.Path;
import java.util.List;
import org.neuromtj.chip.elf.ElfException;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.tools.reproduce.Experiment.Run;
import org.neuromtj.tools.reproduce.ReproductionException;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/**
 * The chip the {@code stdp-fmnist} firmware learns on (its files in {@code firmware-samples/stdp-fmnist/},
 * default devices), the Fashion-MNIST splits, and the learning settings the experiments on it share.
 *
 * @param board the chip and the firmware
 * @param train the training split
 * @param test  the test split
 */
record StdpChip(ChipRun.Board board, ImageSet train, ImageSet test) {
    static final int WIDTH_PS = 750;
    static final int PIXEL_THRESHOLD = 32;
    static final int BETA = 4;
    /** The learning rate anneals: the first stage's pulses switch half the cells they aim at, the last 2 %. */
    static final double FIRST_P = 0.5;
    static final double LAST_P = 0.02;
    static final int STAGES = 8;
    private static final long MAX_CYCLES = 1L << 42;

    /**
     * @param run        how the experiment runs
     * @param experiment its name, which failures carry
     * @return the chip and data
     * @throws ReproductionException naming what could not be read
     */
    static StdpChip load(Run run, String experiment) {
        Path dir = run.home().resolve("firmware-samples/stdp-fmnist");
        try {
            ChipRun.Board board = new ChipRun.Board(
                    ElfReader.forChip().read(run.home().resolve("firmware-samples/target/firmware/stdp-fmnist.elf")),
                    run.npu(dir.resolve("stdp-npu.yaml")), run.tile(dir.resolve("stdp-tile.yaml")),
                    run.technology(), run.seed(), MAX_CYCLES);
            return new StdpChip(board, FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN),
                    FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST));
        } catch (RuntimeException | ElfException e) {
            throw new ReproductionException(experiment + ": " + e.getMessage(), e);
        }
    }

    /** @return each stage's pulse amplitude, annealed from {@link #FIRST_P} to {@link #LAST_P} */
    int[] annealed() {
        return LearningSettings.annealed(board.technology().switching(), WIDTH_PS, FIRST_P, LAST_P, STAGES);
    }

    /** @return the neurons of one tile */
    int neuronsPerTile() {
        return board.tile().synapses().neurons(board.tile().geometry().columns());
    }

    /**
     * Runs the firmware with the settings on the given images.
     *
     * @param experiment the experiment's name, which a failure carries
     * @param what       what the run is, which a failure carries
     * @param s          the settings
     * @param images     the training file's images: training, then labelling
     * @param tests      the test images
     * @param results    how many answers the firmware reports
     * @return what the run gave
     * @throws ReproductionException if the firmware did not exit with 0, with what it printed
     */
    ChipRun.Outcome learn(String experiment, String what, LearningSettings s, ImageSet images, ImageSet tests,
                          int results) {
        int n = s.train() + s.label();
        ChipRun.Outcome o = ChipRun.run(board, List.of(s.bytes(), images.imagesIdx(n), images.labelsIdx(n),
                tests.imagesIdx(s.test()), tests.labelsIdx(s.test())), results, 0, done -> { });
        if (o.result().outcome() != Outcome.EXITED || o.result().exitStatus() != 0) {
            throw new ReproductionException(experiment + ": the firmware failed (" + what + "): exit "
                    + o.result().exitStatus() + "\n" + o.uart(), null);
        }
        return o;
    }
}
