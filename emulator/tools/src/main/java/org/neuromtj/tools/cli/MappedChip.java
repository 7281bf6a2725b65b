package org.neuromtj.tools.cli;

import java.nio.file.Path;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.map.MappingException;
import org.neuromtj.tools.workload.net.ModelFile;
import org.neuromtj.tools.workload.net.Network;
import picocli.CommandLine.Option;

/** The options that name a model and a chip, shared by the commands that map one onto the other. */
final class MappedChip {
    static final String FMNIST = "${sys:neuromtj.home:-.}/firmware-samples/fmnist/";

    @Option(names = "--model", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-model.json",
            description = "The trained model (default ${DEFAULT-VALUE}).")
    Path model;

    @Option(names = "--npu", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-npu.yaml",
            description = "The chip's NPU configuration (default ${DEFAULT-VALUE}).")
    Path npuFile;

    @Option(names = "--tile", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-tile.yaml",
            description = "The chip's tile configuration (default ${DEFAULT-VALUE}).")
    Path tileFile;

    /**
     * The model placed on the chip.
     *
     * @param net   the network
     * @param npu   the NPU's configuration
     * @param tile  every tile's
     * @param image the chip image
     */
    record Mapped(Network net, NpuConfig npu, TileConfig tile, ChipImage image) {
    }

    /**
     * @return the model mapped onto the chip
     * @throws UsageFailure naming the file and the fault, if a file is bad or the network does not fit
     */
    Mapped map() {
        Network net;
        NpuConfig npu;
        TileConfig tile;
        try {
            net = ModelFile.read(model).network();
            npu = NpuConfig.read(npuFile);
            tile = TileConfig.read(tileFile);
        } catch (WorkloadFileException | ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        String neurons = ChipShape.neuronMismatch(tile, Network.MEMBRANE_BITS);
        if (neurons != null) {
            throw new UsageFailure(tileFile + ": " + neurons, UsageFailure.BAD_INPUT);
        }
        try {
            return new Mapped(net, npu, tile, Mapper.map(net, ChipShape.of(npu, tile)));
        } catch (MappingException e) {
            throw new UsageFailure(model + " does not fit the chip of " + npuFile + " and " + tileFile + ": "
                    + e.getMessage(), UsageFailure.BAD_INPUT);
        }
    }
}
