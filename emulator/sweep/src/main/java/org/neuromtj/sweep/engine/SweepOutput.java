package org.neuromtj.sweep.engine;

import static org.neuromtj.sweep.engine.PointResult.CHIP_FIGURES;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.neuromtj.sweep.spec.SpecException;
import org.neuromtj.sweep.spec.SweepSpec;
import org.neuromtj.tools.reproduce.Reproduction;
import org.neuromtj.tools.reproduce.ReproductionWriter;

/**
 * Writes a sweep's points: {@code points.csv}, {@code points.parquet} and {@code points.json} (one row a point,
 * its parameters and figures), and the report ({@code report.json}, {@code report.html}) with the Pareto front of
 * the two figures the workload trades (accuracy against energy an image for a chip workload), each parameter's
 * effect, and, for a chip workload, accuracy against latency.
 */
public final class SweepOutput {
    /** How the report heads a chip workload's figures. */
    private static final Map<String, String> CHIP_HEADINGS = Map.ofEntries(Map.entry("accuracy", "accuracy"),
            Map.entry("nj_per_image", "energy an image, nJ"), Map.entry("fj_per_spike", "energy a spike, fJ"),
            Map.entry("fj_per_synaptic_op", "energy a synaptic op, fJ"), Map.entry("us_per_image", "time an image, us"),
            Map.entry("p50_us", "p50, us"), Map.entry("p95_us", "p95, us"), Map.entry("p99_us", "p99, us"),
            Map.entry("tops_per_watt", "TOPS/W"), Map.entry("tops_per_mm2", "TOPS/mm2"));

    private SweepOutput() {
    }

    /**
     * @param spec   the sweep
     * @param points its points' figures
     * @param out    the output folder
     */
    public static void write(SweepSpec spec, List<PointResult> points, Path out) {
        try {
            Path csv = out.resolve("points.csv");
            Path tmp = Files.createTempFile(out, "points.csv", ".tmp");
            List<PointResult> rows = tabled(spec, points);
            Files.writeString(tmp, csv(spec, rows), StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            parquet(spec, rows, out.resolve("points.parquet"));
            json(spec, rows, out.resolve("points.json"));
            ReproductionWriter.write(report(spec, points), out);
        } catch (IOException e) {
            throw new SpecException("cannot write the sweep's results to " + out + ": " + e.getMessage());
        }
    }

    /**
     * The points as their rows: an experiment's points lead with the two figures the spec trades, {@code maximised}
     * and {@code minimised}, so that every row holds them in the same columns whatever the figures' names.
     */
    static List<PointResult> tabled(SweepSpec spec, List<PointResult> points) {
        if (spec.workload().kind() != SweepSpec.Kind.REPRODUCE) {
            return points;
        }
        List<PointResult> rows = new ArrayList<>();
        for (PointResult r : points) {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("maximised", r.matching(spec.workload().maximise(), spec));
            f.put("minimised", r.matching(spec.workload().minimise(), spec));
            f.putAll(r.figures());
            rows.add(new PointResult(r.index(), r.values(), f));
        }
        return rows;
    }

    private static String column(String path) {
        return path.replace('.', '_');
    }

    /** @return every figure any point has, in the order they first appear */
    static List<String> figureNames(List<PointResult> points) {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.addAll(p.figures().keySet()));
        return List.copyOf(names);
    }

    /**
     * Column names for the figures, as a table's columns may be named: lower case, letters, digits and
     * underscores, each unique (an experiment's quantities are sentences).
     */
    static List<String> figureColumns(List<String> names, SweepSpec spec) {
        Set<String> taken = new HashSet<>(List.of("point"));
        spec.parameters().forEach(p -> taken.add(column(p.path())));
        List<String> columns = new ArrayList<>();
        for (String n : names) {
            String c = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            c = c.isEmpty() || Character.isDigit(c.charAt(0)) ? "f_" + c : c;
            String unique = c;
            for (int k = 2; !taken.add(unique); k++) {
                unique = c + "_" + k;
            }
            columns.add(unique);
        }
        return columns;
    }

    static String csv(SweepSpec spec, List<PointResult> points) {
        List<String> names = figureNames(points);
        StringBuilder b = new StringBuilder("point");
        spec.parameters().forEach(p -> b.append(',').append(column(p.path())));
        figureColumns(names, spec).forEach(c -> b.append(',').append(c));
        b.append('\n');
        for (PointResult r : points) {
            b.append(r.index());
            r.values().values().forEach(v -> b.append(',').append(v));
            names.forEach(n -> b.append(',').append(r.figure(n)));
            b.append('\n');
        }
        return b.toString();
    }

    /** Every point's inputs and figures, as numbers, with the spec's name, seed and digest. */
    private static void json(SweepSpec spec, List<PointResult> points, Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PointResult r : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("point", r.index());
            row.put("parameters", r.values());
            row.put("figures", r.figures());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sweep", spec.name());
        doc.put("spec_sha256", spec.digest());
        doc.put("seed", spec.seed());
        doc.put("workload", spec.workload().kind().name().toLowerCase(Locale.ROOT));
        doc.put("points", rows);
        Path tmp = Files.createTempFile(file.getParent(), "points.json", ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), doc);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void parquet(SweepSpec spec, List<PointResult> points, Path file) throws IOException {
        Types.MessageTypeBuilder type = Types.buildMessage();
        type.required(PrimitiveType.PrimitiveTypeName.INT32).named("point");
        spec.parameters().forEach(p -> {
            if (p.numeric()) {
                type.required(PrimitiveType.PrimitiveTypeName.DOUBLE).named(column(p.path()));
            } else {
                type.required(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(column(p.path()));
            }
        });
        List<String> names = figureNames(points);
        List<String> columns = figureColumns(names, spec);
        // An experiment's point may lack a figure another has (its quantity names its own settings): null there.
        columns.forEach(c -> type.optional(PrimitiveType.PrimitiveTypeName.DOUBLE).named(c));
        MessageType schema = type.named("point");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(
                file.toAbsolutePath().toUri())).withType(schema).withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (PointResult r : points) {
                Group g = groups.newGroup().append("point", r.index());
                r.values().forEach((path, v) -> {
                    if (v instanceof String text) {
                        g.append(column(path), text);
                    } else {
                        g.append(column(path), (Double) v);
                    }
                });
                for (int k = 0; k < names.size(); k++) {
                    Double v = r.figures().get(names.get(k));
                    if (v != null) {
                        g.append(columns.get(k), v);
                    }
                }
                writer.write(g);
            }
        }
    }

    static Reproduction report(SweepSpec spec, List<PointResult> points) {
        boolean chip = spec.workload().kind() != SweepSpec.Kind.REPRODUCE;
        String up = spec.workload().maximise();
        String down = spec.workload().minimise();
        String upLabel = chip ? "accuracy, %" : up;
        String downLabel = chip ? CHIP_HEADINGS.get(down) : down;
        List<PointResult> front = PointResult.front(points, spec);
        List<String> names = chip ? CHIP_FIGURES_SHOWN : figureNames(points);
        List<String> columns = new ArrayList<>(List.of("point"));
        spec.parameters().forEach(p -> columns.add(p.path()));
        names.forEach(n -> columns.add(chip ? CHIP_HEADINGS.get(n) : n));
        String what = chip ? String.format(Locale.ROOT, "%d images a point (the first of the Fashion-MNIST test set"
                + " or the firmware's results) in tasks of %d", spec.images(), spec.shard())
                : String.format(Locale.ROOT, "each point the experiment %s%s, whole, on its chip files with the"
                + " point's values laid over them", spec.workload().experiment(), spec.workload().quick()
                ? " (its short form)" : "");
        List<Reproduction.Table> tables = List.of(
                new Reproduction.Table("The Pareto front: " + upLabel + " against " + downLabel, columns,
                        rows(front, names, chip), "The points no other point beats in both " + upLabel + " (more is"
                        + " better) and " + downLabel + " (less is better)."),
                new Reproduction.Table("Every point", columns, rows(points, names, chip), String.format(Locale.ROOT,
                        "%s; design %s, seed %d; every point meets the same devices, drawn from the seed.", what,
                        spec.design().name().toLowerCase(Locale.ROOT), spec.seed())));
        Map<String, List<double[]>> trade = new LinkedHashMap<>();
        trade.put("every point", curve(points, spec, down));
        trade.put("Pareto front", curve(front, spec, down));
        List<Reproduction.Plot> plots = new ArrayList<>();
        plots.add(new Reproduction.Plot(cap(upLabel) + " against " + downLabel, downLabel, upLabel, trade));
        if (chip) {
            plots.add(new Reproduction.Plot("Accuracy against time an image", "time an image, us", "accuracy, %",
                    Map.of("every point", curve(points, spec, "us_per_image"))));
        }
        for (SweepSpec.Parameter p : spec.parameters()) {
            List<double[]> effect = new ArrayList<>();
            for (PointResult r : points) {
                Object v = r.values().get(p.path());
                // A text's axis is its place in the spec's list.
                double x = v instanceof String ? p.values().indexOf(v) : (Double) v;
                effect.add(new double[] {x, shown(r.matching(up, spec), chip)});
            }
            effect.sort((a, b) -> Double.compare(a[0], b[0]));
            String axis = p.numeric() ? p.path() : p.path() + " (" + String.join(", ", p.values().stream()
                    .map(String::valueOf).toList()) + " as 0, 1, ...)";
            plots.add(new Reproduction.Plot(cap(upLabel) + " against " + p.path(), axis, upLabel,
                    Map.of("every point", effect)));
        }
        return new Reproduction("sweep " + spec.name(), chip ? "A design-space sweep of a chip run"
                : "A design-space sweep of the experiment " + spec.workload().experiment(),
                "the sweep spec " + spec.file(), spec.seed(), false, List.of(), tables, plots, List.of());
    }

    /** The chip figures the report's tables show: every one but the image count and area, which do not vary. */
    private static final List<String> CHIP_FIGURES_SHOWN = CHIP_FIGURES.stream().filter(CHIP_HEADINGS::containsKey)
            .toList();

    /** Accuracy, a share, is shown in per cent; every other figure as it is. */
    private static double shown(double value, boolean chip) {
        return chip ? 100 * value : value;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<List<String>> rows(List<PointResult> points, List<String> names, boolean chip) {
        List<List<String>> rows = new ArrayList<>();
        for (PointResult r : points) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.index())));
            r.values().values().forEach(v -> row.add(v instanceof String ? (String) v
                    : String.format(Locale.ROOT, "%.4g", v)));
            for (String n : names) {
                double v = r.figure(n);
                row.add(chip && n.equals("accuracy") ? String.format(Locale.ROOT, "%.1f %%", 100 * v)
                        : Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Each point's (x, the figure the workload maximises), x the named figure (a chip figure or a pattern). */
    private static List<double[]> curve(List<PointResult> points, SweepSpec spec, String x) {
        boolean chip = spec.workload().kind() != SweepSpec.Kind.REPRODUCE;
        List<double[]> c = new ArrayList<>();
        for (PointResult r : points) {
            c.add(new double[] {r.matching(x, spec), shown(r.matching(spec.workload().maximise(), spec), chip)});
        }
        c.sort((a, b) -> Double.compare(a[0], b[0]));
        return c;
    }
}
