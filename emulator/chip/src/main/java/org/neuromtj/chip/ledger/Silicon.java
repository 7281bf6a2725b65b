package org.neuromtj.chip.ledger;

import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.config.Range;

/**
 * The CMOS around the junctions as the floorplan needs it: how large its cells and gates are and how much
 * they leak. Every figure comes from the technology file with its source.
 *
 * @param featureNm           the process's feature size F (cmos.node_nm)
 * @param bitcellF2           a crossbar bit-cell (junction, access and bypass transistors) in F²
 * @param gateUm2             one NAND2 gate equivalent
 * @param flipFlopGe          one register bit, in gate equivalents
 * @param fullAdderGe         one bit of an adder or comparator, in gate equivalents
 * @param comparatorGe        a TDC's analog comparator, in gate equivalents
 * @param sotDriverGe         one column's SOT write driver and its decoder, in gate equivalents
 * @param mtjNeuronGe         the CMOS around one MTJ neuron (pulse driver, sense), in gate equivalents
 * @param routerSwitchKge     one router's switch and arbiters, in thousands of gate equivalents
 * @param coreKge             the control core
 * @param busKge              the peripheral bus
 * @param peripheralsKge      the SoC devices' registers
 * @param dmaKge              the spike DMA engine
 * @param hostLinkKge         the host link
 * @param sramBitUm2          one SRAM bit cell
 * @param powerSwitchFraction a tile's power switches, as a fraction of the tile's other area
 * @param logicNwPerUm2       leakage of logic and of the crossbar's transistors per area
 * @param sramPwPerBit        leakage of one SRAM bit
 * @param ramBankBytes        bytes in a RAM bank, the unit RAM is built and power-gated in
 */
public record Silicon(double featureNm, double bitcellF2, double gateUm2, double flipFlopGe, double fullAdderGe,
                      double comparatorGe, double sotDriverGe, double mtjNeuronGe, double routerSwitchKge,
                      double coreKge, double busKge, double peripheralsKge, double dmaKge, double hostLinkKge,
                      double sramBitUm2, double powerSwitchFraction, double logicNwPerUm2, double sramPwPerBit,
                      int ramBankBytes) {

    static Silicon read(ConfigNode area, ConfigNode leakage, ConfigNode cmos) {
        area.allowOnly("bitcell_f2", "gate_um2", "flip_flop_ge", "full_adder_ge", "comparator_ge", "sot_driver_ge",
                "mtj_neuron_ge", "router_switch_kge", "core_kge", "bus_kge", "peripherals_kge", "dma_kge",
                "host_link_kge", "sram_bit_um2", "power_switch_fraction");
        leakage.allowOnly("logic_nw_per_um2", "sram_pw_per_bit", "ram_bank_bytes");
        double bank = leakage.sourced("ram_bank_bytes", Range.closed(64, 1 << 24));
        if (bank != Math.rint(bank) || Integer.bitCount((int) bank) != 1) {
            throw leakage.error("ram_bank_bytes", "= " + bank + " must be a power of two");
        }
        Range positive = Range.positive();
        return new Silicon(cmos.sourced("node_nm", positive), area.sourced("bitcell_f2", positive),
                area.sourced("gate_um2", positive), area.sourced("flip_flop_ge", positive),
                area.sourced("full_adder_ge", positive), area.sourced("comparator_ge", Range.nonNegative()),
                area.sourced("sot_driver_ge", Range.nonNegative()), area.sourced("mtj_neuron_ge", Range.nonNegative()),
                area.sourced("router_switch_kge", Range.nonNegative()), area.sourced("core_kge", positive),
                area.sourced("bus_kge", Range.nonNegative()), area.sourced("peripherals_kge", Range.nonNegative()),
                area.sourced("dma_kge", Range.nonNegative()), area.sourced("host_link_kge", Range.nonNegative()),
                area.sourced("sram_bit_um2", positive), area.sourced("power_switch_fraction", Range.closed(0, 1)),
                leakage.sourced("logic_nw_per_um2", Range.nonNegative()),
                leakage.sourced("sram_pw_per_bit", Range.nonNegative()), (int) bank);
    }

    /** @return the area of {@code ge} gate equivalents, µm² */
    public double gatesUm2(double ge) {
        return ge * gateUm2;
    }

    /** @return one crossbar bit-cell, µm² */
    public double bitcellUm2() {
        double f = featureNm / 1000;
        return bitcellF2 * f * f;
    }
}
