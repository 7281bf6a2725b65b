package org.neuromtj.emulator.workload.net;

import java.util.stream.IntStream;
import org.neuromtj.emulator.workload.data.FashionMnist;

/** The software accuracy of a network: its spiking run, image by image, split over the machine's cores. */
public final class Evaluation {
    private static final int CHUNK = 250;

    private Evaluation() {
    }

    /**
     * @param net    the network
     * @param data   the images
     * @param images how many, from the first
     * @return the fraction answered right
     */
    public static double accuracy(Network net, FashionMnist data, int images) {
        int n = Math.min(images, data.size());
        long right = IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().mapToLong(c -> {
            SpikingInference inference = new SpikingInference(net);
            int[] pixels = new int[FashionMnist.PIXELS];
            long ok = 0;
            for (int k = c * CHUNK; k < Math.min(n, (c + 1) * CHUNK); k++) {
                data.image(k, pixels);
                ok += inference.classify(pixels) == data.label(k) ? 1 : 0;
            }
            return ok;
        }).sum();
        return (double) right / n;
    }
}
