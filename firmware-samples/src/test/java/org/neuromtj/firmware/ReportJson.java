package org.neuromtj.firmware;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds a reproduction report's figures and tables in its report.json. */
final class ReportJson {
    private ReportJson() {
    }

    /** The table whose title starts with {@code title}. */
    static JsonNode table(JsonNode json, String title) {
        for (JsonNode t : json.get("tables")) {
            if (t.get("title").asText().startsWith(title)) {
                return t;
            }
        }
        throw new AssertionError("no table " + title + " in " + json);
    }

    /** The figure of that quantity. */
    static JsonNode figure(JsonNode json, String quantity) {
        for (JsonNode f : json.get("figures")) {
            if (f.get("quantity").asText().equals(quantity)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + quantity + " in " + json);
    }

    /** A table cell such as "12.34 %" as a number. */
    static double percent(JsonNode cell) {
        return Double.parseDouble(cell.asText().replace(" %", ""));
    }
}
