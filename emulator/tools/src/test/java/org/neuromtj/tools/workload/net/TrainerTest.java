package org.neuromtj.tools.workload.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/** A short training run learns, its loss falls, and the seed fixes the result bit for bit. */
class TrainerTest {
    private static final Trainer.Settings SHORT = new Trainer.Settings(32, 8, 16, 16, 2, 50, 0.004, 7, 6000, Network.Coding.UNIPOLAR);
    private static ImageSet train;
    private static ImageSet test;

    @BeforeAll
    static void load() {
        train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
        test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
    }

    @Test
    void aShortRunLearnsAndTheSeedFixesItsWeights() {
        List<Double> losses = new ArrayList<>();
        Network net = Trainer.train(train, SHORT, (epoch, loss, accuracy) -> losses.add(loss));
        assertEquals(2, losses.size());
        assertTrue(losses.get(1) < losses.get(0), "loss falls: " + losses);
        double accuracy = Evaluation.accuracy(net, test, 1000);
        // Chance is 10 %; 6000 images and 32 hidden neurons already get the spiking network well past 70 %.
        assertTrue(accuracy > 0.70, "spiking accuracy " + accuracy);
        Network again = Trainer.train(train, SHORT, (epoch, loss, a) -> { });
        assertArrayEquals(net.w1(), again.w1());
        assertArrayEquals(net.w2(), again.w2());
        assertEquals(net.outputThreshold(), again.outputThreshold());
    }

    @Test
    void settingsOutOfRangeAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Trainer.Settings(0, 8, 16, 16, 1, 50, 0.01, 1, 100, Network.Coding.UNIPOLAR));
        assertTrue(e.getMessage().startsWith("hidden must be 1-4096, not 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Trainer.Settings(8, 8, 16, 16, 1, 50, 1.5, 1, 100, Network.Coding.UNIPOLAR));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
    }

    @Test
    void aBipolarNetworkLearnsTheDigitsWithBinaryWeights() {
        ImageSet digits = org.neuromtj.tools.workload.data.Digits.load(org.neuromtj.tools.workload.data.Digits.DEFAULT_FILE,
                org.neuromtj.tools.workload.data.Digits.Split.TRAIN);
        ImageSet held = org.neuromtj.tools.workload.data.Digits.load(org.neuromtj.tools.workload.data.Digits.DEFAULT_FILE,
                org.neuromtj.tools.workload.data.Digits.Split.TEST);
        Network net = Trainer.train(digits, new Trainer.Settings(32, 16, 18, 16, 8, 20, 0.004, 2, 1347,
                Network.Coding.BIPOLAR), (e, l, a) -> { });
        for (byte w : net.w1()) {
            assertTrue(w == 1 || w == -1, "binary weights only");
        }
        // Chance is 10 %; eight epochs over 1347 digits take a 64-32-10 binary network past 85 %.
        double accuracy = Evaluation.accuracy(net, held, held.size());
        assertTrue(accuracy > 0.85, "held-out accuracy " + accuracy);
    }
}
