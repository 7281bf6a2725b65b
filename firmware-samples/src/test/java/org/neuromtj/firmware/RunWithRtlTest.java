package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neuromtj.cosim.blocks.RtlBlocks;
import org.neuromtj.tools.cli.Main;

/** {@code neuromtj run --rtl} with the bridge on the class path: unknown blocks are named. */
class RunWithRtlTest {

    @Test
    void aBlockWithoutRtlIsRefusedNamingTheOnesThatHaveIt() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            Path hello = Path.of(System.getProperty("neuromtj.firmware"), "hello.elf");
            status = Main.execute("run", "--rtl", "lif,crossbar", hello.toString());
        } finally {
            System.setErr(original);
        }
        assertEquals(2, status);
        assertEquals("neuromtj: --rtl: no RTL for block 'crossbar' (blocks with RTL: "
                + String.join(", ", new RtlBlocks().blocks()) + ")",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
