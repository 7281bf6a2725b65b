package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.Main;

/**
 * {@code neuromtj report} on a few images: every energy figure adds up from the counts and technology
 * entries in report.json, and headless Chromium renders report.html with its plots.
 */
class FmnistReportTest {
    @TempDir
    static Path dir;
    private static String out;
    private static JsonNode json;

    private static String[] run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bo, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(be, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new String[] {Integer.toString(status), bo.toString(StandardCharsets.UTF_8),
                be.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    private static String[] report(String... more) {
        String[] base = {"report", "--firmware", Firmware.elf("fmnist").toString(), "--firmware-mmio",
            Firmware.elf("fmnist-mmio").toString(), "--model",
            "fmnist/fmnist-model.json", "--npu", "fmnist/fmnist-npu.yaml", "--tile", "fmnist/fmnist-tile.yaml"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @BeforeAll
    static void smallReport() throws Exception {
        String[] r = report("--images", "40", "--sweep-images", "10", "--out", dir.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        out = r[1];
        json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    @Test
    void everyEnergyFigureAddsUpFromItsCountsAndTechnologyEntries() {
        JsonNode e = json.get("energy");
        double total = 0;
        for (JsonNode a : e.get("actions")) {
            assertEquals(a.get("count").asDouble() * a.get("energy_fj_each").asDouble(), a.get("energy_fj").asDouble(),
                    1e-6 * Math.max(1, a.get("energy_fj").asDouble()), a.get("action").asText());
            assertTrue(!a.get("source").asText().isBlank(), a.get("action") + " has its source");
            total += a.get("energy_fj").asDouble();
        }
        assertEquals(total, e.get("total_fj").asDouble(), 1e-9 * total);
        assertEquals(total / e.get("per_spike_fj").get("spikes").asDouble(), e.get("per_spike_fj").get("value").asDouble(),
                1e-9 * total);
        long ops = e.get("per_synaptic_op_fj").get("synaptic_ops").asLong();
        assertEquals(total / ops, e.get("per_synaptic_op_fj").get("value").asDouble(), 1e-9 * total);
        assertEquals(2.0 * ops / (total * 1e-15) / 1e12, e.get("tops_per_watt").get("value").asDouble(), 1e-6);
        JsonNode latency = json.get("latency");
        assertTrue(latency.get("spikes").asInt() > 0 && latency.get("median_ns").asDouble() > 0);
        // Fed by DMA from a prepared frame, the input no longer waits for the core's stores: an order of
        // magnitude or more, measured both ways in this run.
        JsonNode stores = latency.get("input_by_stores");
        assertEquals(latency.get("spikes").asInt(), stores.get("spikes").asInt(), "the same answering spikes");
        assertTrue(stores.get("median_ns").asDouble() >= 10 * latency.get("median_ns").asDouble(),
                "by DMA " + latency.get("median_ns") + " ns, by stores " + stores.get("median_ns") + " ns");
        assertEquals(9, json.get("sweep").size(), "five sigmas and four TMRs");
        assertEquals(json.get("accuracy").get("software").asDouble(), json.get("accuracy").get("chip_ideal_devices")
                .asDouble(), 0.005 + 1e-9, "ideal devices within half a point of software");
        assertTrue(out.contains("energy per spike") && out.contains("report: "), out);
        // Every assumed entry that cost something is weighed, and halving or doubling it moves the total by
        // exactly its own energy.
        JsonNode sensitivity = e.get("sensitivity");
        assertTrue(sensitivity.size() > 0 && out.contains("assumptions weighing most: "), out);
        double perSpike = e.get("per_spike_fj").get("value").asDouble();
        for (JsonNode s : sensitivity) {
            double share = s.get("share_of_energy").asDouble();
            assertEquals(perSpike * (1 + share), s.get("per_spike_fj_doubled").asDouble(), 1e-9 * perSpike);
            assertEquals(perSpike * (1 - share / 2), s.get("per_spike_fj_halved").asDouble(), 1e-9 * perSpike);
        }
    }

    @Test
    void headlessChromiumRendersThePageWithItsPlots() throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(7, html.split("data:image/png;base64,", -1).length - 1, "seven plots");
        assertTrue(html.contains("<h2>Assumptions and their weight</h2>"), "the assumptions' table");
        Path shot = dir.resolve("screenshot.png");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1400,2000", "--screenshot=" + shot, dir.resolve("report.html").toUri().toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "chromium finished");
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(img != null, "a screenshot was written: " + log);
        // The plots' red bars and dots: a page of text and tables alone has none.
        long red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                red += r > 200 && g < 120 && b < 120 ? 1 : 0;
            }
        }
        assertTrue(red > 10_000, "red plot pixels: " + red);
    }

    @Test
    void badImageCountsAreRefused() {
        String[] r = report("--images", "0", "--out", dir.resolve("x").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--images must be 1-10000 or 'all', not '0'"), r[2]);
        r = report("--images", "20", "--sweep-images", "30", "--out", dir.resolve("x").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--sweep-images must be 0-20, not 30"), r[2]);
    }
}
