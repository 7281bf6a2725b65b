package org.neuromtj.tools.workload.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The software network runs the chip's timesteps: thermometer pixels, a timestep's delay, spike counts. */
class SpikingInferenceTest {

    @Test
    void aPixelsSpikesReachTheOutputATimestepAfterTheHiddenNeuronFires() {
        // Two pixels, one hidden neuron excited by the first and inhibited by the second, two outputs.
        Network net = new Network(2, 1, 2, 4, 6, 2, 1, new byte[] {1, -1}, new byte[] {1, -1}, Network.Coding.UNIPOLAR);
        SpikingInference inference = new SpikingInference(net);
        // Pixel 255 is 4 spikes (timesteps 0-3): the hidden membrane goes 1, 2 (fires, back to 0), 1, 2
        // (fires): hidden spikes at 1 and 3, output 0 fires at 2 and 4.
        assertEquals(0, inference.classify(new int[] {255, 0}));
        assertArrayEquals(new int[] {2, 0}, inference.counts());
        // Inhibited as much as excited: nothing fires, no answer.
        assertEquals(-1, inference.classify(new int[] {255, 255}));
        assertArrayEquals(new int[] {0, 0}, inference.counts());
    }

    @Test
    void inBipolarCodingASilentRowCountsMinusOne() {
        // Two pixels into one hidden neuron (weights +1, +1), which feeds two outputs (+1 and -1).
        Network net = new Network(2, 1, 2, 4, 6, 2, 1, new byte[] {1, 1}, new byte[] {1, -1}, Network.Coding.BIPOLAR);
        SpikingInference inference = new SpikingInference(net);
        // Both pixels white (4 spikes, timesteps 0-3): the hidden input is +2 while they spike and -2 after,
        // so it fires at 0-3 and stays below threshold from then on. Output 0 sees +1 in timesteps 1-4, -1
        // in 0 and 5: membrane -1, 0, 1 (fires), 1 (fires), 1 (fires), -1. Output 1 sees the opposite: +1 at 0
        // (fires), then -1 in 1-4 and +1 at 5: membrane -1, -2, -3, -4, -3.
        assertEquals(0, inference.classify(new int[] {255, 255}));
        assertArrayEquals(new int[] {3, 1}, inference.counts());
        // Black pixels: the hidden neuron never fires, its silence drives output 1 (+1 every timestep).
        assertEquals(1, inference.classify(new int[] {0, 0}));
        assertArrayEquals(new int[] {0, 6}, inference.counts());
        assertThrows(IllegalArgumentException.class, () -> new Network(1, 1, 1, 8, 4, 1, 1, new byte[] {0},
                new byte[] {1}, Network.Coding.BIPOLAR), "an XNOR cell holds no zero weight");
    }

    @Test
    void pixelsBecomeRoundedSpikeCounts() {
        Network net = new Network(1, 1, 1, 8, 2, 1, 1, new byte[] {1}, new byte[] {1}, Network.Coding.UNIPOLAR);
        assertEquals(0, net.spikes(0));
        assertEquals(0, net.spikes(15));
        assertEquals(1, net.spikes(16));
        assertEquals(4, net.spikes(128));
        assertEquals(8, net.spikes(255));
    }

    @Test
    void theAnswerIsTheMostSpikesThenTheEarliestThenTheLowerClass() {
        assertEquals(1, SpikingInference.answer(new int[] {2, 3, 1}, new int[] {0, 5, 0}));
        assertEquals(2, SpikingInference.answer(new int[] {3, 3, 3}, new int[] {4, 5, 2}));
        assertEquals(0, SpikingInference.answer(new int[] {3, 3}, new int[] {2, 2}));
        assertEquals(-1, SpikingInference.answer(new int[] {0, 0}, new int[] {0, 0}));
    }

    @Test
    void impossibleNetworksAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Network(1, 1, 1, 8, 4, 1, 1, new byte[] {2},
                new byte[] {1}, Network.Coding.UNIPOLAR));
        assertThrows(IllegalArgumentException.class, () -> new Network(2, 1, 1, 8, 4, 1, 1, new byte[] {1},
                new byte[] {1}, Network.Coding.UNIPOLAR));
        assertThrows(IllegalArgumentException.class, () -> new Network(1, 1, 1, 8, 4, 0, 1, new byte[] {1},
                new byte[] {1}, Network.Coding.UNIPOLAR));
    }
}
