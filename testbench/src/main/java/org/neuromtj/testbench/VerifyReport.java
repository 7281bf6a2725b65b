package org.neuromtj.testbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.neuromtj.testbench.coverage.CoverageReport;

/** The regression's results as {@code verify.json} and a self-contained {@code verify.html}. */
public final class VerifyReport {

    private VerifyReport() {
    }

    /**
     * @param results one per block
     * @param dir     where the two files go (created if missing)
     * @throws IOException if they cannot be written
     */
    public static void write(List<Regression.Result> results, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode blocks = json.createArrayNode();
        for (Regression.Result r : results) {
            ObjectNode b = blocks.addObject();
            b.put("block", r.block());
            b.put("passed", r.passed());
            b.put("tests", r.tests());
            ArrayNode seeds = b.putArray("seeds");
            r.seeds().forEach(seeds::add);
            b.put("cycles", r.cycles());
            b.put("seconds", r.seconds());
            ObjectNode cov = b.putObject("coverage");
            cov.put("covered", r.coverage().covered());
            cov.put("bins", r.coverage().bins().size());
            cov.put("percent", r.coverage().percent());
            ArrayNode bins = cov.putArray("detail");
            for (CoverageReport.BinHits h : r.coverage().bins()) {
                bins.addObject().put("point", h.point()).put("bin", h.bin()).put("hits", h.hits());
            }
            ArrayNode mutants = b.putArray("mutants");
            for (Regression.MutantResult m : r.mutants()) {
                mutants.addObject().put("rtl", m.mutant().rtl()).put("flaw", m.mutant().flaw())
                        .put("killed", m.killed()).put("by", m.by());
            }
            r.failure().ifPresent(f -> b.putObject("failure").put("rtl", f.rtl()).put("seed", f.seed())
                    .put("what", f.what()).put("replay", f.replay()));
        }
        json.writeValue(dir.resolve("verify.json").toFile(), json.createObjectNode().set("blocks", blocks));
        Files.writeString(dir.resolve("verify.html"), html(results), StandardCharsets.UTF_8);
    }

    private static String html(List<Regression.Result> results) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>NeuroMTJ verification</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #bbb;padding:.2em .6em;"
                + "text-align:left}.hole,.fail{background:#fdd}.ok{background:#dfd}</style></head><body>\n"
                + "<h1>Verification regression</h1>\n<table><tr><th>block</th><th>result</th><th>tests</th>"
                + "<th>seeds</th><th>cycles</th><th>coverage</th><th>mutants killed</th><th>time</th></tr>\n");
        for (Regression.Result r : results) {
            h.append("<tr class=\"").append(r.passed() ? "ok" : "fail").append("\"><td>").append(esc(r.block()))
                    .append("</td><td>").append(r.passed() ? "pass" : "FAIL").append("</td><td>").append(r.tests())
                    .append("</td><td>").append(r.seeds().size()).append("</td><td>").append(r.cycles())
                    .append("</td><td>").append(r.coverage().covered()).append('/').append(r.coverage().bins().size())
                    .append("</td><td>").append(r.killed()).append('/').append(r.mutants().size()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f s", r.seconds())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Regression.Result r : results) {
            h.append("<h2>").append(esc(r.block())).append("</h2>\n");
            r.failure().ifPresent(f -> h.append("<p class=\"fail\">").append(esc(f.what())).append("<br>replay: <code>")
                    .append(esc(f.replay())).append("</code></p>\n"));
            h.append("<table><tr><th>coverpoint</th><th>bin</th><th>hits</th></tr>\n");
            for (CoverageReport.BinHits b : r.coverage().bins()) {
                h.append("<tr").append(b.hits() == 0 ? " class=\"hole\"" : "").append("><td>").append(esc(b.point()))
                        .append("</td><td>").append(esc(b.bin())).append("</td><td>").append(b.hits())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (!r.mutants().isEmpty()) {
                h.append("<table><tr><th>mutant</th><th>flaw</th><th>killed</th><th>by</th></tr>\n");
                for (Regression.MutantResult m : r.mutants()) {
                    h.append("<tr class=\"").append(m.killed() ? "ok" : "fail").append("\"><td>")
                            .append(esc(m.mutant().rtl())).append("</td><td>").append(esc(m.mutant().flaw()))
                            .append("</td><td>").append(m.killed() ? "yes" : "no").append("</td><td>")
                            .append(esc(m.by())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
