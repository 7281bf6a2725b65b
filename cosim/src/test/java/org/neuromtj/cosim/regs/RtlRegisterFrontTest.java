package org.neuromtj.cosim.regs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.regs.ChipRegisters.Npu;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.soc.MmioDevice;

/** Accesses through the RTL register block reach the model as the register description says they should. */
class RtlRegisterFrontTest {

    /** A device that records what it is asked and answers with a fixed value. */
    private static final class Recorder implements MmioDevice {
        final List<String> log = new ArrayList<>();
        int answer;

        @Override
        public int read(int offset, int size) {
            log.add("read " + Integer.toHexString(offset) + "/" + size);
            return answer;
        }

        @Override
        public void write(int offset, int size, int value) {
            log.add("write " + Integer.toHexString(offset) + "/" + size + " = " + Integer.toHexString(value));
        }

        @Override
        public void reset() {
            log.add("reset");
        }
    }

    @Test
    void writesReachTheModelMaskedToTheFieldsAndReadsComeBackThroughTheBlock() {
        Recorder tile = new Recorder();
        try (RtlRegisterFront front = new RtlRegisterFront("NPU_TILE", tile)) {
            front.write(NpuTile.CTRL, 4, 0xFFFF_FFFF);
            front.write(NpuTile.TDC_GAIN + 8, 4, 0x1234_5678);
            front.write(NpuTile.CMD, 4, 0xF0 | NpuTile.CMD_CALIBRATE);
            tile.answer = 0xDEAD_BEEF;
            assertEquals(0xDEAD_BEEF, front.read(NpuTile.ROWS, 4), "an RO register reads its input");
            assertEquals(0x3, front.read(NpuTile.STATUS, 4), "an RO register with fields reads only them");
            assertEquals(0xBEEF, front.read(NpuTile.TDC_GAIN + 8, 4), "the stored value the model pushed, masked");
            assertEquals(0, front.read(NpuTile.CMD, 4), "a write-only register reads 0");
            tile.answer = 0x55;
            assertEquals(0x55, front.read(NpuTile.WEIGHT + 3, 1), "the weight window goes straight to the model");
        }
        assertEquals(List.of("write 20/4 = 1", "write 208/4 = 5678", "write 24/4 = 1", "read 0/4", "read 28/4",
                "read 208/4", "read 24/4", "read 10003/1"), tile.log);
    }

    @Test
    void aWriteOneToClearRegisterHandsTheModelTheBitsToClear() {
        Recorder npu = new Recorder();
        try (RtlRegisterFront front = new RtlRegisterFront("NPU", npu)) {
            npu.answer = 0x1F;
            assertEquals(0x1F, front.read(Npu.IRQ_PENDING, 4));
            front.write(Npu.IRQ_PENDING, 4, 0xFFFF_0003);
        }
        assertEquals("write " + Integer.toHexString(Npu.IRQ_PENDING) + "/4 = 3", npu.log.get(1));
    }
}
