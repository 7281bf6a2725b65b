package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.neuromtj.isa.core.Disassembler;

/** The disassembler agrees with GNU objdump on every instruction of every firmware sample. */
class DisassemblerTest {
    private static final Pattern LINE = Pattern.compile("^\\s*([0-9a-f]+):\\s+([0-9a-f]{8})\\s+(.*)$");

    private static String normalize(String text) {
        return text.replaceAll("<[^>]*>", "").replaceAll("#.*$", "").trim().replaceAll("\\s+", " ");
    }

    @Test
    void matchesObjdumpOnAllSamples() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String sample : Firmware.samples()) {
            for (String line : Files.readAllLines(Firmware.directory().resolve(sample + ".dis"))) {
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                int pc = Integer.parseUnsignedInt(m.group(1), 16);
                int word = Integer.parseUnsignedInt(m.group(2), 16);
                String ours = normalize(Disassembler.disassemble(pc, word));
                String theirs = normalize(m.group(3));
                compared++;
                if (!ours.equals(theirs)) {
                    mismatches.add(sample + " " + m.group(1) + ": objdump '" + theirs + "', ours '" + ours + "'");
                }
            }
        }
        assertTrue(compared > 5000, "compared only " + compared + " instructions");
        assertEquals(List.of(), mismatches.subList(0, Math.min(40, mismatches.size())),
                mismatches.size() + " of " + compared + " instructions differ");
    }
}
