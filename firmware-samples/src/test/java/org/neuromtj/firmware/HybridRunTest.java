package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.BlockImplementations;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.cosim.blocks.RtlBlocks;

/** The NPU samples give the same UART output and exit status with RTL blocks standing in for models. */
class HybridRunTest {
    private static final Path FIRMWARE = Path.of(System.getProperty("neuromtj.firmware"));

    private record Run(String uart, int exitStatus, long cycles) {
    }

    private static Run run(String sample, BlockImplementations blocks) throws Exception {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, 1, NpuConfig.defaults(), TileConfig.defaults(), Technology.defaults(),
                blocks);
        machine.load(ElfReader.forChip().read(FIRMWARE.resolve(sample + ".elf")));
        RunResult result = machine.run(20_000_000_000L);
        return new Run(uart.toString(StandardCharsets.UTF_8), result.exitStatus(), result.cycles());
    }

    static Stream<Arguments> samplesAndBlocks() {
        List<String> samples = List.of("tile-weights", "irq-spikes", "stdp-rules", "snn-patterns", "template-memory");
        return new RtlBlocks().blocks().stream().flatMap(b -> samples.stream().map(s -> Arguments.of(s, b)));
    }

    @ParameterizedTest(name = "{0} with {1} from RTL")
    @MethodSource("samplesAndBlocks")
    void aSampleRunsTheSameWithABlockFromRtl(String sample, String block) throws Exception {
        Run model = run(sample, BlockImplementations.MODELS);
        Run hybrid = run(sample, new RtlBlocks().implementations(Set.of(block)));
        assertTrue(model.uart().strip().endsWith("PASS"), model.uart());
        assertEquals(model.uart(), hybrid.uart());
        assertEquals(model.exitStatus(), hybrid.exitStatus());
        assertEquals(model.cycles(), hybrid.cycles(), "the same cycle count");
    }
}
