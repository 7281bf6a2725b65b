package org.neuromtj.chip.npu.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.OutputSpike;
import org.neuromtj.chip.npu.neuron.LifNeurons;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.regs.ChipRegisters.Npu;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.core.Ram;

class NpuDeviceTest {
    private final EventQueue events = new EventQueue();
    private long cycle;
    private boolean line;
    private final Ram ram = new Ram(0x80000000, 1 << 16);
    private final org.neuromtj.chip.npu.Npu npu = new org.neuromtj.chip.npu.Npu(NpuConfig.defaults(),
            TileConfig.defaults(), Technology.defaults().withVariation(Variation.ideal()), 1);
    private final NpuDevice device = new NpuDevice(npu, events, () -> cycle, level -> line = level, ram, new org.neuromtj.chip.ledger.Ledger());

    private void advance(long cycles) {
        long end = cycle + cycles;
        while (events.nextCycle() <= end) {
            cycle = events.nextCycle();
            events.fireDue(cycle);
        }
        cycle = end;
    }

    @Test
    void runCountsTimestepsAndRaisesRunDoneWhenEnabled() {
        device.write(Npu.IRQ_ENABLE, 4, Npu.IRQ_PENDING_RUN_DONE);
        device.write(Npu.RUN, 4, 3);
        assertEquals(Npu.STATUS_BUSY, device.read(Npu.STATUS, 4) & Npu.STATUS_BUSY);
        advance(100_000);
        assertEquals(3, device.read(Npu.TIMESTEPS_DONE, 4));
        assertEquals(0, device.read(Npu.STATUS, 4) & Npu.STATUS_BUSY);
        assertTrue(line);
        device.write(Npu.IRQ_PENDING, 4, Npu.IRQ_PENDING_RUN_DONE | Npu.IRQ_PENDING_TIMESTEP_DONE);
        assertTrue(!line, "W1C clears the cause and the line follows");
    }

    @Test
    void aRefusedInputSpikeSetsTheStickyOverflowAndTheErrorInterrupt() {
        device.write(Npu.IRQ_ENABLE, 4, Npu.IRQ_PENDING_ERROR);
        device.write(Npu.IN_SPIKE, 4, 7 << Npu.IN_SPIKE_TILE_LSB);
        assertEquals(Npu.STATUS_INPUT_OVERFLOW, device.read(Npu.STATUS, 4));
        assertTrue(line);
        device.write(Npu.ERROR_CLEAR, 4, 1);
        assertEquals(0, device.read(Npu.STATUS, 4));
    }

    @Test
    void aRouteToAMissingTileIsRefusedAtCommitNamingTheRouter() {
        device.write(Npu.ROUTE_TILE, 4, 1);
        device.write(Npu.ROUTE_KEY, 4, 1 << 16);
        device.write(Npu.ROUTE_MASK, 4, -1);
        device.write(Npu.ROUTE_PORTS, 4, Npu.ROUTE_PORTS_EAST);
        device.write(Npu.ROUTE_CMD, 4, Npu.ROUTE_CMD_COMMIT);
        assertEquals(Npu.STATUS_ROUTE_ERROR, device.read(Npu.STATUS, 4));
        assertEquals(1, device.read(Npu.ROUTE_ERROR_TILE, 4));
        assertTrue(npu.router().table(1).entries().isEmpty());
    }

    @Test
    void anOutputEnableForAMissingTileOrNeuronIsABusErrorAndAMapEntryPastTheMapIsRefused() {
        assertThrows(BusFault.class, () -> device.write(Npu.OUTPUT_ENABLE, 4, 4 << Npu.OUTPUT_ENABLE_TILE_LSB));
        assertThrows(BusFault.class, () -> device.write(Npu.OUTPUT_ENABLE, 4, 32));
        device.write(Npu.MAP_INDEX, 4, NpuConfig.defaults().inputMapEntries());
        device.write(Npu.MAP_ROW, 4, 0);
        assertEquals(Npu.STATUS_ROUTE_ERROR, device.read(Npu.STATUS, 4));
        assertTrue(npu.inputMap(0).entries().isEmpty());
    }

    @Test
    void aPacketNoInputMapEntryTakesIsCountedAndRaisesTheErrorInterruptWhenItsTimestepEnds() {
        npu.tile(0).writeDriver().program(0, 0, 1);
        ((LifNeurons) npu.tile(0).neurons()).setThreshold(1);
        device.write(Npu.ROUTE_TILE, 4, 0);
        device.write(Npu.ROUTE_KEY, 4, 0);
        device.write(Npu.ROUTE_MASK, 4, -1);
        device.write(Npu.ROUTE_PORTS, 4, Npu.ROUTE_PORTS_LOCAL);
        device.write(Npu.ROUTE_CMD, 4, Npu.ROUTE_CMD_COMMIT);
        device.write(Npu.IRQ_ENABLE, 4, Npu.IRQ_PENDING_ERROR);
        device.write(Npu.IN_SPIKE, 4, 0);
        device.write(Npu.RUN, 4, 1);
        advance(100_000);
        assertEquals(1, device.read(Npu.SPIKES_FIRED, 4), "neuron 0 fired and its packet came back to tile 0");
        assertEquals(1, device.read(Npu.SPIKES_UNMAPPED, 4));
        assertEquals(Npu.STATUS_UNMAPPED, device.read(Npu.STATUS, 4));
        assertTrue(line);
        device.write(Npu.ERROR_CLEAR, 4, 1);
        device.write(Npu.IRQ_PENDING, 4, -1);
        device.write(Npu.RUN, 4, 1);
        advance(100_000);
        assertEquals(0, device.read(Npu.STATUS, 4), "no new packet, no new error");
        assertTrue(!line);
    }

    @Test
    void aDescriptorOutsideRamStopsThatTransferWithADmaError() {
        device.write(Npu.IRQ_ENABLE, 4, Npu.IRQ_PENDING_ERROR);
        device.write(Npu.DMA_DESC, 4, 0x1000);
        device.write(Npu.DMA_CTRL, 4, Npu.DMA_CTRL_START);
        assertEquals(Npu.STATUS_DMA_ERROR, device.read(Npu.STATUS, 4) & Npu.STATUS_DMA_ERROR);
        assertEquals(Npu.DMA_STATUS_ERROR, device.read(Npu.DMA_STATUS, 4) & Npu.DMA_STATUS_ERROR);
        assertTrue(line);
    }

    @Test
    void aChainThatComesBackToItsOwnDescriptorStopsThereWithADmaError() {
        int first = 0x8000_0100;
        int second = first + 16;
        int buffer = 0x8000_0200;
        ram.write(first, descriptor(second, buffer, 2), 0, 16);
        ram.write(second, descriptor(first, buffer, 1), 0, 16);
        device.write(Npu.IRQ_ENABLE, 4, Npu.IRQ_PENDING_ERROR);
        device.write(Npu.DMA_DESC, 4, first);
        device.write(Npu.DMA_CTRL, 4, Npu.DMA_CTRL_START);
        assertEquals(Npu.DMA_STATUS_ERROR, device.read(Npu.DMA_STATUS, 4) & Npu.DMA_STATUS_ERROR);
        assertEquals(Npu.STATUS_DMA_ERROR, device.read(Npu.STATUS, 4) & Npu.STATUS_DMA_ERROR);
        assertEquals(2, ram.readWord(first + 12), "the first descriptor moved its words");
        assertEquals(1, ram.readWord(second + 12), "so did the second, before the chain came back");
        assertTrue(line);
        advance(100);
        assertEquals(0, device.read(Npu.DMA_STATUS, 4) & Npu.DMA_STATUS_BUSY, "the engine is free again");
    }

    /** A descriptor moving {@code words} spike words from {@code buffer} to the NPU. */
    private static byte[] descriptor(int next, int buffer, int words) {
        return java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(next).putInt(buffer)
                .putInt(words | Npu.DMA_TO_NPU << 31).putInt(0).array();
    }

    @Test
    void aFullOutputFifoHoldsTheSequencerUntilTheCoreReads() {
        org.neuromtj.chip.npu.Npu small = new org.neuromtj.chip.npu.Npu(
                new NpuConfig(NpuConfig.defaults().mesh(), 64, 2, 4), TileConfig.defaults(),
                Technology.defaults().withVariation(Variation.ideal()), 1);
        NpuDevice d = new NpuDevice(small, events, () -> cycle, level -> line = level, ram, new org.neuromtj.chip.ledger.Ledger());
        for (int n = 0; n < 4; n++) {
            for (int r = 0; r < 8; r++) {
                small.tile(0).writeDriver().program(r, 2 * n, 1);
            }
            small.setOutput(0, n, true);
        }
        for (int r = 0; r < 8; r++) {
            d.write(Npu.IN_SPIKE, 4, r);
        }
        d.write(Npu.RUN, 4, 3);
        advance(100_000);
        assertEquals(1, d.read(Npu.TIMESTEPS_DONE, 4), "4 spikes in a FIFO of 2: held after the first timestep");
        assertEquals(Npu.STATUS_HELD | Npu.STATUS_BUSY, d.read(Npu.STATUS, 4) & (Npu.STATUS_HELD | Npu.STATUS_BUSY));
        for (int i = 0; i < 2; i++) {
            assertEquals(Npu.OUT_SPIKE_VALID, d.read(Npu.OUT_SPIKE, 4) & Npu.OUT_SPIKE_VALID);
        }
        advance(100_000);
        assertEquals(3, d.read(Npu.TIMESTEPS_DONE, 4), "reading made room: the run went on");
    }

    @Test
    void outputSpikesBecomeVisibleOnlyAtTheCycleTheyLeft() {
        npu.tile(0).writeDriver().program(0, 0, 1);
        npu.setOutput(0, 0, true);
        for (int r = 1; r < 8; r++) {
            npu.tile(0).writeDriver().program(r, 0, 1);
        }
        for (int r = 0; r < 8; r++) {
            device.write(Npu.IN_SPIKE, 4, r);
        }
        device.write(Npu.RUN, 4, 1);
        advance(1);
        OutputSpike o = npu.outputLog().get(0);
        cycle = o.leftCycle() - 1;
        assertEquals(0, device.read(Npu.OUT_LEVEL, 4));
        assertEquals(0, device.read(Npu.OUT_SPIKE, 4), "not yet there: VALID clear");
        cycle = o.leftCycle();
        assertEquals(1, device.read(Npu.OUT_LEVEL, 4));
        assertEquals(Npu.OUT_SPIKE_VALID, device.read(Npu.OUT_SPIKE, 4));
    }
}
