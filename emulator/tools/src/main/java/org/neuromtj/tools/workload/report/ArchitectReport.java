package org.neuromtj.tools.workload.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.Cost;
import org.neuromtj.chip.npu.SpikeLatency;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * The architect's report of a Fashion-MNIST run: {@code report.json} (every figure with the counts,
 * technology entries and formula it comes from), CSV files ({@code results.csv}, {@code energy.csv},
 * {@code latency.csv}, {@code tiles.csv}, {@code sweep.csv}), the plots as PNG files and
 * {@code report.html}, which shows them all and needs nothing but a browser.
 *
 * @param title          what ran
 * @param images         test images on the chip
 * @param software       the software network's accuracy on those images
 * @param sweepSoftware  its accuracy on the images of the sweep points
 * @param ideal          the chip's accuracy with ideal devices on those images
 * @param chip           the chip's accuracy with the technology's devices
 * @param weights        the sensitivity of each assumption of the figures' technology (see {@link Sensitivity#of})
 * @param figures        what inference cost on the chip, its input spikes fed by DMA
 * @param storeFed       the same run with the firmware storing each input spike (fmnist-mmio), for its
 *                       latency
 * @param answers        the chip's answer per image
 * @param labels         each image's label
 * @param softwareAnswers the software network's answer per image
 * @param raster         the first image's spikes: tile, neuron, timestep
 * @param neuronsPerTile neurons a tile holds, to number neurons across the chip
 * @param outputTiles    tiles of the output layer
 * @param sweep          accuracy against device variation
 */
public record ArchitectReport(String title, int images, double software, double sweepSoftware, double ideal, double chip,
                              List<Sensitivity> weights, InferenceFigures figures, InferenceFigures storeFed,
                              int[] answers, int[] labels,
                              int[] softwareAnswers, List<int[]> raster, int neuronsPerTile, List<Integer> outputTiles,
                              List<SweepPoint> sweep) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int LATENCY_BINS = 30;
    /** Why no paper's on-chip loss stands beside this one, and where a like-for-like comparison is made. */
    static final String NOT_LIKE_JUNG = "Jung et al. (Nature 601, 211 (2022)) lost 2.01 points on chip, but on MNIST,"
            + " with XNOR bit-cells whose spread includes the transistor, a 4-bit TDC and +/-1 inputs; this chip has"
            + " single junctions with bypass transistors, identical transistors, 0/1 spike inputs and a TDC that"
            + " resolves every count, so the two losses are not comparable. ./neuromtj reproduce jung-2022 runs"
            + " Jung's array under its own conditions.";

    /**
     * One point of a device sweep.
     *
     * @param parameter which parameter was changed ({@code sigma_log_r} or {@code tmr})
     * @param value     its value
     * @param accuracy  the chip's accuracy
     * @param images    on how many images
     */
    public record SweepPoint(String parameter, double value, double accuracy, int images) {
    }

    /**
     * @param dir where the files go; created if missing
     * @throws IOException if one cannot be written
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, byte[]> plots = plots();
        for (Map.Entry<String, byte[]> p : plots.entrySet()) {
            Files.write(dir.resolve(p.getKey() + ".png"), p.getValue());
        }
        Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(json()) + "\n");
        csv(dir.resolve("results.csv"), "image,label,chip_answer,software_answer", k -> k < images
                ? k + "," + labels[k] + "," + answers[k] + "," + softwareAnswers[k] : null);
        List<String> energy = new ArrayList<>();
        for (Action a : Action.values()) {
            if (a.isStatic()) {
                continue;
            }
            Cost c = figures.technology().cost(a);
            energy.add(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,\"%s\"", a.key(), a.block().name().toLowerCase(Locale.ROOT),
                    figures.counts()[a.ordinal()], fmt(c.energyFj()), fmt(figures.energy().byAction().get(a)),
                    c.energySource().replace("\"", "\"\"")));
        }
        csv(dir.resolve("energy.csv"), "action,block,count,energy_fj_each,energy_fj,source",
                k -> k < energy.size() ? energy.get(k) : null);
        StringBuilder stageHeader = new StringBuilder("spike,latency_cycles,latency_ns");
        for (SpikeLatency.Stage st : SpikeLatency.Stage.values()) {
            stageHeader.append(',').append(st.name().toLowerCase(Locale.ROOT)).append("_cycles");
        }
        csv(dir.resolve("latency.csv"), stageHeader.toString(), k -> {
            if (k >= figures.latencies().length) {
                return null;
            }
            StringBuilder line = new StringBuilder(k + "," + figures.latencies()[k] + ","
                    + fmt(figures.ns(figures.latencies()[k])));
            for (long c : figures.stages()[k]) {
                line.append(',').append(c);
            }
            return line.toString();
        });
        csv(dir.resolve("blocks.csv"), "block,domain,dynamic_fj,static_fj,area_um2", k -> {
            if (k >= Block.values().length) {
                return null;
            }
            Block b = Block.values()[k];
            return b.name().toLowerCase(Locale.ROOT) + "," + b.domain().name().toLowerCase(Locale.ROOT) + ","
                    + fmt(figures.energy().byBlock().get(b)) + "," + fmt(figures.energy().staticByBlock().get(b)) + ","
                    + fmt(figures.floorplan().totalUm2().get(b));
        });
        csv(dir.resolve("tiles.csv"), "tile,cells_in_use,neurons_in_use,synaptic_ops,spikes", k -> k
                < figures.tileCounts().length ? k + "," + fmt(figures.cellsInUse()[k]) + "," + fmt(figures.neuronsInUse()[k])
                + "," + figures.tileCounts()[k][Action.CELL_READ.ordinal()] + ","
                + figures.tileCounts()[k][Action.SPIKE.ordinal()] : null);
        csv(dir.resolve("sweep.csv"), "parameter,value,accuracy,images", k -> k < sweep.size()
                ? sweep.get(k).parameter() + "," + fmt(sweep.get(k).value()) + "," + fmt(sweep.get(k).accuracy()) + ","
                + sweep.get(k).images() : null);
        Files.writeString(dir.resolve("report.html"), html(plots));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static void csv(Path file, String header, java.util.function.IntFunction<String> row) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (int k = 0; ; k++) {
                String line = row.apply(k);
                if (line == null) {
                    break;
                }
                w.write(line + "\n");
            }
        }
    }

    private ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", title);
        root.put("technology", figures.technology().name());
        ObjectNode acc = root.putObject("accuracy");
        acc.put("images", images);
        acc.put("software", software);
        acc.put("chip_ideal_devices", ideal);
        acc.put("chip", chip);
        acc.put("software_on_sweep_images", sweepSoftware);
        acc.put("drop_from_software_points", 100 * (software - chip));
        acc.put("not_comparable", NOT_LIKE_JUNG);
        ObjectNode e = root.putObject("energy");
        e.put("scope", "inference only: ledger counts between the firmware's INFER and DONE marks");
        e.put("formula", "energy_fj = dynamic + static; dynamic = sum over actions of count x energy_fj_each"
                + " (technology file); static = sum over blocks of leakage_nw x 1e-6 fJ/ps x picoseconds its power"
                + " domain was powered (per unit: tile, RAM bank, or the always-on domain)");
        e.put("power_policy", "tiles power-gated until first used and woken at tile_wake's energy and latency (NPU"
                + " power_gating: unused-tiles); a tile's read path (array transistors and TDCs, which hold no state) powered"
                + " only while it reads; RAM banks gated while they hold only zeros; routers, spike FIFOs, core and SoC devices"
                + " always on; every block clock-gated when it performs no action");
        ArrayNode actions = e.putArray("actions");
        for (Action a : Action.values()) {
            if (a.isStatic()) {
                continue;
            }
            Cost c = figures.technology().cost(a);
            ObjectNode n = actions.addObject();
            n.put("action", a.key());
            n.put("block", a.block().name().toLowerCase(Locale.ROOT));
            n.put("count", figures.counts()[a.ordinal()]);
            n.put("energy_fj_each", c.energyFj());
            n.put("source", c.energySource());
            n.put("energy_fj", figures.energy().byAction().get(a));
        }
        ObjectNode powered = e.putObject("powered_ps");
        for (Block.Domain d : Block.Domain.values()) {
            powered.put(d.name().toLowerCase(Locale.ROOT), figures.counts()[d.time().ordinal()]);
        }
        ArrayNode sensitivity = e.putArray("sensitivity");
        for (Sensitivity s : weights) {
            ObjectNode n = sensitivity.addObject();
            n.put("entry", s.entry());
            n.put("source", s.source());
            n.put("per_spike_fj_halved", s.perSpikeHalvedFj());
            n.put("per_spike_fj_doubled", s.perSpikeDoubledFj());
            n.put("tops_per_watt_halved", s.topsPerWattHalved());
            n.put("tops_per_watt_doubled", s.topsPerWattDoubled());
            n.put("tops_per_mm2_halved", s.topsPerMm2Halved());
            n.put("tops_per_mm2_doubled", s.topsPerMm2Doubled());
        }
        ObjectNode blocks = e.putObject("by_block");
        for (Block b : Block.values()) {
            ObjectNode n = blocks.putObject(b.name().toLowerCase(Locale.ROOT));
            n.put("domain", b.domain().name().toLowerCase(Locale.ROOT));
            n.put("dynamic_fj", figures.energy().byBlock().get(b));
            n.put("static_fj", figures.energy().staticByBlock().get(b));
            n.put("leakage_nw_per_unit", figures.floorplan().leakNw().get(b));
        }
        e.put("dynamic_fj", figures.energy().dynamicFj());
        e.put("static_fj", figures.energy().staticFj());
        e.put("total_fj", figures.energy().totalFj());
        ObjectNode ps = e.putObject("per_spike_fj");
        ps.put("value", figures.energyPerSpikeFj());
        ps.put("spikes", figures.spikes());
        ps.put("formula", "total_fj / spikes (the spike action's count: every neuron that fired)");
        ObjectNode pso = e.putObject("per_synaptic_op_fj");
        pso.put("value", figures.energyPerSynapticOpFj());
        pso.put("synaptic_ops", figures.synapticOps());
        pso.put("formula", "total_fj / synaptic_ops (the cell_read action's count: cells placed in a string)");
        ObjectNode tops = e.putObject("tops_per_watt");
        tops.put("value", figures.topsPerWatt());
        tops.put("formula", "2 x synaptic_ops / (total_fj x 1e-15 J) / 1e12");
        ObjectNode npuOnly = e.putObject("npu_only");
        npuOnly.put("scope", "the NPU's blocks alone (tiles, routers, spike FIFOs), dynamic and static; the core, RAM,"
                + " bus and SoC devices left out, as accelerator papers usually do");
        npuOnly.put("total_fj", figures.npuEnergyFj());
        npuOnly.put("per_spike_fj", figures.npuEnergyFj() / Math.max(1, figures.spikes()));
        npuOnly.put("per_synaptic_op_fj", figures.npuEnergyFj() / Math.max(1, figures.synapticOps()));
        npuOnly.put("tops_per_watt", figures.topsPerWatt(figures.npuEnergyFj()));
        ObjectNode area = root.putObject("area");
        area.put("formula", "crossbar: rows x columns x bitcell_f2 x F^2; logic: gate equivalents x gate_um2; FIFOs"
                + " and RAM: bits x sram_bit_um2 (technology file, area section)");
        area.put("chip_mm2", figures.floorplan().chipMm2());
        area.put("npu_mm2", figures.floorplan().npuMm2());
        area.put("tile_pitch_um", figures.floorplan().tilePitchUm());
        ObjectNode areaBlocks = area.putObject("by_block_um2");
        figures.floorplan().totalUm2().forEach((b, v) -> areaBlocks.put(b.name().toLowerCase(Locale.ROOT), v));
        ObjectNode tpa = area.putObject("tops_per_mm2");
        tpa.put("chip", figures.topsPerMm2());
        tpa.put("npu", figures.npuTopsPerMm2());
        tpa.put("sustained_tops", figures.tops());
        tpa.put("inference_cycles", figures.inferenceCycles());
        tpa.put("formula", "2 x synaptic_ops / inference time (core cycles between the INFER and DONE marks / core_hz)"
                + " / 1e12 / area_mm2: sustained, not peak");
        ObjectNode l = root.putObject("latency");
        l.put("scope", "every spike that reached the core, flush timesteps left out");
        l.put("formula", "(core cycle the core took the spike from the output FIFO - core cycle its cause entered the"
                + " chip) / core_hz");
        l.put("core_hz", ClockDomain.CORE.hz());
        l.put("spikes", figures.latencies().length);
        l.put("input_path", "dma: the firmware prepares each image's spike words and one descriptor a timestep moves"
                + " them into the input FIFO at a word a cycle");
        l.put("median_ns", figures.medianLatencyNs());
        l.put("mean_ns", figures.meanLatencyNs());
        ObjectNode byStage = l.putObject("by_stage_ns");
        for (SpikeLatency.Stage st : SpikeLatency.Stage.values()) {
            ObjectNode n = byStage.putObject(st.name().toLowerCase(Locale.ROOT));
            n.put("mean", figures.meanStageNs(st));
            n.put("p50", figures.stageNs(st, 0.5));
            n.put("p90", figures.stageNs(st, 0.9));
            n.put("max", figures.stageNs(st, 1));
        }
        ObjectNode stores = l.putObject("input_by_stores");
        stores.put("input_path", "stores: the fmnist-mmio firmware writes each spike to IN_SPIKE, same spikes, same order");
        stores.put("spikes", storeFed.latencies().length);
        stores.put("median_ns", storeFed.medianLatencyNs());
        stores.put("mean_ns", storeFed.meanLatencyNs());
        ArrayNode tiles = root.putArray("tiles");
        for (int t = 0; t < figures.tileCounts().length; t++) {
            ObjectNode n = tiles.addObject();
            n.put("tile", t);
            n.put("cells_in_use", figures.cellsInUse()[t]);
            n.put("neurons_in_use", figures.neuronsInUse()[t]);
            n.put("synaptic_ops", figures.tileCounts()[t][Action.CELL_READ.ordinal()]);
            n.put("spikes", figures.tileCounts()[t][Action.SPIKE.ordinal()]);
        }
        ArrayNode sw = root.putArray("sweep");
        for (SweepPoint p : sweep) {
            ObjectNode n = sw.addObject();
            n.put("parameter", p.parameter());
            n.put("value", p.value());
            n.put("accuracy", p.accuracy());
            n.put("images", p.images());
        }
        return root;
    }

    private Map<String, byte[]> plots() {
        Map<String, byte[]> plots = new LinkedHashMap<>();
        Map<String, Map<String, Double>> byBlock = new LinkedHashMap<>();
        byBlock.put("dynamic", new LinkedHashMap<>());
        byBlock.put("static", new LinkedHashMap<>());
        for (Block b : Block.values()) {
            String name = b.name().toLowerCase(Locale.ROOT);
            byBlock.get("dynamic").put(name, figures.energy().byBlock().get(b) / 1e6 / Math.max(1, images));
            byBlock.get("static").put(name, figures.energy().staticByBlock().get(b) / 1e6 / Math.max(1, images));
        }
        plots.put("energy-by-block", Charts.bars("Energy by block, per image", "nJ per image", byBlock));
        Map<String, Double> stageMeans = new LinkedHashMap<>();
        for (SpikeLatency.Stage st : SpikeLatency.Stage.values()) {
            stageMeans.put(st.name().toLowerCase(Locale.ROOT).replace('_', ' '), figures.meanStageNs(st));
        }
        plots.put("latency-stages", Charts.bars("Where an answering spike spends its latency (mean)", "ns",
                Map.of("mean", stageMeans)));
        double[] ns = new double[figures.latencies().length];
        for (int k = 0; k < ns.length; k++) {
            ns[k] = figures.ns(figures.latencies()[k]);
        }
        plots.put("latency", Charts.histogram("Latency per answering spike", "ns", ns, LATENCY_BINS));
        Map<String, Map<String, Double>> use = new LinkedHashMap<>();
        use.put("cells in use", new LinkedHashMap<>());
        use.put("neurons in use", new LinkedHashMap<>());
        use.put("share of synaptic ops", new LinkedHashMap<>());
        long ops = Math.max(1, figures.synapticOps());
        for (int t = 0; t < figures.tileCounts().length; t++) {
            String tile = "tile " + t;
            use.get("cells in use").put(tile, 100 * figures.cellsInUse()[t]);
            use.get("neurons in use").put(tile, 100 * figures.neuronsInUse()[t]);
            use.get("share of synaptic ops").put(tile, 100.0 * figures.tileCounts()[t][Action.CELL_READ.ordinal()] / ops);
        }
        plots.put("tiles", Charts.bars("Per-tile utilisation", "%", use));
        Map<String, Map<String, Double>> moved = new LinkedHashMap<>();
        moved.put("entry halved", new LinkedHashMap<>());
        moved.put("entry doubled", new LinkedHashMap<>());
        double perSpike = figures.energyPerSpikeFj();
        for (Sensitivity s : weights.subList(0, Math.min(12, weights.size()))) {
            String key = s.entry().substring(s.entry().lastIndexOf('.', s.entry().lastIndexOf('.') - 1) + 1);
            moved.get("entry halved").put(key, 100 * (s.perSpikeHalvedFj() / perSpike - 1));
            moved.get("entry doubled").put(key, 100 * (s.perSpikeDoubledFj() / perSpike - 1));
        }
        plots.put("sensitivity", Charts.bars("Energy per spike when an assumed entry is halved or doubled (12 weightiest)",
                "change (%)", moved));
        Map<String, List<double[]>> raster = new LinkedHashMap<>();
        raster.put("hidden", new ArrayList<>());
        raster.put("output", new ArrayList<>());
        for (int[] s : raster()) {
            boolean out = outputTiles.contains(s[0]);
            raster.get(out ? "output" : "hidden").add(new double[] {s[2], s[0] * neuronsPerTile + s[1]});
        }
        plots.put("raster", Charts.dots("Spikes of test image 0 (label " + (labels.length > 0 ? labels[0] : -1) + ")",
                "timestep", "neuron (tile x " + neuronsPerTile + " + neuron)", raster));
        for (String parameter : List.of("sigma_log_r", "tmr")) {
            List<double[]> points = sweep.stream().filter(p -> p.parameter().equals(parameter))
                    .map(p -> new double[] {p.value(), 100 * p.accuracy()}).toList();
            if (!points.isEmpty()) {
                List<double[]> soft = points.stream().map(p -> new double[] {p[0], 100 * sweepSoftware}).toList();
                Map<String, List<double[]>> series = new LinkedHashMap<>();
                series.put("chip", points);
                series.put("software (same network)", soft);
                plots.put("sweep-" + parameter, Charts.lines("Accuracy against " + (parameter.equals("tmr") ? "TMR"
                        : "device-to-device sigma of ln R"), parameter, "accuracy (%)", series));
            }
        }
        return plots;
    }

    private String html(Map<String, byte[]> plots) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>body{font-family:sans-serif;margin:2em;max-width:1400px}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}"
                        + "th{background:#eee}.plots{display:flex;flex-wrap:wrap;gap:16px}.plots img{border:1px solid #ddd}"
                        + "</style></head><body><h1>").append(esc(title)).append("</h1><table>");
        row(h, "test images", Integer.toString(images));
        row(h, "software accuracy", pct(software));
        row(h, "chip accuracy, ideal devices", pct(ideal));
        row(h, "chip accuracy, " + esc(figures.technology().name()), pct(chip) + String.format(Locale.ROOT,
                " (%+.2f points against software)", 100 * (chip - software)));
        row(h, "the loss beside a paper's", esc(NOT_LIKE_JUNG));
        row(h, "energy per spike", String.format(Locale.ROOT, "%.1f pJ (%.0f %% static)", figures.energyPerSpikeFj() / 1e3,
                100 * figures.energy().staticFj() / figures.energy().totalFj()));
        row(h, "energy per synaptic operation", String.format(Locale.ROOT, "%.1f fJ", figures.energyPerSynapticOpFj()));
        row(h, "equivalent TOPS/W", String.format(Locale.ROOT, "%.2f", figures.topsPerWatt()));
        row(h, "the NPU alone (tiles, routers, spike FIFOs)", String.format(Locale.ROOT,
                "%.1f pJ per spike, %.1f fJ per synaptic operation, %.2f TOPS/W", figures.npuEnergyFj() / 1e3
                        / Math.max(1, figures.spikes()), figures.npuEnergyFj() / Math.max(1, figures.synapticOps()),
                figures.topsPerWatt(figures.npuEnergyFj())));
        row(h, "sustained TOPS/mm², chip / NPU", String.format(Locale.ROOT, "%.3g / %.3g (chip %.2f mm², NPU %.3f mm²)",
                figures.topsPerMm2(), figures.npuTopsPerMm2(), figures.floorplan().chipMm2(), figures.floorplan().npuMm2()));
        row(h, "energy per image", String.format(Locale.ROOT, "%.1f nJ", figures.energy().totalFj() / 1e6
                / Math.max(1, images)));
        row(h, "latency per answering spike, inputs by DMA", String.format(Locale.ROOT, "median %.0f ns, mean %.0f ns",
                figures.medianLatencyNs(), figures.meanLatencyNs()));
        row(h, "latency per answering spike, inputs by stores", String.format(Locale.ROOT,
                "median %.0f ns, mean %.0f ns", storeFed.medianLatencyNs(), storeFed.meanLatencyNs()));
        h.append("</table><h2>Energy and area by block</h2><table><tr><th>block</th><th>power domain</th>"
                + "<th>dynamic, nJ per image</th><th>static, nJ per image</th><th>area, mm²</th></tr>");
        for (Block b : Block.values()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%.3f</td><td>%.3f</td><td>%.4f</td></tr>",
                    b.name().toLowerCase(Locale.ROOT), b.domain().name().toLowerCase(Locale.ROOT),
                    figures.energy().byBlock().get(b) / 1e6 / Math.max(1, images),
                    figures.energy().staticByBlock().get(b) / 1e6 / Math.max(1, images),
                    figures.floorplan().totalUm2().get(b) * 1e-6));
        }
        h.append("</table><h2>Latency by stage (inputs by DMA)</h2><table><tr><th>stage</th><th>mean</th><th>median</th>"
                + "<th>90th percentile</th><th>max</th></tr>");
        for (SpikeLatency.Stage st : SpikeLatency.Stage.values()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.0f ns</td><td>%.0f ns</td><td>%.0f ns</td><td>%.0f ns</td></tr>",
                    st.name().toLowerCase(Locale.ROOT).replace('_', ' '), figures.meanStageNs(st),
                    figures.stageNs(st, 0.5), figures.stageNs(st, 0.9), figures.stageNs(st, 1)));
        }
        h.append("</table><h2>Assumptions and their weight</h2><table><tr><th>entry</th>"
                + "<th>energy per spike, halved / doubled</th><th>TOPS/W, halved / doubled</th>"
                + "<th>TOPS/mm², halved / doubled</th><th>source</th></tr>");
        for (Sensitivity s : weights) {
            h.append("<tr><td>").append(s.entry()).append("</td>")
                    .append("<td>").append(pair("%.1f", s.perSpikeHalvedFj() / 1e3, s.perSpikeDoubledFj() / 1e3))
                    .append(" pJ</td><td>").append(pair("%.2f", s.topsPerWattHalved(), s.topsPerWattDoubled()))
                    .append("</td><td>").append(pair("%.3g", s.topsPerMm2Halved(), s.topsPerMm2Doubled()))
                    .append("</td>")
                    .append("<td style=\"text-align:left\">").append(esc(s.source())).append("</td></tr>");
        }
        h.append("</table><p>Every figure's inputs (action counts, technology entries with their sources, formulas)"
                + " are in report.json; the same data as CSV beside it.</p><div class=\"plots\">");
        plots.forEach((name, png) -> h.append("<img alt=\"").append(name).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">"));
        return h.append("</div></body></html>\n").toString();
    }

    /** "halved / doubled", each "out of range" where the entry cannot be scaled so far. */
    private static String pair(String format, double halved, double doubled) {
        return one(format, halved) + " / " + one(format, doubled);
    }

    private static String one(String format, double v) {
        return Double.isNaN(v) ? "out of its range" : String.format(Locale.ROOT, format, v);
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(name).append("</th><td>").append(value).append("</td></tr>");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
