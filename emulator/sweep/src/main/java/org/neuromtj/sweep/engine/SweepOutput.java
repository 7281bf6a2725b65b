package org.neuromtj.sweep.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * its parameters and figures), and the report ({@code report.json}, {@code report.html}) with the Pareto front of accuracy
 * against energy an image, each parameter's points, and accuracy against latency.
 */
public final class SweepOutput {
    private static final String[] FIGURES = {"images", "accuracy", "nj_per_image", "fj_per_spike",
        "fj_per_synaptic_op", "us_per_image", "tops_per_watt", "tops_per_mm2", "chip_mm2", "p50_us", "p95_us", "p99_us"};

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
            Files.writeString(tmp, csv(spec, points), StandardCharsets.UTF_8);
            Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            parquet(spec, points, out.resolve("points.parquet"));
            json(spec, points, out.resolve("points.json"));
            ReproductionWriter.write(report(spec, points), out);
        } catch (IOException e) {
            throw new SpecException("cannot write the sweep's results to " + out + ": " + e.getMessage());
        }
    }

    private static String column(String path) {
        return path.replace('.', '_');
    }

    static String csv(SweepSpec spec, List<PointResult> points) {
        StringBuilder b = new StringBuilder("point");
        spec.parameters().forEach(p -> b.append(',').append(column(p.path())));
        for (String f : FIGURES) {
            b.append(',').append(f);
        }
        b.append('\n');
        for (PointResult r : points) {
            b.append(r.index());
            r.values().values().forEach(v -> b.append(',').append(v));
            for (double f : figures(r)) {
                b.append(',').append(f);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static double[] figures(PointResult r) {
        return new double[] {r.images(), r.accuracy(), r.njPerImage(), r.fjPerSpike(), r.fjPerSynapticOp(),
            r.usPerImage(), r.topsPerWatt(), r.topsPerMm2(), r.chipMm2(), r.p50Us(), r.p95Us(), r.p99Us()};
    }

    /** Every point's inputs and figures, as numbers, with the spec's name, seed and digest. */
    private static void json(SweepSpec spec, List<PointResult> points, Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PointResult r : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("point", r.index());
            row.put("parameters", r.values());
            Map<String, Double> figures = new LinkedHashMap<>();
            double[] f = figures(r);
            for (int k = 0; k < FIGURES.length; k++) {
                figures.put(FIGURES[k], f[k]);
            }
            row.put("figures", figures);
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sweep", spec.name());
        doc.put("spec_sha256", spec.digest());
        doc.put("seed", spec.seed());
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
        for (String f : FIGURES) {
            type.required(PrimitiveType.PrimitiveTypeName.DOUBLE).named(f);
        }
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
                double[] f = figures(r);
                for (int k = 0; k < FIGURES.length; k++) {
                    g.append(FIGURES[k], f[k]);
                }
                writer.write(g);
            }
        }
    }

    static Reproduction report(SweepSpec spec, List<PointResult> points) {
        List<PointResult> front = PointResult.front(points);
        List<String> columns = new ArrayList<>(List.of("point"));
        spec.parameters().forEach(p -> columns.add(p.path()));
        columns.addAll(List.of("accuracy", "energy an image, nJ", "energy a spike, fJ", "energy a synaptic op, fJ",
                "time an image, us", "p50 / p95 / p99, us", "TOPS/W", "TOPS/mm2"));
        List<Reproduction.Table> tables = List.of(
                new Reproduction.Table("The Pareto front: accuracy against energy an image", columns, rows(front),
                        "The points no other point beats in both accuracy and energy an image."),
                new Reproduction.Table("Every point", columns, rows(points), String.format(Locale.ROOT,
                        "%d images a point (the first of the Fashion-MNIST test set) in tasks of %d; design %s, seed %d;"
                                + " each task's devices from the seed and its shard, so every point meets the same chips.",
                        spec.images(), spec.shard(), spec.design().name().toLowerCase(Locale.ROOT), spec.seed())));
        Map<String, List<double[]>> energy = new LinkedHashMap<>();
        energy.put("every point", curve(points, true));
        energy.put("Pareto front", curve(front, true));
        Map<String, List<double[]>> latency = new LinkedHashMap<>();
        latency.put("every point", curve(points, false));
        List<Reproduction.Plot> plots = new ArrayList<>();
        plots.add(new Reproduction.Plot("Accuracy against energy an image", "energy an image, nJ", "accuracy, %",
                energy));
        plots.add(new Reproduction.Plot("Accuracy against time an image", "time an image, us", "accuracy, %", latency));
        for (SweepSpec.Parameter p : spec.parameters()) {
            List<double[]> effect = new ArrayList<>();
            for (PointResult r : points) {
                Object v = r.values().get(p.path());
                // A text's axis is its place in the spec's list.
                double x = v instanceof String ? p.values().indexOf(v) : (Double) v;
                effect.add(new double[] {x, 100 * r.accuracy()});
            }
            effect.sort((a, b) -> Double.compare(a[0], b[0]));
            String axis = p.numeric() ? p.path() : p.path() + " (" + String.join(", ", p.values().stream()
                    .map(String::valueOf).toList()) + " as 0, 1, ...)";
            plots.add(new Reproduction.Plot("Accuracy against " + p.path(), axis, "accuracy, %",
                    Map.of("every point", effect)));
        }
        return new Reproduction("sweep " + spec.name(), "A design-space sweep of the Fashion-MNIST chip run",
                "the sweep spec " + spec.file(), spec.seed(), false, List.of(), tables, plots, List.of());
    }

    private static List<List<String>> rows(List<PointResult> points) {
        List<List<String>> rows = new ArrayList<>();
        for (PointResult r : points) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.index())));
            r.values().values().forEach(v -> row.add(v instanceof String ? (String) v
                    : String.format(Locale.ROOT, "%.4g", v)));
            row.add(String.format(Locale.ROOT, "%.1f %%", 100 * r.accuracy()));
            for (double f : new double[] {r.njPerImage(), r.fjPerSpike(), r.fjPerSynapticOp(), r.usPerImage()}) {
                row.add(String.format(Locale.ROOT, "%.4g", f));
            }
            row.add(String.format(Locale.ROOT, "%.4g / %.4g / %.4g", r.p50Us(), r.p95Us(), r.p99Us()));
            for (double f : new double[] {r.topsPerWatt(), r.topsPerMm2()}) {
                row.add(String.format(Locale.ROOT, "%.4g", f));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<double[]> curve(List<PointResult> points, boolean energy) {
        List<double[]> c = new ArrayList<>();
        for (PointResult r : points) {
            c.add(new double[] {energy ? r.njPerImage() : r.usPerImage(), 100 * r.accuracy()});
        }
        c.sort((a, b) -> Double.compare(a[0], b[0]));
        return c;
    }
}
