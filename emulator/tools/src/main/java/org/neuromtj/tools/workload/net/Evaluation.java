package org.neuromtj.tools.workload.net;

import java.util.stream.IntStream;
import org.neuromtj.tools.workload.data.ImageSet;

/** The software network on test images: its spiking run, image by image, split over the machine's cores. */
public final class Evaluation {
    private static final int CHUNK = 250;

    private Evaluation() {
    }

    /**
     * @param net    the network
     * @param data   the images
     * @param images how many, from the first
     * @return each image's answer (−1 for none)
     */
    public static int[] answers(Network net, ImageSet data, int images) {
        int n = Math.min(images, data.size());
        int[] answers = new int[n];
        IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            SpikingInference inference = new SpikingInference(net);
            int[] pixels = new int[data.pixels()];
            for (int k = c * CHUNK; k < Math.min(n, (c + 1) * CHUNK); k++) {
                data.image(k, pixels);
                answers[k] = inference.classify(pixels);
            }
        });
        return answers;
    }

    /**
     * @param answers answers to the first images
     * @param data    the images
     * @return the fraction that match the labels
     */
    public static double accuracy(int[] answers, ImageSet data) {
        int right = 0;
        for (int k = 0; k < answers.length; k++) {
            right += answers[k] == data.label(k) ? 1 : 0;
        }
        return answers.length == 0 ? 0 : (double) right / answers.length;
    }

    /**
     * @param net    the network
     * @param data   the images
     * @param images how many, from the first
     * @return the fraction answered right
     */
    public static double accuracy(Network net, ImageSet data, int images) {
        return accuracy(answers(net, data, images), data);
    }
}
