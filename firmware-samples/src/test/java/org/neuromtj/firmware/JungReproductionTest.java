package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.firmware.ReportJson.figure;
import static org.neuromtj.firmware.ReportJson.percent;
import static org.neuromtj.firmware.ReportJson.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.Crossbar;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.tools.cli.CliRun;
import org.neuromtj.tools.workload.ChipRun;
import org.neuromtj.tools.workload.data.Digits;
import org.neuromtj.tools.workload.data.ImageSet;
import org.neuromtj.tools.workload.map.ChipImage;
import org.neuromtj.tools.workload.map.ChipShape;
import org.neuromtj.tools.workload.map.Mapper;
import org.neuromtj.tools.workload.net.Evaluation;
import org.neuromtj.tools.workload.net.Network;
import org.neuromtj.tools.workload.net.Trainer;

/**
 * Jung et al.'s array through the firmware: a bipolar network on XNOR tiles answers as its software does
 * when the devices are ideal and the TDC resolves every count, and {@code reproduce jung-2022 --quick}
 * reports its figures with their conditions.
 */
class JungReproductionTest {
    private static final Path JUNG = Path.of("jung-2022");

    @TempDir
    Path dir;

    @Test
    void theShippedFilesGiveJungsBitCellsAndWindow() {
        Technology jung = Technology.read(JUNG.resolve("jung-technology.yaml"));
        TileConfig tile = TileConfig.read(JUNG.resolve("jung-tile.yaml"));
        Tile t = new Tile("tile0", tile, jung, 1);
        Crossbar x = t.crossbar();
        // Each cell's path selected by +1, at both levels: antiparallel at level 1, parallel at level 0.
        double[][] paths = new double[2][x.cells().size()];
        for (int level = 0; level < 2; level++) {
            for (int i = 0; i < x.cells().size(); i++) {
                x.cells().setLevel(i, level);
                paths[level][i] = x.pathOhm(i, true, false);
            }
        }
        var p = java.util.Arrays.stream(paths[0]).summaryStatistics();
        var ap = java.util.Arrays.stream(paths[1]).summaryStatistics();
        assertEquals(13_000, p.getAverage(), 13_000 * 0.01, "parallel bit-cells, transistor included");
        assertEquals(26_000, ap.getAverage(), 26_000 * 0.01, "antiparallel bit-cells");
        assertEquals(1_600, sigma(paths[0], p.getAverage()), 1_600 * 0.05);
        assertEquals(2_000, sigma(paths[1], ap.getAverage()), 2_000 * 0.05);
        // The window opens at 13 ns, where 64 parallel cells cross, counted in 1 ns periods.
        t.calibrate();
        assertEquals(13, t.tdc().offset(0));
        assertEquals(4, tile.tdc().bits());
        assertEquals(11_100_000, tile.npuHz());
    }

    @Test
    void onIdealXnorArraysTheFirmwareAnswersAsTheSoftwareNetwork() throws Exception {
        ImageSet train = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TRAIN);
        ImageSet test = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TEST);
        Network net = Trainer.train(train, new Trainer.Settings(64, 16, 18, 16, 5, 20, 0.004, 3, 1347,
                Network.Coding.BIPOLAR), (e, l, a) -> { });
        NpuConfig npu = NpuConfig.read(JUNG.resolve("jung-npu.yaml"));
        // Ten bits over the same 16 ns window resolve every one of a string's 65 counts.
        TileConfig tile = TileConfig.read(ConfigNode.read(JUNG.resolve("jung-tile.yaml")).with("tdc.bits", 10));
        Technology jung = Technology.read(JUNG.resolve("jung-technology.yaml"));
        Technology ideal = jung.withVariation(Variation.ideal()).withReadPath(jung.readPath().withTransistorSigmaOhm(0)
                .withTdcLsbPs(16_000.0 / 1024));
        ChipImage image = Mapper.map(net, ChipShape.of(npu, tile));
        int n = 60;
        ChipRun.Outcome run = ChipRun.run(new ChipRun.Setup(Firmware.image("fmnist"), image, npu, tile, ideal, 1,
                Firmware.MAX_CYCLES), test, n, done -> { });
        assertEquals(0, run.result().exitStatus(), run.uart());
        assertTrue(run.uart().contains("(0 cells failed write-verify)"), run.uart());
        assertArrayEquals(Evaluation.answers(net, test, n), run.answers(), "every image answered as in software");
    }

    @Test
    void theQuickReproductionReportsEachFigureWithItsConditions() throws Exception {
        CliRun r = CliRun.of("reproduce", "jung-2022", "--quick", "--out", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals("jung-2022", json.get("name").asText());
        JsonNode software = figure(json, "software accuracy");
        JsonNode chip = figure(json, "on-chip accuracy");
        assertTrue(software.get("ours").asDouble() > 90, software.toString());
        assertTrue(chip.get("ours").asDouble() > 80 && chip.get("ours").asDouble() <= software.get("ours").asDouble() + 5,
                chip.toString());
        JsonNode loss = figure(json, "on-chip loss against software");
        assertEquals(2.01, loss.get("paper").asDouble(), 1e-9);
        assertTrue(loss.get("differences").size() > 0, "digits are not MNIST: the report says what differs");
        assertTrue(r.out().contains("not beside the paper's 2.010 points") && r.out().contains("differs: dataset: UCI digits"),
                r.out());
        JsonNode tops = figure(json, "array energy efficiency");
        assertTrue(tops.get("ours").asDouble() > 0 && tops.get("differences").size() > 0, tops.toString());
        JsonNode summation = table(json, "Resistance against current summation").get("rows");
        double resistanceMram = summation.get(0).get(1).asDouble();
        double currentMram = summation.get(0).get(2).asDouble();
        double currentHigh = summation.get(1).get(2).asDouble();
        assertTrue(currentMram > 5 * resistanceMram, "at MRAM's resistances current summation costs more: " + summation);
        assertTrue(currentHigh < currentMram / 2, "and much less at a high-resistance memory's: " + summation);
        assertEquals(2, table(json, "TDC width").get("rows").size(), "the quick form tries two TDC widths");
        JsonNode fashion = table(json, "The Fashion-MNIST network").get("rows");
        assertEquals(4, fashion.size(), fashion.toString());
        assertTrue(percent(fashion.get(1).get(2)) < percent(fashion.get(0).get(2)) - 5,
                "a 4-bit TDC costs the Fashion-MNIST chip accuracy: " + fashion);
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("what differs") && html.contains("Assumptions"), html);
    }

    @Test
    void experimentsAreListedAndAnUnknownOneOrAnUnwritableReportIsRefusedByName() throws Exception {
        CliRun list = CliRun.of("reproduce", "--list");
        assertEquals(0, list.status());
        assertTrue(list.out().startsWith("jung-2022"), list.out());
        CliRun unknown = CliRun.of("reproduce", "jung-2023");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no experiment named 'jung-2023': the experiments are jung-2022, stdp-fmnist, continual"),
                unknown.err());
        Path file = dir.resolve("a-file");
        java.nio.file.Files.writeString(file, "x");
        CliRun blocked = CliRun.of("reproduce", "jung-2022", "--quick", "--out", file.toString());
        assertEquals(2, blocked.status());
        assertTrue(blocked.err().contains("cannot write the report to " + file + ": it is a file, not a directory"),
                blocked.err());
        CliRun none = CliRun.of("reproduce");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("name an experiment (jung-2022, stdp-fmnist, continual, hebbian, hopfield-oja, mtj-neurons, multilevel), or --list"), none.err());
    }

    private static double sigma(double[] v, double mean) {
        double sum = 0;
        for (double x : v) {
            sum += (x - mean) * (x - mean);
        }
        return Math.sqrt(sum / (v.length - 1));
    }
}
