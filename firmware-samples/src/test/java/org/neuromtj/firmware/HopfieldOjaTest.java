package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.firmware.ReportJson.figure;
import static org.neuromtj.firmware.ReportJson.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.reproduce.hopfield.HopfieldSettings;
import org.neuromtj.tools.reproduce.hopfield.HopfieldSettings.Rule;
import org.neuromtj.tools.reproduce.hopfield.Letters;
import org.neuromtj.tools.workload.ChipRun;

/**
 * The {@code hopfield-oja} firmware on its recurrent tile: Oja's error-gated pulses leave exactly symmetric
 * weights under which every letter is a fixed point, the outer product programmed by the same pulses is
 * 2 Σ x xᵀ cell for cell, bad settings and a chip without room are refused by name, and
 * {@code reproduce hopfield-oja --quick} reports both tasks beside the seed's figures.
 */
class HopfieldOjaTest {
    private static final Path DIR = Path.of("hopfield-oja");
    private static final String LETTERS = "FHOM";
    /** Clean probes (no flips): each letter must be a fixed point of the learnt network. */
    private static final HopfieldSettings SETTINGS = new HopfieldSettings(Rule.OJA, 60, 30, 1500, 1000, 0, 1, 1, 4, 6,
            8, 1, Letters.patterns(LETTERS), 35);

    @TempDir
    Path out;

    private static ChipRun.Outcome run(HopfieldSettings s, NpuConfig npu, TileConfig tile) throws Exception {
        ChipRun.Board board = new ChipRun.Board(Firmware.image("hopfield-oja"), npu, tile,
                Technology.read(DIR.resolve("hopfield-technology.yaml")), 1, Firmware.MAX_CYCLES);
        return ChipRun.run(board, List.of(s.bytes()), s.results(), 0, d -> { });
    }

    private static ChipRun.Outcome run(HopfieldSettings s) throws Exception {
        return run(s, NpuConfig.read(DIR.resolve("hopfield-npu.yaml")), TileConfig.read(DIR.resolve("hopfield-tile.yaml")));
    }

    /** w_ij's copy on neuron n and row r: its pair's levels, positive less negative. */
    private static int copy(ChipRun.Outcome o, int neuron, int row) {
        MtjCells cells = o.machine().npu().tile(0).crossbar().cells();
        CrossbarGeometry g = o.machine().npu().tile(0).config().geometry();
        return cells.level(g.cell(row, 2 * neuron)) - cells.level(g.cell(row, 2 * neuron + 1));
    }

    private static int x(long pattern, int i) {
        return (pattern >> i & 1) != 0 ? 1 : -1;
    }

    @Test
    void ojaLearnsSymmetricWeightsUnderWhichEveryLetterIsAFixedPoint() throws Exception {
        ChipRun.Outcome o = run(SETTINGS);
        assertEquals(0, o.result().exitStatus(), o.uart());
        assertTrue(o.uart().strip().endsWith("PASS"), o.uart());
        int last = SETTINGS.results() - 1;
        assertEquals(1, o.answers()[last], "Oja converges on four letters:\n" + o.uart());
        assertEquals(0, o.labels()[last], "every held neuron fired, and no other");
        for (int p = 0; p < LETTERS.length(); p++) {
            assertEquals(p, o.answers()[p], "letter " + LETTERS.charAt(p) + " settles on itself");
        }
        for (int i = 0; i < 35; i++) {
            assertEquals(0, copy(o, 2 * i, 2 * i), "no self-coupling");
            for (int j = 0; j < 35; j++) {
                int w = copy(o, 2 * i, 2 * j);
                assertEquals(w, copy(o, 2 * j, 2 * i), "w_ij = w_ji for " + i + ", " + j);
                assertEquals(w, copy(o, 2 * i + 1, 2 * j + 1), "the -1 neuron on the -1 rail holds w");
                assertEquals(-w, copy(o, 2 * i, 2 * j + 1), "the +1 neuron on the -1 rail holds -w");
            }
        }
        List<Long> patterns = Letters.patterns(LETTERS);
        for (int p = 0; p < patterns.size(); p++) {
            for (int i = 0; i < 35; i++) {
                int h = 0;
                for (int j = 0; j < 35; j++) {
                    h += copy(o, 2 * i, 2 * j) * x(patterns.get(p), j);
                }
                assertTrue(h * x(patterns.get(p), i) > 0, "node " + i + " of letter " + p + " agrees with its field");
            }
        }
    }

    @Test
    void theOuterProductIsTwiceTheSumOfThePatternsOuterProductsCellForCell() throws Exception {
        ChipRun.Outcome o = run(SETTINGS.with(Rule.OUTER_PRODUCT));
        assertEquals(0, o.result().exitStatus(), o.uart());
        List<Long> patterns = Letters.patterns(LETTERS);
        for (int i = 0; i < 35; i++) {
            for (int j = 0; j < 35; j++) {
                int sum = 0;
                for (long p : patterns) {
                    sum += x(p, i) * x(p, j);
                }
                assertEquals(i == j ? 0 : 2 * sum, copy(o, 2 * i, 2 * j), "w_" + i + "," + j);
            }
        }
    }

    @Test
    void settingsOrAChipTheFirmwareCannotFollowAreRefusedByName() throws Exception {
        ChipRun.Outcome wrongChip = run(SETTINGS, NpuConfig.defaults(), TileConfig.defaults());
        assertEquals(2, wrongChip.result().exitStatus());
        assertTrue(wrongChip.uart().contains("tile 0 must have 350 rows, 140 columns"), wrongChip.uart());
        HopfieldSettings tooMany = SETTINGS.with(Letters.patterns(LETTERS), 36, 0, 1);
        ChipRun.Outcome nodes = run(tooMany);
        assertEquals(2, nodes.result().exitStatus());
        assertTrue(nodes.uart().contains("nodes must be 2 to 35"), nodes.uart());
        HopfieldSettings flips = SETTINGS.with(Letters.patterns(LETTERS), 35, 36, 1);
        ChipRun.Outcome tooManyFlips = run(flips);
        assertEquals(2, tooManyFlips.result().exitStatus());
        assertTrue(tooManyFlips.uart().contains("flips up to the nodes"), tooManyFlips.uart());
        byte[] bytes = SETTINGS.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        ChipRun.Board board = new ChipRun.Board(Firmware.image("hopfield-oja"), NpuConfig.read(DIR.resolve(
                "hopfield-npu.yaml")), TileConfig.read(DIR.resolve("hopfield-tile.yaml")), Technology.read(DIR.resolve(
                "hopfield-technology.yaml")), 1, Firmware.MAX_CYCLES);
        ChipRun.Outcome version = ChipRun.run(board, List.of(bytes), 0, 0, d -> { });
        assertEquals(2, version.result().exitStatus());
        assertTrue(version.uart().contains("must start \"NMTJHOPF\", version 1"), version.uart());
    }

    @Test
    void theQuickReproductionSetsOjaAboveTheOuterProductAndHoldsTheFourNodePatterns() throws Exception {
        CliRun r = CliRun.of("reproduce", "hopfield-oja", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode oja = figure(json, "letters recalled, Oja's rule learnt on the chip");
        JsonNode outer = figure(json, "letters recalled, outer-product storage");
        assertTrue(oja.get("ours").asDouble() >= 75, "Oja recalls most probes: " + oja);
        assertTrue(oja.get("ours").asDouble() > outer.get("ours").asDouble() + 30, "and far more than the outer product");
        assertEquals(97, oja.get("paper").asDouble(), 1e-9);
        assertTrue(oja.get("differences").size() > 0, "a simulated Py film is not our chip: the differences are named");
        assertEquals(7, figure(json, "4-node patterns each trained into the energy's only minimum (with its negation)")
                .get("ours").asDouble(), 1e-9);
        assertEquals(100, figure(json, "weight pairs symmetric as the cells hold them").get("ours").asDouble(), 1e-9);
        assertTrue(figure(json, "energy, Oja's network, start to fixed point").get("ours").asDouble() < 0,
                "the energy falls as the network settles");
        assertEquals(7, table(json, "4 nodes: one pattern at a time").get("rows").size());
        assertEquals(2, table(json, "Letters: each network, both rules").get("rows").size());
        assertEquals(2, json.get("assumptions").size());
    }
}
