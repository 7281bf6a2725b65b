package org.neuromtj.tools.cli;

import java.nio.file.Path;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.files.WorkloadFileException;
import picocli.CommandLine.Option;

/** The options that name the Fashion-MNIST test data and the fmnist firmware, shared by the commands that run them. */
final class FmnistWorkload {
    /** What to say when a firmware file is missing or bad. */
    static final String BUILD_HINT = " (build it with ./neuromtj test or make -C firmware-samples)";

    @Option(names = "--data", paramLabel = "DIR", description = "Fashion-MNIST IDX files (default ${DEFAULT-VALUE}).")
    Path data = FashionMnist.DEFAULT_DIRECTORY;

    @Option(names = "--firmware", paramLabel = "FILE",
            defaultValue = "${sys:neuromtj.home:-.}/firmware-samples/target/firmware/fmnist.elf",
            description = "The fmnist firmware (default ${DEFAULT-VALUE}).")
    Path firmware;

    /**
     * @return the test split
     * @throws UsageFailure naming the file that is missing or bad
     */
    ImageSet test() {
        try {
            return FashionMnist.load(data, FashionMnist.Split.TEST);
        } catch (WorkloadFileException e) {
            throw new UsageFailure(e.getMessage(), UsageFailure.BAD_INPUT);
        }
    }

    /**
     * @return the fmnist firmware
     * @throws UsageFailure naming the file, if it is missing or not a firmware for the chip
     */
    ElfImage firmware() {
        return RunCommand.readFirmware(firmware, BUILD_HINT);
    }
}
