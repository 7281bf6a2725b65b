package org.neuromtj.tools.reproduce.multilevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/** The software reference of the multilevel experiment: it learns, and its quantised weights keep to the cells. */
class LinearClassifierTest {
    private static ImageSet train;
    private static ImageSet test;
    private static LinearClassifier classifier;

    @BeforeAll
    static void train() {
        train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
        test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        classifier = LinearClassifier.train(train, 4000, 1);
    }

    @Test
    void softmaxRegressionLearnsTheClasses() {
        int right = 0;
        int[] x = new int[test.pixels()];
        for (int k = 0; k < 500; k++) {
            test.image(k, x);
            right += classifier.answer(x) == test.label(k) ? 1 : 0;
        }
        assertTrue(right >= 325, "a linear classifier on 4000 images gets about 70 %: " + right + " of 500");
    }

    @Test
    void quantisedWeightsStayWithinACellPairAndSpikeLikeTheFloatingPointOnes() {
        ImageSet validation = train.select(new int[] {50_000, 50_001, 50_002, 50_003, 50_004, 50_005, 50_006,
            50_007, 50_008, 50_009});
        LinearClassifier.Quantised q = classifier.quantise(32, validation);
        int top = 0;
        for (int w : q.weights()) {
            assertTrue(Math.abs(w) <= 31, "a differential pair of 32-level cells holds -31 to 31: " + w);
            top = Math.max(top, Math.abs(w));
        }
        assertEquals(31, top, "the scale puts the largest weights at the top level");
        assertTrue(Integer.bitCount(q.threshold()) == 1, "thresholds are powers of two: " + q.threshold());
        double spiking = classifier.accuracy(q.weights(), q.threshold(), test, 500);
        assertTrue(spiking >= 0.6, "the spiking, quantised classifier still answers: " + spiking);
    }
}
