package org.neuromtj.chip.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.SigmoidLaw;
import org.neuromtj.chip.device.SttLaw;

class TechnologyTest {
    private static ConfigNode defaults() {
        return ConfigNode.resource(Technology.class, "default-technology.yaml");
    }

    private static String rejection(ConfigNode n) {
        return assertThrows(ConfigException.class, () -> Technology.read(n)).getMessage();
    }

    @Test
    void defaultTechnologyIsTheMeasuredSotDeviceWithEveryActionCosted() {
        Technology t = Technology.defaults();
        assertEquals(4900, t.device().resistancePOhm(), 10);
        assertEquals(9800, t.device().resistanceApOhm(), 20);
        assertTrue(t.switching() instanceof SigmoidLaw);
        for (Action a : Action.values()) {
            if (!a.isStatic()) {
                assertTrue(t.cost(a).energyFj() >= 0, a.key());
            }
        }
        assertEquals(10, t.cost(Action.SOT_PULSE).energyFj());
    }

    @Test
    void theWriteLinesJouleHeatIsDerivedFromItsResistanceAndMatchesTheMeasuredWriteEnergy() {
        Technology t = Technology.defaults();
        double perUnit = t.cost(Action.SOT_HEAT).energyFj();
        assertEquals(1e-3 / t.device().writeLineResistanceOhm(), perUnit, 1e-15);
        assertTrue(t.cost(Action.SOT_HEAT).energySource().startsWith("derived: "), t.cost(Action.SOT_HEAT).energySource());
        // The measured device: 0.78 pJ write energy for its 894 mV, 0.75 ns pulses (device-figures [S]).
        assertEquals(780, Action.sotHeat(894, 750) * perUnit, 0.02 * 780);
        // The derivation follows the junction it is given.
        MtjParameters d = t.device();
        Technology doubled = t.withDevice(new MtjParameters(d.raOhmUm2(), d.diameterNm(), d.tmr(), d.temperatureK(),
                d.thermalStability(), d.attemptTimeNs(), d.criticalCurrentUa(), 2 * d.writeLineResistanceOhm(),
                d.levels(), d.tmrHalfVoltageV()));
        assertEquals(perUnit / 2, doubled.cost(Action.SOT_HEAT).energyFj(), 1e-15);
    }

    @Test
    void theNeuronsBitOperationIsDerivedFromItsSourcedInputs() {
        Technology t = Technology.defaults();
        // Horowitz: 0.1 pJ per 32-bit add at 45 nm, per bit, scaled to 28 nm.
        assertEquals(100.0 / 32 * 28 / 45, t.cost(Action.NEURON_BIT_OP).energyFj(), 1e-12);
        assertTrue(t.cost(Action.NEURON_BIT_OP).energySource().startsWith("derived: "));
        assertEquals(2 * 100.0 / 32 * 28 / 45, Technology.read(defaults().with("cmos.add_32bit_fj", 200))
                .cost(Action.NEURON_BIT_OP).energyFj(), 1e-12);
    }

    @Test
    void aDerivationThatNamesNoInputIsRefusedByName(@TempDir Path dir) throws Exception {
        String text = new String(Technology.class.getResourceAsStream("default-technology.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("derive: \"add_32bit_fj / 32", "derive: \"add_16bit_fj / 16");
        Path file = dir.resolve("tech.yaml");
        Files.writeString(file, text);
        assertEquals(file + ": actions.neuron_bit_op.energy_fj.derive in \"add_16bit_fj / 16 * node_nm / table_node_nm\""
                + " at 13: no input named add_16bit_fj (inputs: add_32bit_fj, bus_length_mm, instruction_overhead_fj,"
                + " mult_32bit_fj, node_nm, sram_32kb_read_64bit_fj, sram_8kb_read_64bit_fj, table_node_nm, vdd_v,"
                + " wire_fj_per_bit_mm, word_bits, wordline_cap_per_cell_ff)",
                assertThrows(ConfigException.class, () -> Technology.read(file)).getMessage());
    }

    /** Each derived entry of the default file, recomputed here by hand from the inputs its source names. */
    private static final java.util.Map<Action, Double> DERIVED_BY_HAND;

    static {
        double scale = 28.0 / 45;
        double bit = 100.0 / 32 * scale;
        java.util.Map<Action, Double> m = new java.util.EnumMap<>(Action.class);
        m.put(Action.CELL_READ, 0.2 * 0.9 * 0.9);
        m.put(Action.TDC_COUNT, 2 * bit);
        m.put(Action.NEURON_BIT_OP, bit);
        for (Action a : new Action[] {Action.REGISTER_ACCESS, Action.ROUTER_HOP, Action.ROUTER_BUFFER_WRITE,
            Action.ROUTER_BUFFER_READ, Action.ROUTER_EJECT, Action.PERIPHERAL_ACCESS, Action.HOST_WORD}) {
            m.put(a, 32 * bit);
        }
        m.put(Action.DMA_WORD, 64 * bit);
        m.put(Action.LEARNING_CHECK, 64 * bit);
        m.put(Action.FIFO_PUSH, 10000.0 * 32 / 64 * scale);
        m.put(Action.FIFO_POP, 10000.0 * 32 / 64 * scale);
        m.put(Action.RAM_READ, 20000.0 * 32 / 64 * scale);
        m.put(Action.RAM_WRITE, 20000.0 * 32 / 64 * scale);
        m.put(Action.LINK_UM, 32 * 40.4 / 1000);
        m.put(Action.BUS_TRANSFER, 2 * 32 * 40.4 * 1.0);
        m.put(Action.CORE_ALU, (5000 + 100) * scale);
        m.put(Action.CORE_MEMORY, (5000 + 100) * scale);
        m.put(Action.CORE_SYSTEM, (5000 + 100) * scale);
        m.put(Action.CORE_MUL, (5000 + 3100) * scale);
        m.put(Action.CORE_DIV, (5000 + 32 * 100) * scale);
        DERIVED_BY_HAND = m;
    }

    @Test
    void everyDerivedEntryIsWhatItsInputsGive() {
        Technology t = Technology.defaults();
        for (Action a : Action.values()) {
            if (a.isStatic() || a == Action.SOT_HEAT || a == Action.COLUMN_CHARGE
                    || a == Action.JUNCTION_HEAT || a == Action.LINE_CHARGE) {
                continue;
            }
            Cost c = t.cost(a);
            boolean derived = c.energySource().startsWith("derived: ");
            assertEquals(derived, DERIVED_BY_HAND.containsKey(a), a.key() + " is derived in the file: "
                    + c.energySource());
            if (derived) {
                assertEquals(DERIVED_BY_HAND.get(a), c.energyFj(), 1e-9 * DERIVED_BY_HAND.get(a), a.key());
            }
        }
    }

    @Test
    void aDerivationFollowsAnAssumedInputAndNamesIt() {
        Technology t = Technology.defaults();
        Technology.Assumption overhead = t.assumptions().stream()
                .filter(x -> x.path().equals("cmos.instruction_overhead_fj")).findFirst().orElseThrow();
        Technology doubled = t.scaled(overhead, 2);
        assertEquals((10000 + 100) * 28.0 / 45, doubled.cost(Action.CORE_ALU).energyFj(), 1e-9);
        assertTrue(t.cost(Action.CORE_ALU).assumed(), t.cost(Action.CORE_ALU).energySource());
        assertTrue(t.cost(Action.CORE_ALU).energySource().contains("instruction_overhead_fj"));
        // A measured figure is not an assumption, and is not offered for scaling.
        assertTrue(t.assumptions().stream().noneMatch(x -> x.path().equals("cmos.add_32bit_fj")));
    }

    @Test
    void theColumnAndLearningLineChargesAreDerivedFromTheReadPath() {
        Technology t = Technology.defaults();
        // 2.1 fF per cell charged to half of 0.25 V from 0.25 V.
        assertEquals(2.1 * 0.5 * 0.25 * 0.25, t.cost(Action.COLUMN_CHARGE).energyFj(), 1e-12);
        assertTrue(t.cost(Action.COLUMN_CHARGE).energySource().startsWith("derived: "));
        Technology higher = t.withReadPath(new ReadPath(t.readPath().transistorOnOhm(),
                t.readPath().transistorSigmaOhm(), t.readPath().bypassOnOhm(),
                t.readPath().capacitancePerCellFf(), t.readPath().thresholdRatio(), t.readPath().tdcLsbPs(), 0.5));
        assertEquals(4 * t.cost(Action.COLUMN_CHARGE).energyFj(), higher.cost(Action.COLUMN_CHARGE).energyFj(), 1e-12);
        // A learning line of 64 cells, 2.1 fF each, driven to 100 mV: C V^2 = 134.4 fF x 0.01 V^2 = 1.344 fJ.
        assertEquals(1.344, 64 * 100 * 100 * t.cost(Action.LINE_CHARGE).energyFj(), 1e-12);
    }

    @Test
    void aFileCannotSetTheDerivedHeatOfTheWriteLine(@TempDir Path dir) throws Exception {
        String text = new String(Technology.class.getResourceAsStream("default-technology.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("tech.yaml");
        Files.writeString(file, text.replace("\nactions:\n", "\nactions:\n  sot_heat:\n"
                + "    energy_fj: {value: 1, source: \"a guess\"}\n    latency_ns: {value: 0, source: \"a guess\"}\n"));
        String message = assertThrows(ConfigException.class, () -> Technology.read(file)).getMessage();
        assertEquals(file + ": actions.sot_heat cannot be set: it is derived from device.write_line_resistance_ohm"
                + " (the Joule heat V^2 t / R_SOT of each pulse as programmed)", message);
    }

    @Test
    void outOfRangeDeviceNumbersAreRejectedNamingKeyAndRange() {
        assertEquals("default-technology.yaml: device.ra_ohm_um2.value = -1.0 is out of range: must be > 0",
                rejection(defaults().with("device.ra_ohm_um2", -1)));
        assertEquals("default-technology.yaml: device.tmr.value = 0.0 is out of range: must be > 0",
                rejection(defaults().with("device.tmr", 0)));
        assertEquals("default-technology.yaml: variation.sigma_tmr.value = -0.1 is out of range: must be >= 0",
                rejection(defaults().with("variation.sigma_tmr", -0.1)));
        assertEquals("default-technology.yaml: read_path.transistor_on_ohm.value = -5.0 is out of range: must be >= 0",
                rejection(defaults().with("read_path.transistor_on_ohm", -5)));
    }

    @Test
    void aNumberWithoutItsSourceIsRejected(@TempDir Path dir) throws Exception {
        String text = new String(Technology.class.getResourceAsStream("default-technology.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String stripped = text.replace("source: \"measured SOT device, TMR about 100% (device-figures [S])\"", "");
        Path f = dir.resolve("tech.yaml");
        Files.writeString(f, stripped);
        String msg = assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage();
        assertEquals(f + ": device.tmr has no source: say which paper and figure or table it comes from, or"
                + " 'assumed:' and why", msg);
    }

    /** An STT junction's law, from its compact-model parameters; a value outside the model is refused by name. */
    @Test
    void theSttLawIsReadFromItsOwnSection(@TempDir Path dir) throws Exception {
        String text = new String(Technology.class.getResourceAsStream("default-technology.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String stt = "  law: stt\n  stt:\n"
                + "    free_layer_nm: {value: 1, source: \"device-figures [V] PMA STT model\"}\n"
                + "    saturation_magnetization_a_per_m: {value: 3.25e5, source: \"device-figures [V]\"}\n"
                + "    anisotropy_field_a_per_m: {value: 4.0e5, source: \"device-figures [V]\"}\n"
                + "    damping: {value: 0.01, source: \"device-figures [V]\"}\n"
                + "    polarization: {value: POLARIZATION, source: \"device-figures [V]\"}\n"
                + "    exponent: {value: 1, source: \"review 003 eq. 4\"}\n";
        assertTrue(text.contains("  law: sigmoid\n"));
        Path f = dir.resolve("stt.yaml");
        Files.writeString(f, text.replace("  law: sigmoid\n", stt.replace("POLARIZATION", "0.56")));
        Technology t = Technology.read(f);
        SttLaw law = assertInstanceOf(SttLaw.class, t.switching());
        assertEquals(t.device(), law.device());
        assertEquals(0.56, law.polarization());
        Files.writeString(f, text.replace("  law: sigmoid\n", stt.replace("POLARIZATION", "1.5")));
        assertEquals(f + ": switching.stt.polarization.value = 1.5 is out of range: must be in (0, 1)",
                assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage());
        assertEquals(0, law.vcmaFjPerVm(), "no VCMA unless the file gives it");
        String vcma = stt.replace("POLARIZATION", "0.56")
                + "    vcma_coefficient_fj_per_vm: {value: 100, source: \"assumed: of the order of CoFeB/MgO's\"}\n";
        Files.writeString(f, text.replace("  law: sigmoid\n", vcma + "    oxide_nm: {value: 1.1, source: \"assumed\"}\n"));
        SttLaw withVcma = assertInstanceOf(SttLaw.class, Technology.read(f).switching());
        assertEquals(100, withVcma.vcmaFjPerVm());
        assertEquals(1.1, withVcma.oxideNm());
        Files.writeString(f, text.replace("  law: sigmoid\n", vcma));
        assertTrue(assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage()
                .contains("switching.stt.oxide_nm"), "a VCMA coefficient without the barrier's thickness is refused");
    }

    /** A file based on another states only where it differs; sections merge, a figure is replaced whole. */
    @Test
    void aFileBasedOnAnotherStatesOnlyWhereItDiffers(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("hot.yaml");
        Files.writeString(f, "based_on: default\nname: hot\ndevice:\n"
                + "  temperature_k: {value: 350, source: \"assumed: a hot die\"}\n"
                + "variation:\n  sigma_tmr: {derive: \"2 * s\", inputs: {s: {value: 0.04, source: \"assumed\"}},"
                + " source: \"derived: twice s\"}\n");
        Technology base = Technology.defaults();
        Technology hot = Technology.read(f);
        assertEquals("hot", hot.name());
        assertEquals(350, hot.device().temperatureK());
        assertEquals(base.device().diameterNm(), hot.device().diameterNm(), "the rest of the section is the base's");
        assertEquals(0.08, hot.variation().sigmaTmr(), 1e-12, "a derivation replaces the base's stated value whole");
        assertEquals(base.cost(Action.SPIKE), hot.cost(Action.SPIKE));

        Path hotter = dir.resolve("sub/hotter.yaml");
        Files.createDirectories(hotter.getParent());
        Files.writeString(hotter, "based_on: ../hot.yaml\ndevice:\n  temperature_k: {value: 400, source: \"assumed\"}\n");
        Technology chained = Technology.read(hotter);
        assertEquals(400, chained.device().temperatureK());
        assertEquals("hot", chained.name(), "a base may itself have a base, found relative to its own file");

        Files.writeString(f, "based_on: hot.yaml\n");
        assertTrue(assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage()
                .contains("based_on = hot.yaml makes a chain of more than 8 files: a loop?"));
        Files.writeString(f, "based_on: missing.yaml\n");
        assertEquals(dir.resolve("missing.yaml") + ": no such file",
                assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage());
        Files.writeString(f, "based_on: default\ndevice:\n  colour: {value: 1, source: \"assumed\"}\n");
        assertTrue(assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage()
                .startsWith(f + " (over default-technology.yaml): unknown key device.colour"), "errors name both files");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("none.yaml");
        assertEquals(f + ": no such file", assertThrows(ConfigException.class, () -> Technology.read(f)).getMessage());
    }
}
