package org.neuromtj.firmware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The checkout's launcher as a developer calls it from a folder of their own: {@code neuromtj} on the PATH. The
 * file-layout commands ({@code sdk}, {@code new}) run the launcher itself; the chip's commands run its jar as the
 * launcher does, without the launcher's build step, which is Maven's in the suite.
 */
final class Launcher {
    /** What a command printed, standard error merged as a terminal shows it, and its exit status. */
    record Result(String output, int status) {
    }

    private final Path home;
    private final Path bin;

    /** @param home the developer's home folder, where commands run; a bin folder for the launcher is made in it */
    Launcher(Path home) throws IOException {
        this.home = home;
        this.bin = Files.createDirectories(home.resolve(".neuromtj-bin"));
        Path root = root();
        Files.writeString(bin.resolve("neuromtj"), String.join("\n",
                "#!/usr/bin/env bash",
                "case \"${1:-}\" in",
                "    sdk | new) exec bash '" + root.resolve("neuromtj") + "' \"$@\" ;;",
                "    *) exec java -Dneuromtj.home='" + root + "' -jar '"
                        + root.resolve("emulator/tools/target/neuromtj.jar") + "' \"$@\" ;;",
                "esac", ""));
        Files.setPosixFilePermissions(bin.resolve("neuromtj"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** @return the checkout */
    static Path root() {
        return Path.of(System.getProperty("neuromtj.home")).toAbsolutePath().normalize();
    }

    /**
     * Runs a shell script in the home folder, with the launcher on the PATH.
     *
     * @param script bash commands
     * @return what it printed and its exit status
     */
    Result shell(String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(home.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("PATH", bin + ":" + env.get("PATH"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + script + "\n" + out);
        }
        return new Result(out, p.exitValue());
    }

    /** @return {@code neuromtj} and its arguments, quoted for the shell */
    static String command(List<String> args) {
        StringBuilder s = new StringBuilder("neuromtj");
        for (String a : args) {
            s.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        return s.toString();
    }
}
