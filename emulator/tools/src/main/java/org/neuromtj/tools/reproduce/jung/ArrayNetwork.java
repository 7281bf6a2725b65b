package org.neuromtj.tools.reproduce.jung;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.chip.npu.tile.Crossbar;
import org.neuromtj.chip.npu.tile.CurrentSummation;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.net.Network;
import org.neuromtj.tools.workload.net.SpikingInference;

/**
 * A bipolar network on a chip image's two XNOR arrays in Java, read either way: by resistance summation
 * (the tile's own read path, TDC and neurons) or by current summation ({@link CurrentSummation}). The
 * cells are fabricated under the chip's tile names and seed, so every junction and transistor is the one
 * a firmware run on the chip has; the levels and thresholds are the chip image's, set directly rather
 * than written by pulses; the timesteps and LIF arithmetic are those the firmware drives. It compares the
 * two reads on the same cells where the chip cannot: it has no current-summing column, and its writes
 * cannot program junctions other than its technology's.
 */
final class ArrayNetwork {
    /** How the arrays are read. */
    enum Read {
        /** The tile's strings, TDCs and decoder. */
        RESISTANCE,
        /** Column currents and an ADC. */
        CURRENT
    }

    private final Network net;
    private final Layer[] layers = new Layer[2];
    /** What puts each layer's neurons back to rest, and the current-summed reads whose energy is counted. */
    private final List<Runnable> resets = new ArrayList<>();
    private final List<CurrentSummation> currents = new ArrayList<>();
    private long conversions;
    private long macs;

    /**
     * What the network did.
     *
     * @param accuracy       the fraction of images answered right
     * @param columnEnergyFj for current summation, the energy the read supply gave the columns; 0 otherwise
     * @param conversions    conversions made, one per string read
     * @param macs           cells read: multiply-accumulates
     */
    record Result(double accuracy, double columnEnergyFj, long conversions, long macs) {
    }

    /** One layer's array: a timestep's read of its driven rows and its neurons' update. */
    private interface Layer {
        void step(int[] rows, int count, boolean[] fired);
    }

    /**
     * @param net        the network
     * @param image      its chip image: one hidden tile, one output tile
     * @param tile       the tiles' configuration
     * @param technology the devices
     * @param seed       the master seed the chip runs with
     * @param read       how the arrays are read
     * @param senseNs    current summation: how long a column conducts for a conversion
     * @param adcBits    current summation: the ADC's width
     */
    ArrayNetwork(Network net, ChipImage image, TileConfig tile, Technology technology, long seed, Read read,
                 double senseNs, int adcBits) {
        if (image.entries().size() != 1 || image.tiles().size() != 2) {
            throw new IllegalArgumentException("the array model runs a network of one hidden and one output tile");
        }
        this.net = net;
        int[] tiles = {image.entries().get(0).tile(), image.answers().get(0).tile()};
        for (int layer = 0; layer < 2; layer++) {
            int t = tiles[layer];
            ChipImage.TileProgram program = image.tiles().stream().filter(p -> p.tile() == t).findFirst().orElseThrow();
            String name = "tile" + t;
            layers[layer] = read == Read.RESISTANCE ? resistance(new Tile(name, tile, technology, seed), program)
                    : current(Crossbar.fabricate(tile.geometry(), tile.synapses().cell(), technology, seed,
                    name + ".crossbar", new Ledger()), tile.synapses(), program, seed, name, senseNs, adcBits);
        }
    }

    private Layer resistance(Tile t, ChipImage.TileProgram program) {
        program(t.crossbar(), program);
        ((LifNeurons) t.neurons()).setThreshold(program.threshold());
        resets.add(t.neurons()::reset);
        t.calibrate();
        CrossbarGeometry g = t.config().geometry();
        return (rows, count, fired) -> {
            boolean[] f = t.step(0, rows, count).fired();
            System.arraycopy(f, 0, fired, 0, fired.length);
            conversions += g.strings();
            macs += g.cells();
        };
    }

    private Layer current(Crossbar array, SynapseLayout layout, ChipImage.TileProgram program, long seed, String name,
                          double senseNs, int adcBits) {
        program(array, program);
        CurrentSummation read = new CurrentSummation(array, senseNs, adcBits, Seeds.generator(seed, name + ".current-sum"));
        currents.add(read);
        CrossbarGeometry g = array.geometry();
        LifNeurons neurons = new LifNeurons(layout.neurons(g.columns()), Network.neuron(program.threshold()),
                new Ledger());
        resets.add(neurons::reset);
        int[] counts = new int[g.strings()];
        int[] input = new int[neurons.size()];
        int perNeuron = layout.columnsPerNeuron();
        int agreeing = g.segment() * array.cells().topLevel();
        return (rows, count, fired) -> {
            read.counts(rows, count, counts);
            conversions += g.strings();
            macs += g.cells();
            Arrays.fill(input, 0);
            // The tile's own combination of its strings' counts (Tile.neuronInput), from the column currents' counts.
            for (int s = 0; s < g.strings(); s++) {
                int column = s % g.columns();
                if (column < perNeuron * input.length) {
                    input[column / perNeuron] += layout.factor(column % perNeuron)
                            * layout.signedCount(counts[s], agreeing);
                }
            }
            for (int n = 0; n < fired.length; n++) {
                fired[n] = neurons.update(n, input[n]);
            }
        };
    }

    private static void program(Crossbar array, ChipImage.TileProgram program) {
        CrossbarGeometry g = array.geometry();
        for (int r = 0; r < program.rows(); r++) {
            for (int c = 0; c < program.columns(); c++) {
                array.cells().setLevel(g.cell(r, c), program.level(r, c));
            }
        }
    }

    /**
     * @param test   the images
     * @param images how many, from the first
     * @param hiddenNeurons neurons of the hidden array
     * @param outputNeurons neurons of the output array
     * @return accuracy and energy over them
     */
    Result run(ImageSet test, int images, int hiddenNeurons, int outputNeurons) {
        int[] pixels = new int[test.pixels()];
        int[] rows = new int[Math.max(test.pixels(), hiddenNeurons)];
        boolean[] hidden = new boolean[hiddenNeurons];
        boolean[] hiddenBefore = new boolean[hiddenNeurons];
        boolean[] output = new boolean[outputNeurons];
        int right = 0;
        for (int k = 0; k < images; k++) {
            test.image(k, pixels);
            // The firmware's silent flush timestep from rest before each image, its output thrown away: the
            // hidden neurons that fire on silence reach the output layer in the image's first timestep.
            reset();
            layers[0].step(rows, 0, hiddenBefore);
            layers[1].step(rows, 0, output);
            reset();
            int[] spikes = new int[net.outputs()];
            int[] first = new int[net.outputs()];
            for (int t = 0; t < net.timesteps(); t++) {
                int driven = 0;
                for (int i = 0; i < pixels.length; i++) {
                    if (net.spikes(pixels[i]) > t) {
                        rows[driven++] = i;
                    }
                }
                layers[0].step(rows, driven, hidden);
                // The output layer reads in the same timestep the hidden spikes of the one before.
                driven = 0;
                for (int h = 0; h < hiddenNeurons; h++) {
                    if (hiddenBefore[h]) {
                        rows[driven++] = h;
                    }
                }
                layers[1].step(rows, driven, output);
                for (int o = 0; o < net.outputs(); o++) {
                    if (output[o] && spikes[o]++ == 0) {
                        first[o] = t;
                    }
                }
                System.arraycopy(hidden, 0, hiddenBefore, 0, hiddenNeurons);
            }
            right += SpikingInference.answer(spikes, first) == test.label(k) ? 1 : 0;
        }
        double energy = 0;
        for (CurrentSummation c : currents) {
            energy += c.columnEnergyFj();
        }
        return new Result((double) right / images, energy, conversions, macs);
    }

    private void reset() {
        resets.forEach(Runnable::run);
    }
}
