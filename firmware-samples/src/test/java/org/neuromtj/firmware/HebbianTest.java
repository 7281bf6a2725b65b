package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.firmware.ReportJson.figure;
import static org.neuromtj.firmware.ReportJson.percent;
import static org.neuromtj.firmware.ReportJson.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.learning.LearningConfig.Mode;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.reproduce.hebbian.HebbianSettings;
import org.neuromtj.tools.workload.ChipRun;

/**
 * The {@code hebbian} firmware on its STT tile: Oja learns the letters and recognises them clean, Hebb never
 * depresses a synapse, learning costs the junctions' heat and the lines' charge rather than SOT pulses, bad
 * settings and a chip without room are refused by name, and {@code reproduce hebbian --quick} reports its
 * figures with their conditions.
 */
class HebbianTest {
    private static final Path DIR = Path.of("hebbian");
    /** 2A = 128 mV toward parallel and 168 mV toward antiparallel: P = 0.5 each way under the file's VCMA. */
    private static final HebbianSettings SETTINGS = new HebbianSettings(Mode.OJA, 6, 64, 84, 1000, 0, 4, 1, 20, 2, 3);

    @TempDir
    Path out;

    private static ChipRun.Outcome run(HebbianSettings s, String tile) throws Exception {
        ChipRun.Board board = new ChipRun.Board(Firmware.image("hebbian"), NpuConfig.read(DIR.resolve("hebbian-npu.yaml")),
                TileConfig.read(DIR.resolve(tile)), Technology.read(DIR.resolve("hebbian-technology.yaml")), 1,
                Firmware.MAX_CYCLES);
        return ChipRun.run(board, List.of(s.bytes()), s.results(), 0, d -> { });
    }

    @Test
    void ojaLearnsTheLettersThroughTheJunctionsAndRecognisesThemClean() throws Exception {
        ChipRun.Outcome o = run(SETTINGS, "hebbian-tile.yaml");
        assertEquals(0, o.result().exitStatus(), o.uart());
        assertTrue(o.uart().strip().endsWith("PASS"), o.uart());
        for (int i = 0; i < SETTINGS.results(); i++) {
            assertTrue(o.answers()[i] != -2, "result " + i + " reported");
        }
        int last = o.answers()[SETTINGS.recallItems() + SETTINGS.rounds() - 1];
        assertTrue(last >= 0.9 * 700, "after six presentations at P = 0.5 about 98 % of the synapses hold: " + last);
        for (int i = 0; i < 10; i++) {
            assertEquals(o.labels()[i], o.answers()[i], "a clean letter is recognised: probe " + i);
        }
        long[] training = o.countsBetween(ChipRun.TRAIN, ChipRun.INFER);
        assertEquals(0, training[Action.SOT_PULSE.ordinal()], "no spin-orbit write line: the junctions carry the current");
        assertTrue(training[Action.JUNCTION_HEAT.ordinal()] > 0 && training[Action.LINE_CHARGE.ordinal()] > 0);
        assertEquals(6 * 10 * 70, training[Action.LEARNING_CHECK.ordinal()],
                "each presentation's firing neuron has 70 plastic synapses");
    }

    @Test
    void hebbOnlyPotentiates() throws Exception {
        ChipRun.Outcome o = run(SETTINGS.with(Mode.HEBB, 3, 5), "hebbian-tile.yaml");
        assertTrue(o.marks().containsKey(ChipRun.DONE), o.uart());
        MtjCells cells = o.machine().npu().tile(0).crossbar().cells();
        CrossbarGeometry g = o.machine().npu().tile(0).config().geometry();
        int plus = 0;
        for (int k = 0; k < 10; k++) {
            for (int r = 0; r < 70; r++) {
                assertEquals(0, cells.level(g.cell(r, 2 * k + 1)), "no synapse is ever depressed to -1");
                plus += cells.level(g.cell(r, 2 * k));
            }
        }
        assertTrue(plus > 10 * 35, "noisy examples add their pixels to the letters' weights for good: " + plus);
    }

    @Test
    void settingsOrAChipTheFirmwareCannotFollowAreRefusedByName() throws Exception {
        ChipRun.Board defaults = new ChipRun.Board(Firmware.image("hebbian"), NpuConfig.defaults(), TileConfig.defaults(),
                Technology.read(DIR.resolve("hebbian-technology.yaml")), 1, Firmware.MAX_CYCLES);
        ChipRun.Outcome wrongChip = ChipRun.run(defaults, List.of(SETTINGS.bytes()), 0, 0, d -> { });
        assertEquals(2, wrongChip.result().exitStatus());
        assertTrue(wrongChip.uart().contains("tile 0 must have 110 rows and 20 columns"), wrongChip.uart());
        HebbianSettings uneven = new HebbianSettings(Mode.OJA, 1, 64, 84, 1000, 0, 1, 1, 20, 3, 1);
        ChipRun.Outcome checkpoints = run(uneven, "hebbian-tile.yaml");
        assertEquals(2, checkpoints.result().exitStatus());
        assertTrue(checkpoints.uart().contains("the disturb presentations must split evenly into checkpoints"),
                checkpoints.uart());
        HebbianSettings noRounds = new HebbianSettings(Mode.OJA, 0, 64, 84, 1000, 0, 1, 1, 0, 0, 1);
        ChipRun.Outcome rounds = run(noRounds, "hebbian-tile.yaml");
        assertEquals(2, rounds.result().exitStatus());
        assertTrue(rounds.uart().contains("presentations must be 1 to 1000"), rounds.uart());
    }

    @Test
    void theQuickReproductionReportsRecallVcmaDisturbAndTheEnergyOfAnEvent() throws Exception {
        CliRun r = CliRun.of("reproduce", "hebbian", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode recall = table(json, "Recall against noise").get("rows");
        assertEquals(100, percent(recall.get(0).get(2)), 1e-9, "every clean letter recognised");
        assertTrue(figure(json, "letters recognised with 7 of 35 pixels flipped").get("ours").asDouble() >= 80);
        double event = figure(json, "energy per synaptic event: junctions and lines").get("ours").asDouble();
        assertTrue(event >= 1 && event <= 1000, "in the femtojoule range: " + event);
        assertTrue(figure(json, "energy per synaptic event: junctions and lines").get("paper").isNull(),
                "the seed's range is a description: no number stands beside ours");
        double withLogic = figure(json, "energy per synaptic event with the learning unit's logic").get("ours").asDouble();
        assertTrue(withLogic > event);
        JsonNode law = table(json, "What VCMA changes in a coincidence").get("rows");
        for (int v = 1; v < law.size(); v++) {
            assertTrue(law.get(v).get(1).asInt() < law.get(v - 1).get(1).asInt(), "VCMA lowers potentiation's voltage");
            assertTrue(law.get(v).get(4).asInt() > law.get(v - 1).get(4).asInt(), "and raises depression's");
        }
        JsonNode chip = table(json, "VCMA on the chip").get("rows");
        double own = chip.get(chip.size() - 2).get(2).asDouble();
        double shared = chip.get(chip.size() - 1).get(2).asDouble();
        assertTrue(shared > 1000 * own, "one amplitude for both ways over-drives potentiation: " + chip);
        assertEquals(3, table(json, "Learning speed against disturb").get("rows").size());
        assertEquals(2, json.get("assumptions").size());
    }
}
