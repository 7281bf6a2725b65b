package org.neuromtj.chip.npu.neuron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuromtj.chip.device.Binomial;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;

class MtjNeuronsTest {
    private static final Technology TECH = Technology.defaults();

    @ParameterizedTest
    @ValueSource(ints = {5, 9, 10, 12})
    void stochasticNeuronFiresWithTheSwitchingProbabilityOfItsInput(int input) {
        int n = 10_000;
        StochasticMtjNeurons neurons = new StochasticMtjNeurons(n, TECH.switching(), 0.80, 0.01, 0.75, 1, 6, "s",
                new Ledger());
        int[] in = new int[n];
        java.util.Arrays.fill(in, input);
        int spikes = neurons.step(in, new boolean[n]);
        Binomial.assertWithin99("firing at input " + input, n, neurons.firingProbability(input), spikes);
    }

    private static double firingFraction(int pulsesPerStep, double intervalNs, int steps) {
        int n = 2000;
        ExchangeBiasNeurons neurons = new ExchangeBiasNeurons(n, TECH.exchangeBias(), TECH.neelBrown(), 300,
                intervalNs, 100, 1, 8, "eb", new Ledger());
        int[] in = new int[n];
        java.util.Arrays.fill(in, pulsesPerStep);
        long spikes = 0;
        for (int t = 0; t < steps; t++) {
            spikes += neurons.step(in, new boolean[n]);
        }
        return spikes / (double) (n * steps);
    }

    @Test
    void exchangeBiasNeuronIntegratesCloselySpacedPulsesButNotSingleOnes() {
        double single = firingFraction(1, 1.0, 20);
        double train = firingFraction(8, 1.0, 20);
        assertTrue(single < 1e-3, "one pulse alone should almost never switch it: " + single);
        assertTrue(train > 0.5, "a train of 8 close pulses should usually fire it: " + train);
    }

    @Test
    void exchangeBiasNeuronLeaksWhenItsPulsesAreSpacedBeyondTheCoolingTime() {
        double close = firingFraction(8, 0.5, 20);
        double spaced = firingFraction(8, 10.0, 20);
        assertTrue(spaced < close / 10, "cooling between pulses is the leak: close " + close + ", spaced " + spaced);
    }

    @Test
    void exchangeBiasBarrierFadesToZeroAtTheBlockingTemperature() {
        ExchangeBiasNeurons neurons = new ExchangeBiasNeurons(1, TECH.exchangeBias(), TECH.neelBrown(), 300, 1, 100,
                1, 1, "eb", new Ledger());
        assertTrue(Math.abs(neurons.thermalStabilityAt(300) - TECH.exchangeBias().thermalStability()) < 1e-12);
        assertTrue(neurons.thermalStabilityAt(TECH.exchangeBias().blockingTemperatureK()) == 0);
        assertTrue(neurons.thermalStabilityAt(400) < neurons.thermalStabilityAt(350));
    }

    @Test
    void theThresholdRegisterPlacesTheStochasticSigmoid() {
        StochasticMtjNeurons neurons = new StochasticMtjNeurons(1, TECH.switching(), 0.80, 0.01, 0.75, 1, 6, "s",
                new Ledger());
        double atTen = neurons.firingProbability(10);
        neurons.setThreshold(21);
        assertEquals(atTen, neurons.firingProbability(30), 1e-15, "the same pulse twenty units higher");
        assertTrue(neurons.firingProbability(10) < atTen);
    }

    @Test
    void anExchangeBiasNeuronsPulsesStartAtTheThreshold() {
        Ledger ledger = new Ledger();
        ExchangeBiasNeurons neurons = new ExchangeBiasNeurons(2, TECH.exchangeBias(), TECH.neelBrown(), 300, 1.0, 100,
                5, 8, "eb", ledger);
        neurons.step(new int[] {4, 7}, new boolean[2]);
        assertTrue(ledger.total(Action.NEURON_PULSE) <= 3, "below the threshold no pulse, at 7 three at most");
        assertTrue(ledger.total(Action.NEURON_PULSE) >= 1, "the first pulse at the threshold");
        assertThrows(IllegalArgumentException.class, () -> neurons.setThreshold(0));
    }
}
