package org.neuromtj.chip.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The chip's area block by block and what each block leaks, evaluated from the chip's shape and the
 * technology's {@link Silicon}: crossbar bit-cells in F², logic in gate equivalents, FIFOs and RAM in SRAM
 * bits. A block's area is per unit of its power domain: per tile for a tile's blocks, per bank for RAM,
 * the whole of it for the always-on blocks.
 *
 * @param layout       the shape it was evaluated for
 * @param ramBankBytes bytes per RAM bank
 * @param unitUm2 each block's area per unit of its domain, µm²
 * @param leakNw  each block's leakage per unit of its domain when powered, nW
 */
public record Floorplan(Layout layout, int ramBankBytes, Map<Block, Double> unitUm2, Map<Block, Double> leakNw) {
    /** Bits in a spike word and in a router's packet. */
    public static final int WORD_BITS = 32;
    /** A mesh router's ports: four neighbours and its own tile. */
    public static final int ROUTER_PORTS = 5;
    /** Bits of a learning unit's spike-time stamp. */
    public static final int STAMP_BITS = 32;

    public Floorplan {
        unitUm2 = Collections.unmodifiableMap(new EnumMap<>(unitUm2));
        leakNw = Collections.unmodifiableMap(new EnumMap<>(leakNw));
    }

    /**
     * The numbers of the chip the floorplan follows from.
     *
     * @param tiles              tiles in the mesh
     * @param rows               crossbar rows per tile
     * @param columns            crossbar columns per tile
     * @param converters         TDCs per tile
     * @param tdcBits            bits of a TDC's code
     * @param neurons            neurons per tile
     * @param neuronStateBits    register bits each CMOS neuron holds (0 for MTJ neurons)
     * @param neuronDatapathBits adder and comparator bits each CMOS neuron has (0 for MTJ neurons)
     * @param mtjNeurons         whether the neurons are MTJ devices with CMOS around them
     * @param tileRegisterBits   bits of a tile's register block that hold state
     * @param routerFifoDepth    packets each router input buffer holds
     * @param inputFifoDepth     words of the core's input spike FIFO
     * @param outputFifoDepth    words of the output spike FIFO
     * @param ramBytes           main memory
     */
    public record Layout(int tiles, int rows, int columns, int converters, int tdcBits, int neurons,
                         int neuronStateBits, int neuronDatapathBits, boolean mtjNeurons, int tileRegisterBits,
                         int routerFifoDepth, int inputFifoDepth, int outputFifoDepth, long ramBytes) {
    }

    /**
     * @param layout  the chip's shape
     * @param silicon the technology's areas and leakage
     * @return its floorplan
     */
    public static Floorplan of(Layout layout, Silicon silicon) {
        Map<Block, Double> um2 = new EnumMap<>(Block.class);
        Silicon s = silicon;
        double ff = s.flipFlopGe();
        double adder = s.fullAdderGe();
        um2.put(Block.CROSSBAR, (double) layout.rows() * layout.columns() * s.bitcellUm2());
        um2.put(Block.TDC, layout.converters() * s.gatesUm2(layout.tdcBits() * (ff + adder) + s.comparatorGe()));
        um2.put(Block.NEURONS, layout.neurons() * s.gatesUm2(layout.mtjNeurons() ? s.mtjNeuronGe()
                : layout.neuronStateBits() * ff + layout.neuronDatapathBits() * adder));
        um2.put(Block.WRITE_DRIVER, layout.columns() * s.gatesUm2(s.sotDriverGe()));
        // The scalar registers, and each converter's 16-bit offset and gain.
        um2.put(Block.REGISTERS, s.gatesUm2((layout.tileRegisterBits() + 32.0 * layout.converters()) * ff));
        // A stamp per row and per neuron in SRAM, and one subtract-and-compare datapath checking them.
        long stampBits = (long) (layout.rows() + layout.neurons()) * STAMP_BITS;
        um2.put(Block.LEARNING, stampBits * s.sramBitUm2() + s.gatesUm2(2.0 * STAMP_BITS * adder));
        double tile = um2.values().stream().mapToDouble(Double::doubleValue).sum();
        um2.put(Block.POWER_SWITCHES, tile * s.powerSwitchFraction());
        um2.put(Block.ROUTER, layout.tiles() * (s.gatesUm2((double) ROUTER_PORTS * layout.routerFifoDepth()
                * WORD_BITS * ff) + s.gatesUm2(s.routerSwitchKge() * 1000)));
        long fifoBits = (long) (layout.inputFifoDepth() + layout.outputFifoDepth()) * WORD_BITS;
        um2.put(Block.SPIKE_FIFOS, fifoBits * s.sramBitUm2());
        um2.put(Block.CORE, s.gatesUm2(s.coreKge() * 1000));
        um2.put(Block.BUS, s.gatesUm2(s.busKge() * 1000));
        um2.put(Block.PERIPHERALS, s.gatesUm2(s.peripheralsKge() * 1000));
        um2.put(Block.DMA, s.gatesUm2(s.dmaKge() * 1000));
        um2.put(Block.HOST_LINK, s.gatesUm2(s.hostLinkKge() * 1000));
        um2.put(Block.RAM, 8.0 * s.ramBankBytes() * s.sramBitUm2());

        Map<Block, Double> leak = new EnumMap<>(Block.class);
        for (Block b : Block.values()) {
            double nw = switch (b) {
                case SPIKE_FIFOS -> fifoBits * s.sramPwPerBit() * 1e-3;
                case LEARNING -> stampBits * s.sramPwPerBit() * 1e-3 + s.gatesUm2(2.0 * STAMP_BITS * adder) * s.logicNwPerUm2();
                case RAM -> 8.0 * s.ramBankBytes() * s.sramPwPerBit() * 1e-3;
                default -> um2.get(b) * s.logicNwPerUm2();
            };
            leak.put(b, nw);
        }
        return new Floorplan(layout, s.ramBankBytes(), um2, leak);
    }

    /** @return RAM banks the main memory is built of */
    public long ramBanks() {
        return Math.max(1, layout.ramBytes() / ramBankBytes);
    }

    /** @return each block's area on the whole chip, µm² */
    public Map<Block, Double> totalUm2() {
        Map<Block, Double> total = new EnumMap<>(Block.class);
        for (Block b : Block.values()) {
            total.put(b, unitUm2.get(b) * units(b.domain()));
        }
        return total;
    }

    /** @return how many units a domain has on the chip: tiles, RAM banks, or one */
    public double units(Block.Domain domain) {
        return switch (domain) {
            case TILE, READ_PATH -> layout.tiles();
            case RAM_BANKS -> ramBanks();
            case ALWAYS_ON -> 1;
        };
    }

    /** @return the chip's area, mm² */
    public double chipMm2() {
        return totalUm2().values().stream().mapToDouble(Double::doubleValue).sum() * 1e-6;
    }

    /** @return the NPU's area (tiles, routers and spike FIFOs, without the core, RAM and SoC devices), mm² */
    public double npuMm2() {
        double um2 = 0;
        for (Map.Entry<Block, Double> e : totalUm2().entrySet()) {
            if (e.getKey().inNpu()) {
                um2 += e.getValue();
            }
        }
        return um2 * 1e-6;
    }

    /**
     * @return the side of a tile with its router and its share of the spike FIFOs, µm: the length of the
     *         link a packet crosses per hop
     */
    public double tilePitchUm() {
        double um2 = unitUm2.get(Block.ROUTER) / layout.tiles() + unitUm2.get(Block.SPIKE_FIFOS) / layout.tiles();
        for (Block b : Block.values()) {
            if (b.domain() == Block.Domain.TILE || b.domain() == Block.Domain.READ_PATH) {
                um2 += unitUm2.get(b);
            }
        }
        return Math.sqrt(um2);
    }

    /**
     * @param block a block
     * @return what it leaks per picosecond that one unit of its domain is powered, femtojoules (1 nW for 1 ps is 1e-6 fJ)
     */
    public double leakFjPerPs(Block block) {
        return leakNw.get(block) * 1e-6;
    }
}
