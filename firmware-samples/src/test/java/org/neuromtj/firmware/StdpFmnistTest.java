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
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.learning.Plasticity;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.reproduce.stdp.LearningSettings;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.FashionMnist;
import org.neuromtj.tools.workload.data.ImageSet;

/**
 * The {@code stdp-fmnist} firmware: one presentation with pulses that always switch teaches the winner the
 * image, pixel for pixel, and nothing else; a held mask that selects every neuron out leaves none to learn;
 * bad settings are refused by name; {@code reproduce stdp-fmnist --quick} reports its figures with their
 * conditions and {@code reproduce continual --quick} plots the old classes' accuracy.
 */
class StdpFmnistTest {
    private static final Path DIR = Path.of("stdp-fmnist");
    private static final int PIXEL_THRESHOLD = 32;

    @TempDir
    Path out;

    private static ChipRun.Outcome run(LearningSettings s, Technology tech) throws Exception {
        ImageSet train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
        ImageSet test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        ChipRun.Board board = new ChipRun.Board(Firmware.image("stdp-fmnist"), NpuConfig.read(DIR.resolve("stdp-npu.yaml")),
                TileConfig.read(DIR.resolve("stdp-tile.yaml")), tech, 1, Firmware.MAX_CYCLES);
        int images = Math.max(1, s.train() + s.label());
        return ChipRun.run(board, List.of(s.bytes(), train.imagesIdx(images), train.labelsIdx(images),
                test.imagesIdx(Math.max(1, s.test())), test.labelsIdx(Math.max(1, s.test()))), s.test(), 0, d -> { });
    }

    private static LearningSettings settings(int tiles, Plasticity causal, Plasticity acausal, int mv) {
        return LearningSettings.of(tiles, PIXEL_THRESHOLD, 1, 0, 0, causal, acausal, 750, 4,
                LearningSettings.Init.RANDOM, 7, new int[] {mv});
    }

    /** How many of tile 0's neurons hold exactly the binarised image in their pixel rows. */
    private static int neuronsHolding(ChipRun.Outcome o, ImageSet images) {
        MtjCells cells = o.machine().npu().tile(0).crossbar().cells();
        CrossbarGeometry g = o.machine().npu().tile(0).config().geometry();
        int holding = 0;
        for (int n = 0; n < g.columns(); n++) {
            boolean same = true;
            for (int p = 0; p < FashionMnist.PIXELS && same; p++) {
                same = cells.level(g.cell(p, n)) == (images.pixel(0, p) > PIXEL_THRESHOLD ? 1 : 0);
            }
            holding += same ? 1 : 0;
        }
        return holding;
    }

    @Test
    void onePresentationWithPulsesThatAlwaysSwitchTeachesTheWinnerTheImage() throws Exception {
        ImageSet train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
        Technology ideal = Technology.defaults().withVariation(Variation.ideal());
        ChipRun.Outcome learned = run(settings(1, Plasticity.LTP, Plasticity.LTD, 1300), ideal);
        assertEquals(0, learned.result().exitStatus(), learned.uart());
        assertTrue(learned.uart().contains("training: 1 images, 1 wins"), learned.uart());
        assertEquals(1, neuronsHolding(learned, train), "the winner's ON pixels potentiated, its OFF pixels depressed");
        ChipRun.Outcome causalOnly = run(settings(1, Plasticity.LTP, Plasticity.NONE, 1300), ideal);
        assertEquals(0, neuronsHolding(causalOnly, train), "without the acausal LTD the OFF pixels keep their weights");
        ChipRun.Outcome none = run(settings(1, Plasticity.NONE, Plasticity.NONE, 1300), ideal);
        assertEquals(0, neuronsHolding(none, train), "random weights never hold the image by chance");
    }

    @Test
    void aHeldMaskThatSelectsEveryNeuronOutLeavesNoneToWinOrLearn() throws Exception {
        Technology ideal = Technology.defaults().withVariation(Variation.ideal());
        LearningSettings open = settings(1, Plasticity.LTP, Plasticity.LTD, 1300).inPeriods(0, 1);
        LearningSettings closed = settings(1, Plasticity.LTP, Plasticity.LTD, 1300).inPeriods(1300, 1);
        ChipRun.Outcome free = run(open, ideal);
        assertTrue(free.uart().contains("training: 1 images, 1 wins, 0 without a winner"), free.uart());
        ChipRun.Outcome masked = run(closed, ideal);
        assertEquals(0, masked.result().exitStatus(), masked.uart());
        assertTrue(masked.uart().contains("training: 1 images, 0 wins, 1 without a winner"), masked.uart());
        // Training begins at mark 5 and ends at the labelling mark, 6.
        assertTrue(free.countsBetween(5, 6)[Action.SOT_PULSE.ordinal()] > 0, "the winner learns");
        assertEquals(0, masked.countsBetween(5, 6)[Action.SOT_PULSE.ordinal()], "no learning pulse without a winner");
    }

    @Test
    void settingsTheFirmwareCannotFollowAreRefusedByName() throws Exception {
        Technology tech = Technology.defaults();
        ChipRun.Outcome tooMany = run(settings(10, Plasticity.LTP, Plasticity.LTD, 900), tech);
        assertEquals(2, tooMany.result().exitStatus());
        assertTrue(tooMany.uart().contains("the settings ask for more tiles than the chip (or this firmware) has"),
                tooMany.uart());
        LearningSettings bad = new LearningSettings(1, PIXEL_THRESHOLD, 1, 0, 0, Plasticity.LTP, Plasticity.LTD, 0, 750, 4,
                LearningSettings.Init.RANDOM, 7, 0, false, 1, false, new int[] {900});
        ChipRun.Outcome window = run(bad, tech);
        assertEquals(2, window.result().exitStatus());
        assertTrue(window.uart().contains("the settings' STDP rules or window are out of range"), window.uart());
        LearningSettings imprint = LearningSettings.of(1, PIXEL_THRESHOLD, 10, 0, 0, Plasticity.LTP, Plasticity.LTD, 750,
                4, LearningSettings.Init.IMPRINTED, 7, new int[] {900});
        ChipRun.Outcome few = run(imprint, tech);
        assertEquals(2, few.result().exitStatus());
        assertTrue(few.uart().contains("imprinted weights take one training image a neuron"), few.uart());
        LearningSettings uneven = new LearningSettings(1, PIXEL_THRESHOLD, 10, 0, 0, Plasticity.LTP, Plasticity.LTD, 1,
                750, 4, LearningSettings.Init.BLANK, 7, 900, true, 3, true, new int[] {900});
        ChipRun.Outcome period = run(uneven, tech);
        assertEquals(2, period.result().exitStatus());
        assertTrue(period.uart().contains("the period must divide the training images"), period.uart());
    }

    @Test
    void theQuickReproductionReportsAccuracyTheRulesAndTheCostOfLearning() throws Exception {
        CliRun r = CliRun.of("reproduce", "stdp-fmnist", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode accuracy = figure(json, "test accuracy after unsupervised learning on the chip");
        assertTrue(accuracy.get("ours").asDouble() > 55, accuracy.toString());
        assertEquals(96.51, accuracy.get("paper").asDouble(), 1e-9);
        assertTrue(accuracy.get("differences").size() > 0, "Fashion-MNIST is not MNIST: the report says what differs");
        assertTrue(r.out().contains("not beside the paper's 96.51 %"), r.out());
        JsonNode gain = figure(json, "what STDP adds to the imprinted samples");
        JsonNode rulesFirst = table(json, "The STDP rule").get("rows");
        assertEquals(percent(rulesFirst.get(1).get(2)) - percent(rulesFirst.get(0).get(2)), gain.get("ours").asDouble(),
                0.011, "the gain is the chosen rule's accuracy less no rule's (the table's are rounded)");
        assertTrue(figure(json, "learning energy per training image").get("ours").asDouble() > 0);
        assertTrue(figure(json, "learning time per training image").get("ours").asDouble() > 0);
        JsonNode rules = table(json, "The STDP rule").get("rows");
        assertEquals(2, rules.size(), "the quick form tries the chosen rule and none");
        double nonePulses = rules.get(0).get(3).asDouble();
        double stdpPulses = rules.get(1).get(3).asDouble();
        assertEquals("NONE", rules.get(0).get(0).asText());
        assertTrue(stdpPulses > 100 * Math.max(1, nonePulses), "only bias writes pulse without a rule: " + rules);
        assertEquals(3, table(json, "What each phase costs").get("rows").size());
        JsonNode schedule = table(json, "The learning pulses' schedule").get("rows");
        assertTrue(schedule.get(0).get(1).asInt() > schedule.get(schedule.size() - 1).get(1).asInt(),
                "the pulses weaken as training goes: " + schedule);
    }

    @Test
    void theQuickContinualReproductionPlotsTheOldClassesAccuracyWithAndWithoutTheMask() throws Exception {
        CliRun r = CliRun.of("reproduce", "continual", "--quick", "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode rows = table(json, "Accuracy after each class").get("rows");
        assertEquals(3, rows.size(), "the quick form learns three classes in turn");
        assertEquals("T-shirt/top", rows.get(0).get(1).asText());
        JsonNode series = json.get("plots").get(0).get("series");
        assertEquals(2, series.get("with the selection mask").size(), "old-class accuracy after classes 2 and 3");
        assertEquals(2, series.get("without").size());
        double prevented = figure(json, "forgetting the mask prevents").get("ours").asDouble();
        double with = figure(json, "accuracy on the old classes after the last, with the mask").get("ours").asDouble();
        assertEquals(with - series.get("without").get(1).get(1).asDouble(), prevented, 1e-9);
        byte[] png = java.nio.file.Files.readAllBytes(out.resolve("plot-1.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1], "a PNG image");
        String html = java.nio.file.Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "the plot is in the report");
        assertTrue(html.contains("no figure to compare; dataset: Fashion-MNIST here, MNIST there"),
                "what differs is shown even where the paper has no figure");
    }
}
