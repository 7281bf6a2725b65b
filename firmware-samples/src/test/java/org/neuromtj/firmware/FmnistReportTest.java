package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;

/**
 * {@code neuromtj report} on a few images: every energy figure adds up from the counts and technology
 * entries in report.json, and headless Chromium renders report.html with its plots.
 */
class FmnistReportTest {
    @TempDir
    static Path dir;
    private static String out;
    private static JsonNode json;

    private static CliRun report(String... more) {
        String[] base = {"report", "--firmware", Firmware.elf("fmnist").toString(), "--firmware-mmio",
            Firmware.elf("fmnist-mmio").toString(), "--model",
            "fmnist/fmnist-model.json", "--npu", "fmnist/fmnist-npu.yaml", "--tile", "fmnist/fmnist-tile.yaml"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @BeforeAll
    static void smallReport() throws Exception {
        CliRun r = report("--images", "40", "--sweep-images", "10", "--out", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        out = r.out();
        json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    @Test
    void everyEnergyFigureAddsUpFromItsCountsAndTechnologyEntries() {
        JsonNode e = json.get("energy");
        double dynamic = 0;
        for (JsonNode a : e.get("actions")) {
            assertEquals(a.get("count").asDouble() * a.get("energy_fj_each").asDouble(), a.get("energy_fj").asDouble(),
                    1e-6 * Math.max(1, a.get("energy_fj").asDouble()), a.get("action").asText());
            assertTrue(!a.get("source").asText().isBlank(), a.get("action") + " has its source");
            dynamic += a.get("energy_fj").asDouble();
        }
        // Static energy: each block's leakage over the picoseconds its power domain was powered.
        double leaked = 0;
        JsonNode blocks = e.get("by_block");
        for (var it = blocks.fields(); it.hasNext(); ) {
            var b = it.next();
            JsonNode n = b.getValue();
            double ps = e.get("powered_ps").get(n.get("domain").asText()).asDouble();
            assertEquals(n.get("leakage_nw_per_unit").asDouble() * 1e-6 * ps, n.get("static_fj").asDouble(),
                    1e-9 * Math.max(1, n.get("static_fj").asDouble()), b.getKey());
            assertTrue(n.get("static_fj").asDouble() > 0, b.getKey() + " leaks while powered");
            leaked += n.get("static_fj").asDouble();
        }
        for (String acted : new String[] {"crossbar", "tdc", "neurons", "router", "spike_fifos", "core", "ram", "bus",
            "peripherals", "dma"}) {
            assertTrue(blocks.get(acted).get("dynamic_fj").asDouble() > 0, acted + " acted during inference");
        }
        assertEquals(dynamic, e.get("dynamic_fj").asDouble(), 1e-9 * dynamic);
        assertEquals(leaked, e.get("static_fj").asDouble(), 1e-9 * leaked);
        double total = dynamic + leaked;
        assertEquals(total, e.get("total_fj").asDouble(), 1e-9 * total);
        assertEquals(total / e.get("per_spike_fj").get("spikes").asDouble(), e.get("per_spike_fj").get("value").asDouble(),
                1e-9 * total);
        long ops = e.get("per_synaptic_op_fj").get("synaptic_ops").asLong();
        assertEquals(total / ops, e.get("per_synaptic_op_fj").get("value").asDouble(), 1e-9 * total);
        assertEquals(2.0 * ops / (total * 1e-15) / 1e12, e.get("tops_per_watt").get("value").asDouble(), 1e-6);
        JsonNode area = json.get("area");
        double seconds = area.get("tops_per_mm2").get("inference_cycles").asDouble() / json.get("latency").get("core_hz")
                .asDouble();
        assertEquals(2.0 * ops / seconds / 1e12 / area.get("chip_mm2").asDouble(),
                area.get("tops_per_mm2").get("chip").asDouble(), 1e-9);
        double um2 = 0;
        for (JsonNode v : area.get("by_block_um2")) {
            um2 += v.asDouble();
        }
        assertEquals(um2 * 1e-6, area.get("chip_mm2").asDouble(), 1e-9);
        JsonNode latency = json.get("latency");
        assertTrue(latency.get("spikes").asInt() > 0 && latency.get("median_ns").asDouble() > 0);
        // The stages of a spike's path add up to its latency, so their means add up to the mean.
        double stages = 0;
        for (JsonNode st : latency.get("by_stage_ns")) {
            stages += st.get("mean").asDouble();
        }
        assertEquals(latency.get("mean_ns").asDouble(), stages, 1e-6 * stages);
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
        // Every assumed entry that moves the result is weighed; for an action's own stated energy, halving or
        // doubling it moves the total by exactly half or all of that action's energy.
        JsonNode sensitivity = e.get("sensitivity");
        assertTrue(sensitivity.size() > 0 && out.contains("assumptions weighing most: "), out);
        double perSpike = e.get("per_spike_fj").get("value").asDouble();
        double spikes = e.get("per_spike_fj").get("spikes").asDouble();
        int stated = 0;
        for (JsonNode s : sensitivity) {
            String[] path = s.get("entry").asText().split("\\.");
            if (path.length == 3 && path[0].equals("actions") && path[2].equals("energy_fj")) {
                double own = 0;
                for (JsonNode a : e.get("actions")) {
                    own += a.get("action").asText().equals(path[1]) ? a.get("energy_fj").asDouble() : 0;
                }
                assertEquals(perSpike + own / spikes, s.get("per_spike_fj_doubled").asDouble(), 1e-9 * perSpike);
                assertEquals(perSpike - own / 2 / spikes, s.get("per_spike_fj_halved").asDouble(), 1e-9 * perSpike);
                stated++;
            }
        }
        assertTrue(stated > 0, "tdc_conversion's stated energy is an assumption that costs something");
    }

    @Test
    void headlessChromiumRendersThePageWithItsPlots() throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        assertEquals(8, html.split("data:image/png;base64,", -1).length - 1, "eight plots");
        assertTrue(html.contains("<h2>Latency by stage (inputs by DMA)</h2>"), "the latency's stages");
        assertTrue(html.contains("<h2>Energy and area by block</h2>"), "the blocks' table");
        assertTrue(html.contains("<h2>Assumptions and their weight</h2>"), "the assumptions' table");
        Path shot = dir.resolve("screenshot.png");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1400,6000", "--screenshot=" + shot, dir.resolve("report.html").toUri().toString())
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
        CliRun r = report("--images", "0", "--out", dir.resolve("x").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--images must be 1-10000 or 'all', not '0'"), r.err());
        r = report("--images", "20", "--sweep-images", "30", "--out", dir.resolve("x").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--sweep-images must be 0-20, not 30"), r.err());
    }
}
