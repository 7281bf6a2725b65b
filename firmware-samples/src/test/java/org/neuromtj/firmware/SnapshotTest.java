package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.Snapshot;
import org.neuromtj.chip.SnapshotException;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.ModelFile;

/**
 * Running N cycles, saving, restoring into a fresh machine and running on gives exactly the run that was
 * never cut: the same final state of the whole chip, the same output, the same cycles — for every sample,
 * at random cut points.
 */
class SnapshotTest {
    private static final int CUTS = 3;

    static List<String> samples() throws Exception {
        // fmnist-mmio is fmnist with stores instead of DMA for its input: fmnist's cuts cover both paths' state.
        return Firmware.samples().stream().filter(s -> !s.equals("fmnist-mmio")).toList();
    }

    /** A machine ready to run a sample; fmnist gets its chip and two test images from the host. */
    private static Machine machine(String sample, ByteArrayOutputStream uart) throws Exception {
        Machine m;
        if (sample.equals("fmnist")) {
            Path dir = Path.of("fmnist");
            NpuConfig npu = NpuConfig.read(dir.resolve("fmnist-npu.yaml"));
            TileConfig tile = TileConfig.read(dir.resolve("fmnist-tile.yaml"));
            m = new Machine(uart, 1, npu, tile, Technology.defaults());
            ImageSet test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
            byte[] chip = Mapper.map(ModelFile.read(dir.resolve("fmnist-model.json")).network(), ChipShape.of(npu, tile))
                    .bytes();
            m.host().offer(List.of(chip, test.imagesIdx(2), test.labelsIdx(2)));
        } else {
            m = new Machine(uart, 1);
        }
        m.load(Firmware.image(sample));
        return m;
    }

    private static byte[] digest(Machine m) throws Exception {
        StateWriter w = new StateWriter();
        m.save(w);
        return MessageDigest.getInstance("SHA-256").digest(w.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void cutSavedRestoredAndRunOnItEndsAsTheUncutRun(String sample, @TempDir Path dir) throws Exception {
        ByteArrayOutputStream refOut = new ByteArrayOutputStream();
        Machine reference = machine(sample, refOut);
        RunResult expected = reference.run(Firmware.MAX_CYCLES);
        byte[] finalState = digest(reference);
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(sample.hashCode());
        for (int k = 0; k < CUTS; k++) {
            long cut = 1 + r.nextLong(expected.cycles() - 1);
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            Machine first = machine(sample, before);
            first.run(cut);
            Path file = dir.resolve(sample + "-" + k + ".snap");
            Snapshot.save(file, first);
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            Machine second = machine(sample, after);
            // A snapshot holds no translated code: one of the cuts goes on with the interpreter alone.
            second.hart().setTranslation(k != 1);
            assertEquals(first.hart().cycle(), Snapshot.load(file, second));
            RunResult actual = second.run(Firmware.MAX_CYCLES);
            String where = sample + " cut at cycle " + cut;
            assertEquals(expected.cycles(), actual.cycles(), where);
            assertEquals(expected.instret(), actual.instret(), where);
            assertEquals(expected.exitStatus(), actual.exitStatus(), where);
            assertEquals(refOut.toString(StandardCharsets.UTF_8), before.toString(StandardCharsets.UTF_8)
                    + after.toString(StandardCharsets.UTF_8), where);
            assertArrayEquals(finalState, digest(second), "the whole chip's final state, " + where);
        }
    }

    @Test
    void aDamagedForeignOrTruncatedSnapshotIsRefusedByName(@TempDir Path dir) throws Exception {
        Machine m = machine("snn-patterns", new ByteArrayOutputStream());
        m.run(20_000);
        Path file = dir.resolve("s.snap");
        Snapshot.save(file, m);
        byte[] good = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(good, good.length / 2));
        SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.load(file,
                machine("snn-patterns", new ByteArrayOutputStream())));
        assertEquals(file + ": checksum mismatch: the file is truncated or corrupt", e.getMessage());
        Files.write(file, good);
        e = assertThrows(SnapshotException.class, () -> Snapshot.load(file, machine("hello", new ByteArrayOutputStream())));
        assertTrue(e.getMessage().startsWith(file + ": a snapshot of another machine (firmware snn-patterns"),
                e.getMessage());
        byte[] later = good.clone();
        later[11] = (byte) (Snapshot.VERSION + 1);
        Files.write(file, later);
        e = assertThrows(SnapshotException.class, () -> Snapshot.load(file,
                machine("snn-patterns", new ByteArrayOutputStream())));
        assertTrue(e.getMessage().contains("checksum mismatch") || e.getMessage().contains("version " + (Snapshot.VERSION + 1)),
                e.getMessage());
        Files.writeString(file, "not a snapshot at all");
        e = assertThrows(SnapshotException.class, () -> Snapshot.load(file,
                machine("snn-patterns", new ByteArrayOutputStream())));
        assertEquals(file + ": not a snapshot (no NMTJSNAP header)", e.getMessage());
    }

    private static String[] cli(String... args) {
        java.io.PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = org.neuromtj.tools.cli.Main.execute(args);
            return new String[] {Integer.toString(status), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    private static String cycles(String err) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("exit (\\d+), (\\d+) cycles").matcher(err);
        assertTrue(m.find(), err);
        return m.group(1) + "/" + m.group(2);
    }

    @Test
    void runSavesAtACycleAndAnotherRunGoesOnFromThere(@TempDir Path dir) {
        String elf = Firmware.elf("snn-patterns").toString();
        String snap = dir.resolve("at-20000.snap").toString();
        String[] whole = cli("run", elf);
        String[] saving = cli("run", "--snapshot", snap, "--snapshot-at", "20000", elf);
        assertTrue(saving[1].contains("snapshot of cycle 20000 written to " + snap), saving[1]);
        String[] resumed = cli("run", "--restore", snap, elf);
        assertTrue(resumed[1].contains("restored " + snap + " at cycle 20000"), resumed[1]);
        assertEquals(cycles(whole[1]), cycles(saving[1]));
        assertEquals(cycles(whole[1]), cycles(resumed[1]), "the restored run ends as the whole one");
        String[] wrong = cli("run", "--restore", snap, Firmware.elf("hello").toString());
        assertEquals("2", wrong[0]);
        assertTrue(wrong[1].contains("a snapshot of another machine"), wrong[1]);
        String[] orphan = cli("run", "--snapshot-at", "5", elf);
        assertEquals("2", orphan[0]);
        assertTrue(orphan[1].contains("--snapshot-at needs --snapshot FILE"), orphan[1]);
    }
}
