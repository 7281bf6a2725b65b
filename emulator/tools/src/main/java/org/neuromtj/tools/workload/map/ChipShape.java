package org.neuromtj.tools.workload.map;

import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.tile.TileConfig;

/**
 * What the mapper needs to know of a chip, and what a chip image records of the chip it was made for.
 *
 * @param meshWidth       tiles in x
 * @param meshHeight      tiles in y
 * @param rows            crossbar rows per tile
 * @param columns         crossbar columns per tile
 * @param segment         cells per series string
 * @param weightBits      columns per weight magnitude
 * @param signed          whether weights are signed: differential pairs of bypass cells, or XNOR cells
 * @param xnor            whether the cells are XNOR cells (±1 inputs and weights, one column per weight bit)
 * @param tableEntries    routing-table entries per router
 * @param inputMapEntries input-map entries per tile
 */
public record ChipShape(int meshWidth, int meshHeight, int rows, int columns, int segment, int weightBits,
                        boolean signed, boolean xnor, int tableEntries, int inputMapEntries) {

    /**
     * @param npu  the NPU's configuration
     * @param tile every tile's
     * @return the chip's shape
     */
    public static ChipShape of(NpuConfig npu, TileConfig tile) {
        return new ChipShape(npu.mesh().width(), npu.mesh().height(), tile.geometry().rows(),
                tile.geometry().columns(), tile.geometry().segment(), tile.synapses().weightBits(),
                tile.synapses().signed(), tile.synapses().cell() == SynapseLayout.Cell.XNOR, npu.mesh().tableEntries(),
                npu.inputMapEntries());
    }

    /** @return tiles in the mesh */
    public int tiles() {
        return meshWidth * meshHeight;
    }

    /** @return neurons a tile holds */
    public int neuronsPerTile() {
        return columns / (weightBits * (signed && !xnor ? 2 : 1));
    }

    /** @return the chip as a person reads it */
    public String describe() {
        return meshWidth + "×" + meshHeight + " mesh of " + rows + "×" + columns + " tiles (strings of " + segment
                + ", " + weightBits + "-bit " + (xnor ? "XNOR" : signed ? "signed" : "unsigned") + " weights, " + tableEntries
                + " routing-table and " + inputMapEntries + " input-map entries)";
    }

    /**
     * Whether a tile's neurons run the network's arithmetic: CMOS LIF, no leak, reset by subtraction, no
     * refractory period, a membrane at least as wide as the network's.
     *
     * @param tile the tile configuration
     * @param membraneBits the membrane width the network needs
     * @return what is wrong, or null when the neurons fit
     */
    public static String neuronMismatch(TileConfig tile, int membraneBits) {
        TileConfig.NeuronConfig n = tile.neurons();
        if (n.model() != TileConfig.Model.CMOS_LIF) {
            return "the network needs CMOS LIF neurons, the tile has " + n.model().name().toLowerCase().replace('_', '-');
        }
        LifConfig lif = n.lif();
        boolean leaks = lif.leak() == LifConfig.Leak.SHIFT || lif.decay() != 0;
        if (leaks || lif.reset() != LifConfig.Reset.SUBTRACT || lif.refractory() != 0
                || lif.membraneBits() < membraneBits) {
            return "the network needs LIF neurons without leak (leak: multiply, decay: 0), reset by subtraction,"
                    + " no refractory period and a membrane of at least " + membraneBits + " bits; the tile has leak "
                    + lif.leak().name().toLowerCase() + (lif.leak() == LifConfig.Leak.SHIFT ? " " + lif.leakShift()
                    : " decay " + lif.decay()) + ", reset " + lif.reset().name().toLowerCase() + ", refractory "
                    + lif.refractory() + ", " + lif.membraneBits() + " bits";
        }
        return null;
    }
}
