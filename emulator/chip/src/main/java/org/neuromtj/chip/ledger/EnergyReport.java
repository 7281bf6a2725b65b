package org.neuromtj.chip.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a ledger's actions cost under a technology: the only place counts meet joules.
 *
 * @param byAction energy per action type, in femtojoules
 * @param byBlock  energy per block, in femtojoules
 * @param counts   how many times each action was performed
 */
public record EnergyReport(Map<Action, Double> byAction, Map<Block, Double> byBlock, Map<Action, Long> counts) {

    public EnergyReport {
        byAction = Collections.unmodifiableMap(new EnumMap<>(byAction));
        byBlock = Collections.unmodifiableMap(new EnumMap<>(byBlock));
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /**
     * @param ledger     what was done
     * @param technology what each action costs
     * @return the energy of everything the ledger counted
     */
    public static EnergyReport of(Ledger ledger, Technology technology) {
        return of(List.of(ledger), technology);
    }

    /**
     * @param ledgers    what several blocks did, such as every tile of the mesh
     * @param technology what each action costs
     * @return the energy of everything they counted
     */
    public static EnergyReport of(Collection<Ledger> ledgers, Technology technology) {
        long[] counts = new long[Action.values().length];
        for (Ledger ledger : ledgers) {
            for (Action a : Action.values()) {
                counts[a.ordinal()] += ledger.total(a);
            }
        }
        return of(counts, technology);
    }

    /**
     * @param timestep   one closed timestep
     * @param technology what each action costs
     * @return the energy of that timestep
     */
    public static EnergyReport of(Ledger.Timestep timestep, Technology technology) {
        long[] counts = new long[Action.values().length];
        for (Action a : Action.values()) {
            counts[a.ordinal()] = timestep.count(a);
        }
        return of(counts, technology);
    }

    /**
     * @param counts     how many times each action was performed, by {@link Action#ordinal()}
     * @param technology what each action costs
     * @return their energy
     */
    public static EnergyReport of(long[] counts, Technology technology) {
        Map<Action, Double> byAction = new EnumMap<>(Action.class);
        Map<Block, Double> byBlock = new EnumMap<>(Block.class);
        Map<Action, Long> count = new EnumMap<>(Action.class);
        for (Block b : Block.values()) {
            byBlock.put(b, 0.0);
        }
        for (Action a : Action.values()) {
            double fj = counts[a.ordinal()] * technology.cost(a).energyFj();
            byAction.put(a, fj);
            byBlock.merge(a.block(), fj, Double::sum);
            count.put(a, counts[a.ordinal()]);
        }
        return new EnergyReport(byAction, byBlock, count);
    }

    /** @return the total energy in femtojoules */
    public double totalFj() {
        return byAction.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** @return energy per spike emitted, in femtojoules (NaN without spikes) */
    public double perSpikeFj() {
        long spikes = counts.get(Action.SPIKE);
        return spikes == 0 ? Double.NaN : totalFj() / spikes;
    }

    /** @return energy per synaptic operation (one cell read in a string), in femtojoules (NaN without) */
    public double perSynapticOpFj() {
        long ops = counts.get(Action.CELL_READ);
        return ops == 0 ? Double.NaN : totalFj() / ops;
    }
}
