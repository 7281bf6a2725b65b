package org.neuromtj.tools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.net.Evaluation;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;
import org.neuromtj.tools.workload.net.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj train}: trains the Fashion-MNIST network offline and writes its model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the spiking Fashion-MNIST network (ternary weights, LIF neurons, pixels as spike",
            "trains) on the training images with a fixed seed, measures its software accuracy on the test",
            "images, and writes a versioned, checksummed model file with the settings in it."})
final class TrainCommand implements Callable<Integer> {
    private static final Trainer.Settings D = Trainer.Settings.DEFAULT;

    @Option(names = "--data", paramLabel = "DIR", description = "Fashion-MNIST IDX files (default ${DEFAULT-VALUE}).")
    private Path data = FashionMnist.DEFAULT_DIRECTORY;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/fmnist/fmnist-model.json",
            description = "The model file to write (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--hidden", paramLabel = "N", description = "Hidden neurons (default ${DEFAULT-VALUE}).")
    private int hidden = D.hidden();

    @Option(names = "--levels", paramLabel = "N", description = "Spikes of a white pixel (default ${DEFAULT-VALUE}).")
    private int levels = D.levels();

    @Option(names = "--timesteps", paramLabel = "N", description = "Timesteps per image (default ${DEFAULT-VALUE}).")
    private int timesteps = D.timesteps();

    @Option(names = "--hidden-threshold", paramLabel = "N",
            description = "Hidden neurons' threshold (default ${DEFAULT-VALUE}).")
    private int hiddenThreshold = D.hiddenThreshold();

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training images (default ${DEFAULT-VALUE}).")
    private int epochs = D.epochs();

    @Option(names = "--batch", paramLabel = "N", description = "Images per update (default ${DEFAULT-VALUE}).")
    private int batch = D.batch();

    @Option(names = "--learning-rate", paramLabel = "R", description = "Adam step size (default ${DEFAULT-VALUE}).")
    private double learningRate = D.learningRate();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the weights and image order (default ${DEFAULT-VALUE}).")
    private long seed = D.seed();

    @Option(names = "--images", paramLabel = "N", description = "Training images used (default ${DEFAULT-VALUE}).")
    private int images = D.images();

    @Option(names = "--test-images", paramLabel = "N",
            description = "Test images the accuracy is measured on (default ${DEFAULT-VALUE}).")
    private int testImages = 10_000;

    @Override
    public Integer call() throws IOException {
        Trainer.Settings settings;
        try {
            settings = new Trainer.Settings(hidden, levels, timesteps, hiddenThreshold, epochs, batch, learningRate, seed,
                    images, D.coding());
        } catch (IllegalArgumentException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        if (testImages < 1 || testImages > 10_000) {
            throw new UsageFailure("--test-images must be 1-10000, not " + testImages, UsageFailure.BAD_INPUT);
        }
        ImageSet train;
        ImageSet test;
        try {
            train = FashionMnist.load(data, FashionMnist.Split.TRAIN);
            test = FashionMnist.load(data, FashionMnist.Split.TEST);
        } catch (WorkloadFileException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        System.out.printf(Locale.ROOT, "train: %d images, %d hidden, %d epochs, seed %d%n",
                Math.min(images, train.size()), hidden, epochs, seed);
        long start = System.nanoTime();
        Network net = Trainer.train(train, settings, (epoch, loss, accuracy) -> System.out.printf(Locale.ROOT,
                "  epoch %3d/%d  loss %.4f  rate-model accuracy %.2f %%  %.0f s%n", epoch, epochs, loss,
                100 * accuracy, (System.nanoTime() - start) / 1e9));
        int tested = Math.min(testImages, test.size());
        double accuracy = Evaluation.accuracy(net, test, tested);
        ModelFile.write(new ModelFile.Model(net, settings, accuracy, tested), out);
        System.out.printf(Locale.ROOT, "software accuracy (spiking, %d test images): %.2f %%%n", tested, 100 * accuracy);
        System.out.printf(Locale.ROOT, "output threshold %d; model written to %s%n", net.outputThreshold(), out);
        return 0;
    }
}
