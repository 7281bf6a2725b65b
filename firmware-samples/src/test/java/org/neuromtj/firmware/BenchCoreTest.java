package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;

class BenchCoreTest {

    @Test
    void measuresTranslatedInterpretedAndQemuApartFromItsStartUp() {
        String hello = Firmware.elf("hello").toString();
        CliRun r = CliRun.of("bench", "core", "--elf", hello, "--start-up-elf", hello, "--runs", "1");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("QEMU's start-up (whole process on hello.elf"), r.out());
        assertTrue(r.out().contains("neuromtj, translating:") && r.out().contains("neuromtj, interpreter:"), r.out());
        assertTrue(r.out().contains("speed against qemu") && r.out().contains("speed-up from translation"), r.out());
    }

    @Test
    void failsWhenQemuPrintsSomethingElse(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("qemu");
        Files.writeString(fake, "#!/bin/sh\necho a different machine\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        String hello = Firmware.elf("hello").toString();
        CliRun r = CliRun.of("bench", "core", "--elf", hello, "--start-up-elf", hello, "--runs", "1", "--qemu",
                fake.toString());
        assertEquals(1, r.status(), r.out());
        assertTrue(r.out().contains("FAIL: QEMU's UART output differs"), r.out());
        assertTrue(r.out().contains("a different machine"), r.out());
    }
}
