package org.neuromtj.chip.npu;

import org.neuromtj.chip.npu.router.EventRouter;
import org.neuromtj.chip.npu.router.Mesh;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.tile.TileBlocks;
import org.neuromtj.chip.soc.MmioDevice;

/**
 * What implements each block of the NPU that has RTL (those of a tile, {@link TileBlocks}, and the mesh and
 * register fronts): the Java model, or a proxy to its Verilated RTL behind the
 * same interface. The chip is assembled through this, so a hybrid run swaps blocks without anything
 * else knowing.
 */
public interface BlockImplementations extends TileBlocks {
    /** Every block by its Java model. */
    BlockImplementations MODELS = new BlockImplementations() {
    };

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
