package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firmware tutorial ({@code firmware-samples/doc/tutorial.md}) as a reader follows it, in an empty home folder
 * outside the checkout: each {@code c file=PATH} block is written to PATH, each {@code console} block's commands
 * (the lines after {@code $ }) run in one shell, in order, and what they print must be what the page shows after
 * them. A {@code …} in a shown line stands for any text, a {@code …} alone for any lines; runs of white space
 * compare equal (gdb prints tabs).
 */
class TutorialTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\S+)([^\\n]*)\\n(.*?)```", Pattern.DOTALL);
    private static final String ANY = "…";

    @Test
    void everyCommandOfTheTutorialPrintsWhatThePageShows(@TempDir Path home) throws Exception {
        Launcher launcher = new Launcher(home);
        String page = Files.readString(Launcher.root().resolve("firmware-samples/doc/tutorial.md"));
        Matcher m = BLOCK.matcher(page);
        int consoles = 0;
        while (m.find()) {
            String kind = m.group(1);
            String body = m.group(3);
            if (kind.equals("console")) {
                consoles++;
                run(launcher, body);
            } else if (m.group(2).trim().startsWith("file=")) {
                Path file = home.resolve(m.group(2).trim().substring("file=".length()));
                Files.createDirectories(file.getParent());
                Files.writeString(file, body);
            }
        }
        assertEquals(8, consoles, "the page's console blocks");
    }

    /** Runs a console block's commands in one shell and compares what they printed with the lines shown. */
    private static void run(Launcher launcher, String block) throws IOException, InterruptedException {
        List<String> commands = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("$ ")) {
                commands.add(line.substring(2));
            } else {
                shown.add(line);
            }
        }
        Launcher.Result r = launcher.shell("set -e\n" + String.join("\n", commands));
        String context = String.join("\n", commands) + "\n--- printed:\n" + r.output();
        assertEquals(0, r.status(), context);
        List<String> printed = r.output().isEmpty() ? List.of() : List.of(r.output().split("\n", -1));
        if (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) {
            printed = printed.subList(0, printed.size() - 1);
        }
        if (!matches(shown, 0, printed, 0)) {
            fail("the tutorial shows\n" + String.join("\n", shown) + "\n--- for\n" + context);
        }
    }

    /** Whether the shown lines from {@code i} on stand for the printed lines from {@code j} on. */
    static boolean matches(List<String> shown, int i, List<String> printed, int j) {
        if (i == shown.size()) {
            return j == printed.size();
        }
        if (shown.get(i).trim().equals(ANY)) {
            for (int k = j; k <= printed.size(); k++) {
                if (matches(shown, i + 1, printed, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < printed.size() && line(shown.get(i)).matcher(squeeze(printed.get(j))).matches()
                && matches(shown, i + 1, printed, j + 1);
    }

    private static Pattern line(String shown) {
        StringBuilder regex = new StringBuilder();
        String[] parts = squeeze(shown).split(ANY, -1);
        for (int k = 0; k < parts.length; k++) {
            regex.append(k > 0 ? ".*" : "").append(Pattern.quote(parts[k]));
        }
        return Pattern.compile(regex.toString());
    }

    private static String squeeze(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    @Test
    void theMatcherTakesEllipsesForAnyTextAndAnyLinesAndNothingElse() {
        List<String> shown = List.of("exit 0, … wall", ANY, "end");
        assertTrue(matches(shown, 0, List.of("exit 0, 0.3 s wall", "end"), 0));
        assertTrue(matches(shown, 0, List.of("exit 0,  0.3 s\twall", "a", "b", "end"), 0));
        assertTrue(!matches(shown, 0, List.of("exit 1, 0.3 s wall", "end"), 0));
        assertTrue(!matches(shown, 0, List.of("exit 0, 0.3 s wall"), 0));
        assertTrue(!matches(List.of("a"), 0, List.of("a", "b"), 0));
    }
}
