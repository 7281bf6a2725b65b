package org.neuromtj.tools.reproduce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.neuromtj.foundation.files.AtomicFile;
import org.neuromtj.tools.workload.report.Charts;

/** Writes a reproduction as report.json and report.html, and prints it. */
public final class ReproductionWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReproductionWriter() {
    }

    /**
     * @param r   the reproduction
     * @param dir where its report.json and report.html go
     * @throws IOException if they cannot be written
     */
    public static void write(Reproduction r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<byte[]> pngs = new ArrayList<>();
        for (Reproduction.Plot p : r.plots()) {
            pngs.add(Charts.lines(p.title(), p.x(), p.y(), p.series()));
        }
        for (int k = 0; k < pngs.size(); k++) {
            AtomicFile.write(dir.resolve("plot-" + (k + 1) + ".png"), pngs.get(k));
        }
        AtomicFile.write(dir.resolve("report.json"), JSON.writeValueAsBytes(r));
        AtomicFile.write(dir.resolve("report.html"), html(r, pngs).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param r   the reproduction
     * @param out where its figures are printed
     */
    public static void print(Reproduction r, PrintStream out) {
        out.println(r.name() + ": " + r.title() + (r.quick() ? " (quick form)" : ""));
        out.println("source: " + r.source());
        for (Reproduction.Figure f : r.figures()) {
            out.printf(Locale.ROOT, "%n%s: ours %s %s (%s)%n", f.quantity(), number(f.ours()), f.unit(), f.ourConditions());
            if (f.likeForLike()) {
                out.printf(Locale.ROOT, "  paper %s %s (%s), like for like%n", number(f.paper()), f.unit(),
                        f.paperConditions());
            } else if (f.paper() != null) {
                out.printf(Locale.ROOT, "  not beside the paper's %s %s (%s), measured under other conditions:%n",
                        number(f.paper()), f.unit(), f.paperConditions());
            }
            for (String d : f.differences()) {
                out.println("  differs: " + d);
            }
            out.println("  " + f.why());
        }
        for (Reproduction.Table t : r.tables()) {
            out.printf(Locale.ROOT, "%n%s%n  %s%n", t.title(), String.join(" | ", t.columns()));
            t.rows().forEach(row -> out.println("  " + String.join(" | ", row)));
            out.println("  " + t.note());
        }
        for (Reproduction.Plot p : r.plots()) {
            out.printf(Locale.ROOT, "%nplot: %s (%s against %s)%n", p.title(), p.y(), p.x());
            p.series().forEach((name, points) -> {
                StringBuilder line = new StringBuilder("  " + name + ":");
                points.forEach(xy -> line.append(' ').append(number(xy[0])).append('→').append(number(xy[1])));
                out.println(line);
            });
        }
        if (!r.assumptions().isEmpty()) {
            out.printf(Locale.ROOT, "%nassumptions (figure with the input halved / doubled):%n");
            r.assumptions().forEach(a -> out.printf(Locale.ROOT, "  %s = %s: %s %s / %s%n", a.name(), a.value(),
                    a.figure(), a.halved(), a.doubled()));
        }
    }

    /** @return the value with four significant digits */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String html(Reproduction r, List<byte[]> pngs) {
        StringBuilder h = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(r.name())).append("</title><style>body{font-family:sans-serif;max-width:72em;margin:2em auto}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "vertical-align:top}th{background:#eee}.differs{color:#a40}</style></head><body><h1>")
                .append(esc(r.name())).append(": ").append(esc(r.title())).append("</h1><p>Source: ").append(esc(r.source()))
                .append(". Seed ").append(r.seed()).append(r.quick() ? ", quick form" : "").append(".</p>");
        h.append("<table><tr><th>quantity</th><th>ours</th><th>our conditions</th><th>paper, like for like</th>"
                + "<th>paper's conditions</th><th>what differs</th><th>how far, and why</th></tr>");
        for (Reproduction.Figure f : r.figures()) {
            h.append("<tr><td>").append(esc(f.quantity())).append("</td><td>").append(number(f.ours())).append(' ')
                    .append(esc(f.unit())).append("</td><td>").append(esc(f.ourConditions())).append("</td><td>")
                    .append(f.likeForLike() ? number(f.paper()) + " " + esc(f.unit()) : "—").append("</td><td>")
                    .append(esc(f.paperConditions())).append("</td><td class=\"differs\">")
                    .append(f.likeForLike() ? "nothing: like for like" : f.paper() == null ? "no figure to compare"
                            + (f.differences().isEmpty() ? "" : "; " + esc(String.join("; ", f.differences())))
                            : "not set beside ours: the paper's " + number(f.paper()) + " " + esc(f.unit())
                            + " was measured under other conditions: " + esc(String.join("; ", f.differences())))
                    .append("</td><td>").append(esc(f.why())).append("</td></tr>");
        }
        h.append("</table>");
        for (Reproduction.Table t : r.tables()) {
            h.append("<h2>").append(esc(t.title())).append("</h2><table><tr>");
            t.columns().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr>");
            for (var row : t.rows()) {
                h.append("<tr>");
                row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>");
            }
            h.append("</table><p>").append(esc(t.note())).append("</p>");
        }
        for (int k = 0; k < pngs.size(); k++) {
            h.append("<h2>").append(esc(r.plots().get(k).title())).append("</h2><img alt=\"plot-").append(k + 1)
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(pngs.get(k)))
                    .append("\">");
        }
        if (!r.assumptions().isEmpty()) {
            h.append("<h2>Assumptions</h2><table><tr><th>input</th><th>value</th><th>figure</th><th>halved</th>"
                    + "<th>doubled</th></tr>");
            for (Reproduction.Assumption a : r.assumptions()) {
                h.append("<tr><td>").append(esc(a.name())).append("</td><td>").append(esc(a.value())).append("</td><td>")
                        .append(esc(a.figure())).append("</td><td>").append(esc(a.halved())).append("</td><td>")
                        .append(esc(a.doubled())).append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
