package org.neuromtj.tools.nvm;

import java.nio.file.Path;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;

/**
 * Saves NVM files over and over, each with all cells of tile 0 at the round's level pattern, printing
 * "saved N" after each, until killed: {@code NvmFileTest} kills it in the middle of a write.
 */
public final class NvmChurn {
    private NvmChurn() {
    }

    /** @param args the NVM file */
    public static void main(String[] args) throws Exception {
        Npu npu = NvmFileTest.npu(1);
        String identity = NvmFile.identity(npu, Technology.defaults(), 1);
        MtjCells cells = npu.tiles().get(0).crossbar().cells();
        for (int round = 0; ; round++) {
            for (int c = 0; c < cells.size(); c++) {
                cells.setLevel(c, (c + round) % 2);
            }
            NvmFile.save(Path.of(args[0]), npu, identity);
            System.out.println("saved " + round);
            System.out.flush();
        }
    }
}
