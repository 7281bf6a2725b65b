package org.neuromtj.tools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neuromtj.tools.nir.NirException;
import org.neuromtj.tools.nir.export.NirExport;
import org.neuromtj.tools.nir.graph.NirFile;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.net.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code neuromtj map}: places a trained network on a chip and writes the chip image firmware programs. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Places a model's layers on the tiles of a chip (a layer's rows in one tile, its neurons",
            "across tiles), builds the routing tables and input maps, and writes a versioned, checksummed chip",
            "image; refuses a network that does not fit, saying what does not fit."})
final class MapCommand implements Callable<Integer> {
    @Mixin
    private MappedChip chip;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "${sys:neuromtj.home:-.}/target/fmnist/fmnist-chip.img",
            description = "The chip image to write (default ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--nir", paramLabel = "FILE", description = "Also write the model as a NIR graph (HDF5), for the"
            + " SNN frameworks and ./neuromtj import.")
    private Path nir;

    @Option(names = "--dt", paramLabel = "SECONDS", defaultValue = "1e-4", description = "Seconds a timestep in the"
            + " NIR graph (default ${DEFAULT-VALUE}).")
    private double dt;

    @Override
    public Integer call() throws IOException {
        MappedChip.Mapped m = chip.map();
        Network net = m.net();
        ChipImage image = m.image();
        image.write(out);
        if (nir != null) {
            try {
                NirFile.write(nir, NirExport.of(net, dt), dt);
            } catch (NirException e) {
                throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
            }
            System.out.println("NIR graph written to " + nir);
        }
        System.out.printf("map: %d-%d-%d network on a %s: %d tiles, %d routing entries, %d input-map entries%n",
                net.inputs(), net.hidden(), net.outputs(), image.chip().describe(), image.tiles().size(), image.routes().size(),
                image.maps().size());
        System.out.println("chip image written to " + out);
        return 0;
    }
}
