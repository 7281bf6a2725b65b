package org.neuromtj.tools.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() throws IOException {
        MappedChip.Mapped m = chip.map();
        Network net = m.net();
        ChipImage image = m.image();
        image.write(out);
        System.out.printf("map: %d-%d-%d network on a %s: %d tiles, %d routing entries, %d input-map entries%n",
                net.inputs(), net.hidden(), net.outputs(), image.chip().describe(), image.tiles().size(), image.routes().size(),
                image.maps().size());
        System.out.println("chip image written to " + out);
        return 0;
    }
}
