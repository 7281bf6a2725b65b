package org.neuromtj.chip.npu.tile;

import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.chip.npu.neuron.NeuronArray;

/**
 * What implements each block of a tile that has RTL: the Java model, or a proxy to its Verilated RTL
 * behind the same interface. A tile is built through this, so a hybrid run swaps its blocks without
 * the tile knowing.
 */
public interface TileBlocks {
    /** Every block by its Java model. */
    TileBlocks MODELS = new TileBlocks() {
    };

    /**
     * @param tile   the tile's name
     * @param count  neurons
     * @param config their circuit
     * @param ledger where updates and spikes are counted
     * @return a tile's CMOS LIF neuron array
     */
    default NeuronArray lifNeurons(String tile, int count, LifConfig config, Ledger ledger) {
        return new LifNeurons(count, config, ledger);
    }

    /**
     * @param tile    the tile's name
     * @param strings strings of its crossbar
     * @param timing  width, sharing and clocks of its converters
     * @param ledger  where conversions are counted
     * @return a tile's TDCs
     */
    default Tdc tdc(String tile, int strings, TdcTiming timing, Ledger ledger) {
        return new TdcModel(timing, strings, ledger);
    }

    /**
     * @param tile    the tile's name
     * @param columns columns of its crossbar, which its write driver programs in parallel
     * @return the controller of a tile's SOT write driver
     */
    default WriteController.Factory writeController(String tile, int columns) {
        return WriteController.Factory.MODEL;
    }
}
