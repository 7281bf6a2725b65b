package org.neuromtj.isa.regs.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * Every file generated from the register description, with its place in the repository. Running this
 * class writes them all; {@link #stale} tells which differ from what the description would generate.
 */
public final class GeneratedFiles {

    /**
     * One generated file.
     *
     * @param path      location relative to the repository root
     * @param generator what produces its content
     */
    public record Target(String path, Generator generator) {
    }

    /** The generated files, in the order they are written. */
    public static final List<Target> TARGETS = List.of(
            new Target("emulator/chip/src/main/java/org/neuromtj/chip/regs/ChipRegisters.java",
                    new JavaRegistersGenerator("org.neuromtj.chip.regs", "ChipRegisters")),
            new Target("firmware-samples/include/neuromtj_regs.h", new CHeaderGenerator()),
            new Target("rtl/generated/neuromtj_regs_pkg.sv", new SvPackageGenerator()),
            new Target("isa/doc/register-reference.md", new MarkdownGenerator()),
            new Target("rtl/generated/npu_regs.sv", new SvRegisterBlockGenerator("NPU")),
            new Target("rtl/generated/npu_tile_regs.sv", new SvRegisterBlockGenerator("NPU_TILE")),
            new Target("rtl/generated/npu_regs_block.cpp", new BridgeAdapterGenerator("NPU")),
            new Target("rtl/generated/npu_tile_regs_block.cpp", new BridgeAdapterGenerator("NPU_TILE")),
            new Target("emulator/chip/src/main/java/org/neuromtj/chip/regs/ChipRegisterMap.java",
                    new JavaRegisterMapGenerator("org.neuromtj.chip.regs", "ChipRegisterMap")));

    private GeneratedFiles() {
    }

    /**
     * @param root repository root
     * @param map  register description
     * @return paths (relative to root) of generated files that are missing or out of date
     * @throws IOException if a file exists but cannot be read
     */
    public static List<String> stale(Path root, RegisterMap map) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Target t : TARGETS) {
            Path file = root.resolve(t.path());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(t.generator().generate(map))) {
                stale.add(t.path());
            }
        }
        return stale;
    }

    /**
     * Writes every generated file.
     *
     * @param args the repository root
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GeneratedFiles REPOSITORY_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        RegisterMap map = RegisterMap.load();
        for (Target t : TARGETS) {
            Path file = root.resolve(t.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, t.generator().generate(map), StandardCharsets.UTF_8);
            System.out.println("wrote " + t.path());
        }
    }
}
