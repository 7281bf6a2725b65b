package org.neuromtj.chip.ledger;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.config.Range;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.NeelBrownLaw;
import org.neuromtj.chip.device.SttLaw;
import org.neuromtj.chip.device.SigmoidLaw;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.device.Variation;

/**
 * A technology file: the junction, its variation, its switching law, the read path, the MTJ neuron's
 * physics, and what every {@link Action} costs. Every number in the file carries its source.
 *
 * @param name           the technology's name
 * @param device         the nominal junction
 * @param variation      spreads and noise
 * @param switching      the write law in force
 * @param neelBrown      the Néel–Brown law of the junction (used by MTJ neurons whatever the write law)
 * @param readPath       the string read path and TDC clock
 * @param exchangeBias   the exchange-bias neuron
 * @param costs          energy and latency per action
 * @param silicon        areas and leakage of the CMOS around the junctions
 * @param file           the file as read, from which {@link #scaled} re-derives every figure
 */
public record Technology(String name, MtjParameters device, Variation variation, SwitchingLaw switching,
                         NeelBrownLaw neelBrown, ReadPath readPath, ExchangeBiasPhysics exchangeBias,
                         Map<Action, Cost> costs, Silicon silicon, ConfigNode file) {
    /** The file format this reader understands. */
    public static final int VERSION = 1;

    public Technology {
        costs = Map.copyOf(costs);
    }

    /** @return the default technology shipped with the emulator */
    public static Technology defaults() {
        return read(ConfigNode.resource(Technology.class, "default-technology.yaml"));
    }

    /**
     * @param file a technology file; one that says {@code based_on: default} (or another file's path,
     *             relative to its own) states only the entries where it differs from that file
     * @return the validated technology
     * @throws ConfigException naming the file, key and allowed range of the first bad value
     */
    public static Technology read(Path file) {
        return read(overBase(ConfigNode.read(file), file, 0));
    }

    /** How many files a chain of {@code based_on} may hold: more is a loop. */
    private static final int MAX_BASES = 8;

    /**
     * A file that names a base ({@code based_on: default}, or a technology file's path relative to its own)
     * states only where it differs: it is laid over its base (see {@link ConfigNode#over}).
     */
    private static ConfigNode overBase(ConfigNode file, Path path, int depth) {
        if (!file.has("based_on")) {
            return file;
        }
        String base = file.text("based_on");
        if (depth >= MAX_BASES) {
            throw file.error("based_on", "= " + base + " makes a chain of more than " + MAX_BASES + " files: a loop?");
        }
        ConfigNode under;
        if (base.equals("default")) {
            under = ConfigNode.resource(Technology.class, "default-technology.yaml");
        } else {
            Path basePath = path.resolveSibling(base);
            under = overBase(ConfigNode.read(basePath), basePath, depth + 1);
        }
        return file.without("based_on").over(under);
    }

    /**
     * @param root the file's top-level mapping
     * @return the validated technology
     */
    public static Technology read(ConfigNode file) {
        if (file.has("based_on")) {
            throw file.error("based_on", "names a base file, which only a technology read from its own file can find");
        }
        file.allowOnly("version", "name", "cmos", "device", "variation", "switching", "read_path",
                "exchange_bias_neuron", "actions", "area", "leakage");
        ConfigNode root = file.withShared("cmos");
        int version = root.integer("version", 1, Integer.MAX_VALUE);
        if (version != VERSION) {
            throw root.error("version", "= " + version + " is not supported: this emulator reads version "
                    + VERSION);
        }
        ConfigNode d = root.child("device");
        d.allowOnly("ra_ohm_um2", "diameter_nm", "tmr", "temperature_k", "thermal_stability",
                "attempt_time_ns", "critical_current_ua", "write_line_resistance_ohm", "levels", "tmr_half_voltage_v");
        double levels = d.sourced("levels", Range.closed(2, 64));
        if (levels != Math.rint(levels)) {
            throw d.error("levels", "= " + levels + " must be a whole number of levels");
        }
        MtjParameters device = new MtjParameters(d.sourced("ra_ohm_um2", Range.positive()),
                d.sourced("diameter_nm", Range.positive()), d.sourced("tmr", Range.positive()),
                d.sourced("temperature_k", Range.positive()), d.sourced("thermal_stability", Range.positive()),
                d.sourced("attempt_time_ns", Range.positive()), d.sourced("critical_current_ua", Range.positive()),
                d.sourced("write_line_resistance_ohm", Range.positive()), (int) levels,
                // Files written before the TMR depended on the bias leave V_h out: a TMR independent of it.
                d.has("tmr_half_voltage_v") ? d.sourced("tmr_half_voltage_v", Range.positive())
                        : Double.POSITIVE_INFINITY);

        ConfigNode v = root.child("variation");
        v.allowOnly("sigma_log_r", "sigma_tmr", "read_noise_sigma", "read_disturb_probability",
                "endurance_cycles", "sigma_thermal_stability", "sigma_critical_current", "sigma_log_attempt_time");
        // Files written before junctions differed in how they switch leave these spreads out: none.
        Variation variation = new Variation(v.sourced("sigma_log_r", Range.closed(0, 1)),
                v.sourced("sigma_tmr", Range.nonNegative()), v.sourced("read_noise_sigma", Range.closed(0, 1)),
                v.sourced("read_disturb_probability", Range.probability()),
                v.sourced("endurance_cycles", new Range(1, true, Double.POSITIVE_INFINITY, true)),
                v.has("sigma_thermal_stability") ? v.sourced("sigma_thermal_stability", Range.closed(0, 1)) : 0,
                v.has("sigma_critical_current") ? v.sourced("sigma_critical_current", Range.closed(0, 1)) : 0,
                v.has("sigma_log_attempt_time") ? v.sourced("sigma_log_attempt_time", Range.closed(0, 10)) : 0);

        ConfigNode s = root.child("switching");
        s.allowOnly("law", "sigmoid", "neel_brown", "stt");
        String lawName = s.choice("law", "sigmoid", "neel-brown", "stt");
        ConfigNode nb = s.child("neel_brown");
        nb.allowOnly("exponent");
        NeelBrownLaw neelBrown = new NeelBrownLaw(device, nb.sourced("exponent", Range.closed(1, 2)));
        ConfigNode sg = s.child("sigmoid");
        sg.allowOnly("fit_width_ns", "to_parallel_midpoint_v", "to_parallel_slope_per_v",
                "to_antiparallel_midpoint_v", "to_antiparallel_slope_per_v");
        SigmoidLaw sigmoid = new SigmoidLaw(
                new SigmoidLaw.Fit(sg.sourced("to_parallel_midpoint_v", Range.positive()),
                        sg.sourced("to_parallel_slope_per_v", Range.positive())),
                new SigmoidLaw.Fit(sg.sourced("to_antiparallel_midpoint_v", Range.positive()),
                        sg.sourced("to_antiparallel_slope_per_v", Range.positive())),
                sg.sourced("fit_width_ns", Range.positive()));

        ConfigNode r = root.child("read_path");
        r.allowOnly("transistor_on_ohm", "transistor_sigma_ohm", "bypass_on_ohm", "capacitance_per_cell_ff",
                "threshold_ratio",
                "tdc_lsb_ps", "read_voltage_v");
        // Files written before transistors varied leave the spread out: identical transistors.
        ReadPath readPath = new ReadPath(r.sourced("transistor_on_ohm", Range.nonNegative()),
                r.has("transistor_sigma_ohm") ? r.sourced("transistor_sigma_ohm", Range.nonNegative()) : 0,
                r.sourced("bypass_on_ohm", Range.nonNegative()),
                r.sourced("capacitance_per_cell_ff", Range.positive()),
                r.sourced("threshold_ratio", Range.open(0, 1)), r.sourced("tdc_lsb_ps", Range.positive()),
                r.sourced("read_voltage_v", Range.positive()));

        ConfigNode e = root.child("exchange_bias_neuron");
        e.allowOnly("thermal_stability", "blocking_temperature_k", "heating_per_pulse_k", "cooling_time_ns",
                "pulse_width_ns", "pulse_current_ratio");
        ExchangeBiasPhysics eb = new ExchangeBiasPhysics(e.sourced("thermal_stability", Range.positive()),
                e.sourced("blocking_temperature_k", new Range(device.temperatureK(), false,
                        Double.POSITIVE_INFINITY, false)),
                e.sourced("heating_per_pulse_k", Range.nonNegative()), e.sourced("cooling_time_ns", Range.positive()),
                e.sourced("pulse_width_ns", Range.positive()), e.sourced("pulse_current_ratio", Range.open(0, 1)));

        Silicon silicon = Silicon.read(root.child("area"), root.child("leakage"), root.child("cmos"));
        ConfigNode a = root.child("actions");
        Map<Action, Cost> costs = new EnumMap<>(Action.class);
        for (Map.Entry<Action, String> derived : DERIVED.entrySet()) {
            if (a.has(derived.getKey().key())) {
                throw a.error(derived.getKey().key(), "cannot be set: it is derived from " + derived.getValue());
            }
        }
        a.allowOnly(java.util.Arrays.stream(Action.values()).filter(act -> !DERIVED.containsKey(act)
                        && !act.isStatic()).map(Action::key).toArray(String[]::new));
        costs.putAll(derivedCosts(device, readPath));
        for (Action act : Action.values()) {
            if (DERIVED.containsKey(act) || act.isStatic()) {
                continue;
            }
            if (!a.has(act.key())) {
                throw a.error(act.key(), "is missing: every action needs an energy and a latency");
            }
            ConfigNode c = a.child(act.key());
            c.allowOnly("energy_fj", "latency_ns");
            List<String> assumed = c.assumedInputs("energy_fj");
            costs.put(act, new Cost(c.sourced("energy_fj", Range.nonNegative()),
                    c.sourced("latency_ns", Range.nonNegative()), c.source("energy_fj")
                    + (assumed.isEmpty() ? "" : Cost.ASSUMED_INPUTS + String.join(", ", assumed) + "]")));
        }
        return new Technology(root.text("name"), device, variation,
                switch (lawName) {
                    case "sigmoid" -> sigmoid;
                    case "stt" -> stt(s.child("stt"), device);
                    default -> neelBrown;
                }, neelBrown, readPath, eb, costs, silicon, file);
    }

    /** The actions whose energy follows from the physics the file describes, and what it follows from. */
    private static final Map<Action, String> DERIVED = Map.of(
            Action.SOT_HEAT, "device.write_line_resistance_ohm (the Joule heat V^2 t / R_SOT of each pulse as programmed)",
            Action.COLUMN_CHARGE, "read_path (the charge C V_th V_read of each string's column)",
            Action.JUNCTION_HEAT, "each junction's own resistance (the count is the heat in attojoules)",
            Action.LINE_CHARGE, "read_path.capacitance_per_cell_ff (the charge C V^2 of each learning line driven)");

    /** The count of {@link Action#JUNCTION_HEAT} is the heat itself, in attojoules. */
    private static final Cost JUNCTION_HEAT = new Cost(1e-3, 0, "derived: counted in attojoules, each pulse's V^2 t / R"
            + " from the resistance of the junction it crosses");

    private static Map<Action, Cost> derivedCosts(MtjParameters device, ReadPath readPath) {
        return Map.of(Action.SOT_HEAT, sotHeat(device), Action.COLUMN_CHARGE, columnCharge(readPath),
                Action.JUNCTION_HEAT, JUNCTION_HEAT, Action.LINE_CHARGE, lineCharge(readPath));
    }

    /**
     * A learning line's charge, C·V² drawn from its driver, per cell on the line and mV² of {@link
     * Action#LINE_CHARGE}: 1 fF · 1 mV² = 1e-21 J = 1e-6 fJ.
     */
    private static Cost lineCharge(ReadPath r) {
        return new Cost(r.capacitancePerCellFf() * 1e-6, 0, String.format(java.util.Locale.ROOT,
                "derived: C V^2 per line driven, C = cells on the line x read_path.capacitance_per_cell_ff = %s fF"
                        + " (the column capacitance each cell adds, taken for row lines too)", r.capacitancePerCellFf()));
    }

    private static Cost columnCharge(ReadPath r) {
        return new Cost(r.chargeEnergyPerCellFj(), 0, String.format(java.util.Locale.ROOT,
                "derived: the read supply moves C V_th per string, C = read_path.capacitance_per_cell_ff = %s fF per cell,"
                        + " V_th = threshold_ratio %s x read_voltage_v %s V, at V_read: C x ratio x V_read^2 per cell",
                r.capacitancePerCellFf(), r.thresholdRatio(), r.readVoltageV()));
    }

    /**
     * The Joule heat of a pulse in the SOT write line, V²·t/R_SOT, per mV²·ps of {@link Action#SOT_HEAT}:
     * not a file entry but a consequence of the junction's write-line resistance.
     */
    private static Cost sotHeat(MtjParameters device) {
        double r = device.writeLineResistanceOhm();
        // 1 mV² · 1 ps / R = 1e-6 V² · 1e-12 s / R = 1e-18 / R J = 1e-3 / R fJ.
        return new Cost(1e-3 / r, 0, String.format(java.util.Locale.ROOT,
                "derived: Joule heat V^2 t / R_SOT in the write line, R_SOT = device.write_line_resistance_ohm = %s Ohm,"
                        + " so 1e-3 / R_SOT fJ per mV^2 ps (0.77 pJ for the measured 894 mV, 0.75 ns pulse, whose"
                        + " measured write energy is about 0.78 pJ)", r));
    }

    /**
     * @param action an action with an energy of its own
     * @return what it costs
     * @throws IllegalArgumentException for the time a power domain stays powered, which leaks per block
     */
    public Cost cost(Action action) {
        if (action.isStatic()) {
            throw new IllegalArgumentException(action + " is powered time: its energy is the leakage of a floorplan");
        }
        return costs.get(action);
    }

    /**
     * An entry of the file whose source is an assumption, wherever it sits: a stated figure, or an input of a
     * derivation.
     *
     * @param path   its dotted key path, as {@link ConfigNode#with} takes it
     * @param value  its value
     * @param source its source, giving the reason
     */
    public record Assumption(String path, double value, String source) {
    }

    /** The sections whose assumptions bear on energy and area, the figures the report weighs. */
    private static final List<String> COSTING = List.of("cmos", "read_path", "actions", "area", "leakage");

    /** @return every assumed entry that energies, leakage or areas follow from, in file order */
    public List<Assumption> assumptions() {
        List<Assumption> out = new java.util.ArrayList<>();
        for (ConfigNode.Leaf leaf : file.leaves()) {
            if (COSTING.contains(leaf.path().split("\\.")[0]) && leaf.source().startsWith("assumed")) {
                out.add(new Assumption(leaf.path(), leaf.value(), leaf.source()));
            }
        }
        return out;
    }

    /**
     * @param assumption one of {@link #assumptions()}
     * @param factor     what to multiply its value by
     * @return the technology read again with that entry scaled, every derivation that uses it following
     * @throws ConfigException if the scaled value leaves the entry's range
     */
    public Technology scaled(Assumption assumption, double factor) {
        return read(file.with(assumption.path(), assumption.value() * factor));
    }

    /** @return a copy with another variation, for sweeps */
    public Technology withVariation(Variation other) {
        return new Technology(name, device, other, switching, neelBrown, readPath, exchangeBias, costs, silicon, file);
    }

    /** @return a copy with another read path; the column charge follows it */
    public Technology withReadPath(ReadPath other) {
        Map<Action, Cost> followed = new EnumMap<>(costs);
        followed.putAll(derivedCosts(device, other));
        return new Technology(name, device, variation, switching, neelBrown, other, exchangeBias, followed, silicon,
                file);
    }

    /** @return a copy with another junction, for sweeps; the laws follow the new junction */
    public Technology withDevice(MtjParameters other) {
        NeelBrownLaw nb = new NeelBrownLaw(other, neelBrown.exponent());
        Map<Action, Cost> followed = new EnumMap<>(costs);
        followed.putAll(derivedCosts(other, readPath));
        SwitchingLaw law = switching instanceof NeelBrownLaw ? nb
                : switching instanceof SttLaw stt ? new SttLaw(other, stt.freeLayerNm(), stt.magnetizationAm(),
                        stt.anisotropyAm(), stt.damping(), stt.polarization(), stt.exponent(), stt.vcmaFjPerVm(),
                        stt.oxideNm())
                : switching;
        return new Technology(name, other, variation, law, nb, readPath, exchangeBias, followed, silicon, file);
    }

    /** The spin-transfer-torque law of the {@code switching.stt} section, read only when it is the law. */
    private static SttLaw stt(ConfigNode stt, MtjParameters device) {
        stt.allowOnly("free_layer_nm", "saturation_magnetization_a_per_m", "anisotropy_field_a_per_m", "damping",
                "polarization", "exponent", "vcma_coefficient_fj_per_vm", "oxide_nm");
        // VCMA is optional and takes both its coefficient and the barrier's thickness.
        boolean vcma = stt.has("vcma_coefficient_fj_per_vm") || stt.has("oxide_nm");
        return new SttLaw(device, stt.sourced("free_layer_nm", Range.positive()),
                stt.sourced("saturation_magnetization_a_per_m", Range.positive()),
                stt.sourced("anisotropy_field_a_per_m", Range.positive()), stt.sourced("damping", Range.positive()),
                stt.sourced("polarization", new Range(0, false, 1, false)), stt.sourced("exponent", Range.closed(1, 2)),
                vcma ? stt.sourced("vcma_coefficient_fj_per_vm", Range.closed(-10_000, 10_000)) : 0,
                vcma ? stt.sourced("oxide_nm", Range.positive()) : 1);
    }
}
