package org.neuromtj.cosim.blocks;

import java.util.List;
import java.util.Set;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.BlockImplementations;
import org.neuromtj.chip.npu.RtlBlocksProvider;
import org.neuromtj.chip.npu.neuron.LifConfig;
import org.neuromtj.chip.npu.neuron.NeuronArray;
import org.neuromtj.chip.npu.router.Mesh;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.tile.Tdc;
import org.neuromtj.chip.npu.tile.TdcTiming;
import org.neuromtj.chip.npu.tile.WriteController;
import org.neuromtj.chip.soc.MmioDevice;
import org.neuromtj.cosim.lif.RtlLifNeurons;
import org.neuromtj.cosim.regs.RtlRegisterFront;
import org.neuromtj.cosim.router.RtlMesh;
import org.neuromtj.cosim.sot.RtlWriteController;
import org.neuromtj.cosim.tdc.RtlTdc;

/** The blocks the RTL library can stand in for, for hybrid runs ({@code neuromtj run --rtl}). */
public final class RtlBlocks implements RtlBlocksProvider {

    @Override
    public List<String> blocks() {
        return List.of("lif", "registers", "router", "tdc", "write_driver");
    }

    @Override
    public BlockImplementations implementations(Set<String> chosen) {
        return new BlockImplementations() {
            @Override
            public NeuronArray lifNeurons(String tile, int count, LifConfig config, Ledger ledger) {
                return chosen.contains("lif") ? new RtlLifNeurons(count, config, ledger)
                        : BlockImplementations.MODELS.lifNeurons(tile, count, config, ledger);
            }

            @Override
            public Mesh mesh(RouterConfig config) {
                return chosen.contains("router") ? new RtlMesh(config) : BlockImplementations.MODELS.mesh(config);
            }

            @Override
            public MmioDevice registers(String device, MmioDevice model) {
                return chosen.contains("registers") ? new RtlRegisterFront(device, model)
                        : BlockImplementations.MODELS.registers(device, model);
            }

            @Override
            public Tdc tdc(String tile, int strings, TdcTiming timing, Ledger ledger) {
                return chosen.contains("tdc") ? new RtlTdc(strings, timing, ledger)
                        : BlockImplementations.MODELS.tdc(tile, strings, timing, ledger);
            }

            @Override
            public WriteController.Factory writeController(String tile, int columns) {
                return chosen.contains("write_driver") ? new RtlWriteController(columns)
                        : BlockImplementations.MODELS.writeController(tile, columns);
            }
        };
    }
}
