package org.neuromtj.emulator.npu;

import org.neuromtj.emulator.ledger.Ledger;
import org.neuromtj.emulator.npu.neuron.LifConfig;
import org.neuromtj.emulator.npu.neuron.LifNeurons;
import org.neuromtj.emulator.npu.neuron.NeuronArray;
import org.neuromtj.emulator.npu.router.EventRouter;
import org.neuromtj.emulator.npu.router.Mesh;
import org.neuromtj.emulator.npu.router.RouterConfig;
import org.neuromtj.emulator.npu.tile.Tdc;
import org.neuromtj.emulator.npu.tile.TdcModel;
import org.neuromtj.emulator.npu.tile.TdcTiming;
import org.neuromtj.emulator.npu.tile.WriteController;
import org.neuromtj.emulator.soc.MmioDevice;

/**
 * What implements each block that has RTL: the Java model, or a proxy to its Verilated RTL behind the
 * same interface. The chip is assembled through this, so a hybrid run swaps blocks without anything
 * else knowing.
 */
public interface BlockImplementations {
    /** Every block by its Java model. */
    BlockImplementations MODELS = new BlockImplementations() {
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

    /**
     * @param config the mesh's size, FIFOs and link timing
     * @return the NPU's mesh of event routers
     */
    default Mesh mesh(RouterConfig config) {
        return new EventRouter(config);
    }

    /**
     * @param device the device's name in the register description
     * @param model  the device's model, which serves its registers
     * @return what the system bus reaches the device's registers through
     */
    default MmioDevice registers(String device, MmioDevice model) {
        return model;
    }
}
