package org.neuromtj.isa.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.isa.regs.gen.GeneratedFiles;

/** The files generated from the register description are committed; this test fails when one is stale. */
class GeneratedFilesTest {

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("neuromtj"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (with the neuromtj launcher) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @Test
    void committedGeneratedFilesAreCurrent() throws Exception {
        List<String> stale = GeneratedFiles.stale(repositoryRoot(), RegisterMap.load());
        assertEquals(List.of(), stale, "stale generated files; run ./neuromtj regen");
    }

    @Test
    void staleDetectionNoticesAnEditAndAMissingFile(@TempDir Path root) throws Exception {
        RegisterMap map = RegisterMap.load();
        GeneratedFiles.main(new String[] {root.toString()});
        assertEquals(List.of(), GeneratedFiles.stale(root, map));
        Path header = root.resolve("firmware-samples/include/neuromtj_regs.h");
        Files.writeString(header, Files.readString(header).replace("0x10000000u", "0x10000004u"));
        Files.delete(root.resolve("isa/doc/register-reference.md"));
        assertEquals(List.of("firmware-samples/include/neuromtj_regs.h", "isa/doc/register-reference.md"),
                GeneratedFiles.stale(root, map));
    }

    @Test
    void generatedFilesCarryTheDescription() {
        RegisterMap map = RegisterMap.load();
        String header = GeneratedFiles.TARGETS.get(1).generator().generate(map);
        assertTrue(header.contains("#define NMTJ_UART0_BASE 0x10000000u"), header);
        assertTrue(header.contains("#define NMTJ_UART0_LSR_THRE_MASK 0x20u"), header);
        assertTrue(header.contains("#define NMTJ_IRQ_UART0 10"), header);
        String sv = GeneratedFiles.TARGETS.get(2).generator().generate(map);
        assertTrue(sv.contains("localparam logic [31:0] CLINT_BASE = 32'h02000000;"), sv);
        String md = GeneratedFiles.TARGETS.get(3).generator().generate(map);
        assertTrue(md.contains("| `0x0005` | LSR | 8 | RO | `0x60` |"), md);
        String block = GeneratedFiles.TARGETS.get(5).generator().generate(map);
        assertTrue(block.startsWith("// Generated") && block.contains("module npu_tile_regs (")
                && block.contains("output logic [31:0] tdc_gain_q [64]")
                && block.contains("tdc_gain_n[k] = 32'h00000100 & RESET_KEEP;"),
                "TDC_GAIN's reset, masked to its field");
        String adapter = GeneratedFiles.TARGETS.get(7).generator().generate(map);
        assertTrue(adapter.contains("this->output(\"tdc_gain_q_63\", 32, m.tdc_gain_q[63]);")
                && adapter.contains("makeNpuTileRegsHwWins()") && !adapter.contains("W1cAsRw"), adapter);
    }
}
