package org.neuromtj.tools.reproduce.stdp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.npu.learning.Plasticity;

/**
 * What the {@code stdp-fmnist} firmware is told through its settings file (host file 0): how many tiles of
 * neurons, how images become spikes, how many images train, label and test, the STDP rule pair and its
 * pulses, homeostasis, the initial weights and the selection mask. The format is described at the top of
 * the firmware.
 *
 * @param tiles          tiles of neurons, from tile 0
 * @param pixelThreshold a pixel brighter than this spikes
 * @param train          training images, from the training file's first
 * @param label          labelling images, those after the training ones
 * @param test           test images, from the test file's first
 * @param causal         the rule when the presynaptic spike came first (Δt ≥ 0)
 * @param acausal        the rule when it came second
 * @param window         the pairing window in timesteps
 * @param widthPs        learning pulse width
 * @param beta           homeostasis: bias units of 2 a win (0 off)
 * @param init           the initial weights
 * @param seed           the random initial weights' seed
 * @param maskMv         the selection mask's pulse during training, 0 for none
 * @param maskHold       whether the mask is drawn once a period and held, rather than every timestep
 * @param period         training images a period: the pulses' schedule restarts and a held mask is drawn
 *                       anew each period; it divides {@code train}
 * @param evaluate       whether to label and test after every period (on the classes trained so far), not
 *                       only after training
 * @param amplitudesMv   the learning pulse amplitude of each stage of a period
 */
public record LearningSettings(int tiles, int pixelThreshold, int train, int label, int test, Plasticity causal,
                               Plasticity acausal, int window, int widthPs, int beta, Init init, int seed,
                               int maskMv, boolean maskHold, int period, boolean evaluate, int[] amplitudesMv) {
    private static final int VERSION = 1;
    private static final int HEADER_WORDS = 20;

    /** The weights a layer starts from. */
    public enum Init {
        /** Each weight +1 or -1 at random. */
        RANDOM,
        /** Neuron n holds training image n, binarised (as k-means starts from samples). */
        IMPRINTED,
        /** Every weight -1: no pixel on. */
        BLANK
    }

    /**
     * The settings of one training run over {@code train} images in one period, evaluated once at its end,
     * without a mask; the arguments are the record's components of the same names.
     *
     * @param tiles          tiles of neurons
     * @param pixelThreshold a pixel brighter than this spikes
     * @param train          training images
     * @param label          labelling images
     * @param test           test images
     * @param causal         the rule for Δt ≥ 0
     * @param acausal        the rule for Δt &lt; 0
     * @param widthPs        learning pulse width
     * @param beta           homeostasis, bias units of 2 a win
     * @param init           the initial weights
     * @param seed           the random initial weights' seed
     * @param amplitudesMv   each stage's pulse amplitude
     * @return the settings, with a pairing window of one timestep
     */
    public static LearningSettings of(int tiles, int pixelThreshold, int train, int label, int test, Plasticity causal,
                                      Plasticity acausal, int widthPs, int beta, Init init, int seed,
                                      int[] amplitudesMv) {
        return new LearningSettings(tiles, pixelThreshold, train, label, test, causal, acausal, 1, widthPs, beta, init,
                seed, 0, false, train, false, amplitudesMv);
    }

    /** @return the settings file's bytes */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(4 * (HEADER_WORDS + amplitudesMv.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.put("NMTJSTDP".getBytes(StandardCharsets.US_ASCII));
        for (int w : new int[] {VERSION, tiles, pixelThreshold, train, label, test, causal.ordinal(), acausal.ordinal(),
            window, widthPs, beta, init.ordinal(), seed, maskMv, maskHold ? 1 : 0, period, evaluate ? 1 : 0,
            amplitudesMv.length}) {
            b.putInt(w);
        }
        for (int a : amplitudesMv) {
            b.putInt(a);
        }
        return b.array();
    }

    /** @return the same settings with another rule pair */
    public LearningSettings withRules(Plasticity causal, Plasticity acausal) {
        return new LearningSettings(tiles, pixelThreshold, train, label, test, causal, acausal, window, widthPs, beta,
                init, seed, maskMv, maskHold, period, evaluate, amplitudesMv);
    }

    /** @return the same settings with other numbers of tiles and images, trained in one period */
    public LearningSettings withSize(int tiles, int train, int label, int test) {
        return new LearningSettings(tiles, pixelThreshold, train, label, test, causal, acausal, window, widthPs, beta,
                init, seed, maskMv, maskHold, train, evaluate, amplitudesMv);
    }

    /**
     * @param mv     the mask's pulse, 0 for none
     * @param period training images between draws of the held mask, each with the schedule from its start,
     *               each followed by an evaluation
     * @return the same settings trained period by period
     */
    public LearningSettings inPeriods(int mv, int period) {
        return new LearningSettings(tiles, pixelThreshold, train, label, test, causal, acausal, window, widthPs, beta,
                init, seed, mv, true, period, true, amplitudesMv);
    }

    /**
     * The pulse amplitudes whose switching probability falls geometrically from {@code first} to {@code last}
     * over the stages, under the technology's switching law: a learning rate that anneals, set by the device.
     *
     * @param law     the switching law
     * @param widthPs the pulse width
     * @param first   the first stage's switching probability toward parallel
     * @param last    the last stage's
     * @param stages  how many stages
     * @return each stage's amplitude in millivolts
     */
    public static int[] annealed(SwitchingLaw law, int widthPs, double first, double last, int stages) {
        int[] mv = new int[stages];
        for (int s = 0; s < stages; s++) {
            double p = first * Math.pow(last / first, stages == 1 ? 0 : (double) s / (stages - 1));
            mv[s] = law.millivoltsFor(p, widthPs, Direction.TO_PARALLEL);
        }
        return mv;
    }

    /** @return the switching probability of a nominal junction under one pulse */
    static double probability(SwitchingLaw law, int mv, int widthPs, Direction d) {
        return law.probability(mv / 1e3, widthPs / 1e3, d);
    }
}
