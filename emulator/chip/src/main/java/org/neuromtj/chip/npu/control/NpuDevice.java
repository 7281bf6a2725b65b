package org.neuromtj.chip.npu.control;

import org.neuromtj.chip.ledger.Ledger;

import java.util.function.LongSupplier;
import org.neuromtj.chip.npu.InputMap;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.EventQueue;
import org.neuromtj.chip.soc.InterruptLine;
import org.neuromtj.chip.soc.RegisterDevice;
import org.neuromtj.chip.soc.RegisterFront;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.core.Ram;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The NPU's register block: the description's NPU registers served by a {@link RegisterFront}, whose
 * hooks hand the work to the {@link TimestepSequencer}, the {@link SpikeDma} engine and the
 * {@link RouteStaging}. The interrupt line is recomputed from state in one place, {@link #updateIrq()}.
 */
public final class NpuDevice implements RegisterDevice, Stateful {
    private final Npu npu;
    private final LongSupplier now;
    private final InterruptLine irq;
    private final TimestepSequencer sequencer;
    private final SpikeDma dma;
    private final RouteStaging routes;
    private final NpuStatus status;
    private final RegisterFront registers;
    private final RegisterFront.Value irqPending;
    private final RegisterFront.Value irqEnable;
    /** Sticky STATUS error bits, cleared by ERROR_CLEAR. */
    private int errors;

    /**
     * @param npu    the NPU it controls
     * @param events the simulation's event queue
     * @param now    the current core cycle
     * @param irq    the interrupt controller's NPU source
     * @param ram    main memory, for DMA
     * @param soc    the SoC's ledger, where the DMA engine counts its words and RAM accesses
     */
    public NpuDevice(Npu npu, EventQueue events, LongSupplier now, InterruptLine irq, Ram ram, Ledger soc) {
        this.npu = npu;
        this.now = now;
        this.irq = irq;
        this.status = new NpuStatus() {
            @Override
            public void raise(int pendingBits) {
                irqPending.set(irqPending.get() | pendingBits);
                updateIrq();
            }

            @Override
            public void error(int statusBit) {
                errors |= statusBit;
                raise(ChipRegisters.Npu.IRQ_PENDING_ERROR);
            }

            @Override
            public void changed() {
                updateIrq();
            }
        };
        this.sequencer = new TimestepSequencer(npu, events, now, status);
        this.dma = new SpikeDma(npu, events, now, ram, status, sequencer::takeOutput, soc);
        this.routes = new RouteStaging(npu, status);
        this.registers = new RegisterFront("NPU", RegisterFront.Miss.FAULT)
                .onRead("MESH", e -> npu.config().mesh().width()
                        | npu.config().mesh().height() << ChipRegisters.Npu.MESH_HEIGHT_LSB)
                .onRead("STATUS", e -> (sequencer.busy() ? ChipRegisters.Npu.STATUS_BUSY : 0)
                        | (sequencer.held() ? ChipRegisters.Npu.STATUS_HELD : 0) | errors)
                .onRead("TIMESTEPS_DONE", e -> sequencer.timestepsDone())
                .onRead("TIMESTEPS_LEFT", e -> sequencer.timestepsLeft())
                .onRead("LAST_CYCLES", e -> sequencer.lastCycles())
                .onRead("IRQ_PENDING", e -> pendingNow())
                .onRead("IN_LEVEL", e -> npu.inputLevel())
                .onRead("OUT_SPIKE", e -> Integer.toUnsignedLong(sequencer.takeOutput()))
                .onRead("OUT_LEVEL", e -> sequencer.visibleOutputs())
                .onRead("OUT_TIMESTEP", e -> sequencer.outTimestep())
                .onRead("ROUTE_ERROR_TILE", e -> routes.errorTile())
                .onRead("SPIKES_IN", e -> sequencer.spikesIn())
                .onRead("SPIKES_FIRED", e -> sequencer.spikesFired())
                .onRead("SPIKES_OUT", e -> npu.outputLog().size())
                .onRead("ROUTER_HOPS", e -> npu.router().hops())
                .onRead("ROUTER_STALLS", e -> npu.router().stalls() + npu.sourceStalls())
                .onRead("SPIKES_UNMAPPED", e -> npu.unmappedPackets())
                .onRead("DMA_STATUS", e -> dma.statusWord())
                .onWrite("RUN", (e, before, timesteps) -> sequencer.run(timesteps))
                .onWrite("ERROR_CLEAR", (e, before, any) -> errors = 0)
                .onWrite("IN_SPIKE", (e, before, spike) -> inject(spike))
                .onWrite("ROUTE_PORTS", (e, before, ports) -> routes.stage(value("ROUTE_TILE"),
                        value("ROUTE_INDEX"), new RoutingTable.Entry(value("ROUTE_KEY"), value("ROUTE_MASK"),
                                (int) ports)))
                .onWrite("ROUTE_CMD", (e, before, command) -> routes.command(value("ROUTE_TILE"), command))
                .onWrite("MAP_FANOUT", (e, before, fanout) -> keepFanout(fanout))
                .onWrite("MAP_ROW", (e, before, row) -> routes.map(value("MAP_TILE"), value("MAP_INDEX"),
                        new InputMap.Entry(value("MAP_KEY"), value("MAP_MASK"), (int) row,
                                Math.max(1, value("MAP_FANOUT")))))
                .onWrite("OUTPUT_ENABLE", (e, before, word) -> outputEnable(word))
                .onWrite("DMA_CTRL", (e, before, ctrl) -> {
                    if ((ctrl & ChipRegisters.Npu.DMA_CTRL_START) != 0) {
                        dma.start(value("DMA_DESC"));
                    }
                });
        this.irqPending = registers.value("IRQ_PENDING");
        this.irqEnable = registers.value("IRQ_ENABLE");
    }

    @Override
    public RegisterFront registers() {
        return registers;
    }

    @Override
    public void write(int offset, int size, int value) {
        registers.write(offset, size, value);
        updateIrq();
    }

    @Override
    public void reset() {
        registers.reset();
        errors = 0;
        sequencer.reset();
        dma.reset();
        routes.reset();
        irq.set(false);
    }

    /** The registers, the sequencer, the DMA engine, the staged routing tables and the events pending. */
    @Override
    public void save(StateWriter out) {
        out.section("npu-device");
        registers.save(out);
        out.section("errors");
        out.i32(errors);
        sequencer.save(out);
        routes.save(out);
        dma.save(out);
    }

    @Override
    public void restore(StateReader in) {
        in.section("npu-device");
        registers.restore(in);
        in.section("errors");
        errors = in.i32();
        sequencer.restore(in);
        routes.restore(in);
        dma.restore(in);
        updateIrq();
    }

    private int value(String register) {
        return (int) registers.get(register);
    }

    /** A fanout of 0 acts as 1, and only 16 bits count. */
    private void keepFanout(long fanout) {
        registers.set("MAP_FANOUT", Math.max(1, fanout & 0xFFFF));
    }

    private void inject(long spike) {
        if (!npu.pushInput((int) (spike >>> ChipRegisters.Npu.IN_SPIKE_TILE_LSB),
                (int) (spike & ChipRegisters.Npu.IN_SPIKE_ROW), now.getAsLong())) {
            status.error(ChipRegisters.Npu.STATUS_INPUT_OVERFLOW);
        }
    }

    private void outputEnable(long word) {
        int t = (int) (word >>> ChipRegisters.Npu.OUTPUT_ENABLE_TILE_LSB);
        int neuron = (int) (word & ChipRegisters.Npu.OUTPUT_ENABLE_NEURON);
        if (t >= npu.config().mesh().tiles() || neuron >= npu.tile(t).neurons().size()) {
            throw BusFault.INSTANCE;
        }
        npu.setOutput(t, neuron, (word & ChipRegisters.Npu.OUTPUT_ENABLE_ENABLE) != 0);
    }

    private long pendingNow() {
        return irqPending.get()
                | (sequencer.visibleOutputs() > 0 ? ChipRegisters.Npu.IRQ_PENDING_OUTPUT_READY : 0);
    }

    /** Drives the interrupt line from the pending causes and their enables. */
    private void updateIrq() {
        irq.set((pendingNow() & irqEnable.get()) != 0);
    }
}
