package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The firmware SDK as a developer outside this repository uses it: {@code neuromtj sdk} lays it out in a folder of
 * their own, {@code neuromtj new} starts a project on it, make (or CMake with the SDK's toolchain file) builds the
 * project, and the program runs on the chip. The samples build through the same fragment (their Makefile), so
 * the SDK cannot drift from what the other tests run.
 */
class SdkTest {
    private static final List<String> GREETING = List.of("blinky: hello from the control core",
            "blinky: 3 timer interrupts", "blinky: tile 0 neuron 0 fired in timestep 0",
            "blinky: one timestep took 50 core cycles; cell reads 64");

    @TempDir
    static Path home;
    private static Launcher launcher;
    private static Path sdk;

    @BeforeAll
    static void layOutTheSdk() throws Exception {
        launcher = new Launcher(home);
        sdk = home.resolve("nmtj-sdk");
        Launcher.Result r = launcher.shell(Launcher.command(List.of("sdk", sdk.toString())));
        assertEquals(0, r.status(), r.output());
    }

    @Test
    void theSdkHoldsTheCheckoutsHeadersRuntimeBuildFilesAndAReferenceWithoutWarnings() throws IOException {
        Path samples = Launcher.root().resolve("firmware-samples");
        for (String f : List.of("include/neuromtj_regs.h", "include/nmtj.h", "include/nmtj_npu.h", "include/nmtj_host.h",
                "include/nmtj_image.h", "lib/crt0.S", "lib/link.ld", "lib/runtime.c", "nmtj.mk", "nmtj-toolchain.cmake",
                "doc/tutorial.md")) {
            assertArrayEquals(Files.readAllBytes(samples.resolve(f)), Files.readAllBytes(sdk.resolve(f)), f);
        }
        assertFalse(Files.exists(sdk.resolve("doc/warnings.log")), "Doxygen warned");
        String weights = Files.readString(sdk.resolve("doc/html/nmtj__npu_8h.html"));
        assertTrue(weights.contains("nmtj_weight_write") && weights.contains("write-verify"), "the HAL's page");
        String registers = Files.readString(sdk.resolve("doc/html/neuromtj__regs_8h.html"));
        assertTrue(registers.contains("RAM address of the first DMA descriptor."), "the register header's page");
    }

    @Test
    void aNewProjectBuildsWithMakeOutsideTheCheckoutAndRunsOnTheChip() throws Exception {
        Path project = home.resolve("make/blinky");
        Launcher.Result made = launcher.shell(Launcher.command(List.of("new", project.toString(), "--sdk", sdk.toString()))
                + " && make -s -C " + project);
        assertEquals(0, made.status(), made.output());
        Firmware.Run run = Firmware.onNeuroMtj(project.resolve("build/blinky.elf"), 1);
        assertEquals(0, run.exitStatus(), run.uart());
        assertEquals(GREETING, run.uart().lines().toList());

        JsonNode database = new ObjectMapper().readTree(project.resolve("build/compile_commands.json").toFile());
        assertEquals(3, database.size(), "main.c and the SDK's crt0.S and runtime.c");
        JsonNode main = database.get(0);
        assertEquals(project.resolve("main.c").toString(), main.get("file").asText());
        assertTrue(main.get("command").asText().contains("-I" + sdk.resolve("include")), main.toString());
        String launch = Files.readString(project.resolve(".vscode/launch.json"));
        assertTrue(launch.contains("\"miDebuggerServerAddress\": \"localhost:3333\"")
                && launch.contains("build/blinky.elf"), launch);
    }

    @Test
    void theSameProjectBuildsWithCMakeAndTheSdksToolchainFile() throws Exception {
        Path project = home.resolve("cmake/blinky");
        Path build = project.resolve("build-cmake");
        Launcher.Result made = launcher.shell(Launcher.command(List.of("new", project.toString(), "--sdk", sdk.toString()))
                + " > /dev/null && cmake -S " + project + " -B " + build + " -DCMAKE_TOOLCHAIN_FILE="
                + sdk.resolve("nmtj-toolchain.cmake") + " && cmake --build " + build);
        assertEquals(0, made.status(), made.output());
        Firmware.Run run = Firmware.onNeuroMtj(build.resolve("blinky.elf"), 1);
        assertEquals(0, run.exitStatus(), run.uart());
        assertEquals(GREETING, run.uart().lines().toList());
        assertTrue(Files.readString(build.resolve("compile_commands.json")).contains(project.resolve("main.c").toString()));
    }

    @Test
    void badRequestsAreRefusedNamingWhatWasWrongAndWriteNothing() throws Exception {
        Path occupied = Files.createDirectories(home.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        assertRefused(List.of("sdk", occupied.toString()), "is neither empty nor an SDK");
        assertEquals(List.of(occupied.resolve("notes.txt")), list(occupied));

        assertRefused(List.of("new", occupied.toString(), "--sdk", sdk.toString()), "already exists");
        assertRefused(List.of("new", home.resolve("9lives").toString(), "--sdk", sdk.toString()),
                "'9lives' is not a program name");
        assertRefused(List.of("new", home.resolve("orphan").toString(), "--sdk", occupied.toString()),
                "is not an SDK (no nmtj.mk)");
        assertRefused(List.of("new"), "usage: ./neuromtj new NAME [--sdk DIR]");
        assertRefused(List.of("sdk"), "usage: ./neuromtj sdk DIR");
        Path samples = Launcher.root().resolve("firmware-samples");
        byte[] fragment = Files.readAllBytes(samples.resolve("nmtj.mk"));
        assertRefused(List.of("sdk", samples.resolve("include/..").toString()), "is this checkout's own SDK");
        assertArrayEquals(fragment, Files.readAllBytes(samples.resolve("nmtj.mk")), "the checkout's SDK untouched");
        assertFalse(Files.exists(home.resolve("9lives")) || Files.exists(home.resolve("orphan")));
    }

    private static void assertRefused(List<String> args, String message) throws Exception {
        Launcher.Result r = launcher.shell(Launcher.command(args));
        assertEquals(2, r.status(), r.output());
        assertTrue(r.output().contains(message), r.output());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
