package org.neuromtj.cosim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bridge's cost, measured: the same stimulus driven into the same RTL block through JNA and by the
 * native harness, repetitions alternating so that both see the same machine, medians compared.
 */
public final class BridgeBenchmark {

    /**
     * One side-by-side result.
     *
     * @param block         the block
     * @param cycles        cycles per repetition
     * @param bridgeHz      median cycles per second through the bridge
     * @param nativeHz      median cycles per second in the native harness
     */
    public record Result(String block, long cycles, double bridgeHz, double nativeHz) {
        /** @return the bridge's speed as a fraction of the harness's */
        public double ratio() {
            return bridgeHz / nativeHz;
        }
    }

    private BridgeBenchmark() {
    }

    /**
     * @param block    the block's name in the library
     * @param inputs   its input ports
     * @param outputs  its output ports
     * @param stimulus the stimulus words of {@code cycles} cycles
     * @param cycles   cycles per repetition
     * @param repeats  repetitions of each side
     * @param harness  the native harness executable
     * @return the medians
     */
    public static Result run(String block, List<Signal> inputs, List<Signal> outputs, int[] stimulus, int cycles,
                             int repeats, Path harness) {
        Path file = write(stimulus);
        try {
            List<Double> bridge = new ArrayList<>();
            List<Double> nativeHz = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                bridge.add(bridgeOnce(RtlBlock.open(block, inputs, outputs), stimulus, cycles));
                nativeHz.add(harnessOnce(harness, block, file));
            }
            return new Result(block, cycles, median(bridge), median(nativeHz));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }

    private static double bridgeOnce(RtlBlock opened, int[] stimulus, int cycles) {
        try (RtlBlock b = opened) {
            int[] response = new int[cycles * b.outputs().size()];
            long start = System.nanoTime();
            b.run(cycles, stimulus, response);
            return cycles / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double harnessOnce(Path harness, String block, Path file) {
        try {
            Process p = new ProcessBuilder(harness.toString(), block, file.toString(), "1",
                    Integer.toString(RtlBlock.CHUNK)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                throw new RtlException("block " + block + ": native harness " + harness + " failed: " + out);
            }
            return Double.parseDouble(out);
        } catch (IOException e) {
            throw new RtlException("block " + block + ": cannot run the native harness " + harness + " (" + e.getMessage()
                    + "); build it with: " + RtlLibrary.BUILD_COMMAND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RtlException("block " + block + ": interrupted while the native harness ran");
        }
    }

    private static Path write(int[] stimulus) {
        try {
            Path file = Files.createTempFile("neuromtj-stimulus", ".bin");
            ByteBuffer bytes = ByteBuffer.allocate(stimulus.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asIntBuffer().put(stimulus);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.write(bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
