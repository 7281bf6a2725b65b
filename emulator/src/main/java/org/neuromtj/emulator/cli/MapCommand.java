package org.neuromtj.emulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neuromtj.emulator.config.ConfigException;
import org.neuromtj.emulator.npu.NpuConfig;
import org.neuromtj.emulator.npu.tile.TileConfig;
import org.neuromtj.emulator.workload.WorkloadFileException;
import org.neuromtj.emulator.workload.map.ChipImage;
import org.neuromtj.emulator.workload.map.ChipShape;
import org.neuromtj.emulator.workload.map.Mapper;
import org.neuromtj.emulator.workload.map.MappingException;
import org.neuromtj.emulator.workload.net.ModelFile;
import org.neuromtj.emulator.workload.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code neuromtj map}: places a trained network on a chip and writes the chip image firmware programs. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Places a model's layers on the tiles of a chip (a layer's rows in one tile, its neurons",
            "across tiles), builds the routing tables and input maps, and writes a versioned, checksummed chip",
            "image; refuses a network that does not fit, saying what does not fit."})
final class MapCommand implements Callable<Integer> {
    static final String FMNIST = "${sys:neuromtj.home:-.}/firmware-samples/fmnist/";

    @Option(names = "--model", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-model.json",
            description = "The trained model (default ${DEFAULT-VALUE}).")
    private Path model;

    @Option(names = "--npu", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-npu.yaml",
            description = "The chip's NPU configuration (default ${DEFAULT-VALUE}).")
    private Path npu;

    @Option(names = "--tile", paramLabel = "FILE", defaultValue = FMNIST + "fmnist-tile.yaml",
            description = "The chip's tile configuration (default ${DEFAULT-VALUE}).")
    private Path tile;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "${sys:neuromtj.home:-.}/target/fmnist/fmnist-chip.img",
            description = "The chip image to write (default ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Network net;
        NpuConfig npuConfig;
        TileConfig tileConfig;
        try {
            net = ModelFile.read(model).network();
            npuConfig = NpuConfig.read(npu);
            tileConfig = TileConfig.read(tile);
        } catch (WorkloadFileException | ConfigException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
        String neurons = ChipShape.neuronMismatch(tileConfig, Network.MEMBRANE_BITS);
        if (neurons != null) {
            throw new UsageFailure(tile + ": " + neurons, UsageFailure.BAD_INPUT);
        }
        ChipShape chip = ChipShape.of(npuConfig, tileConfig);
        ChipImage image;
        try {
            image = Mapper.map(net, chip);
        } catch (MappingException e) {
            throw new UsageFailure(model + " does not fit the chip of " + npu + " and " + tile + ": " + e.getMessage(),
                    UsageFailure.BAD_INPUT);
        }
        image.write(out);
        System.out.printf("map: %d-%d-%d network on a %s: %d tiles, %d routing entries, %d input-map entries%n",
                net.inputs(), net.hidden(), net.outputs(), chip.describe(), image.tiles().size(), image.routes().size(),
                image.maps().size());
        System.out.println("chip image written to " + out);
        return 0;
    }
}
