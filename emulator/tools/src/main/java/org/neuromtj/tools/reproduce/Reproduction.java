package org.neuromtj.tools.reproduce;

import java.util.List;
import java.util.Map;

/**
 * What a reproduction found: each figure of ours with its conditions, beside the paper's only where the
 * conditions are the same and otherwise with what differs; tables of the experiment's sweeps; and the
 * assumptions the figures rest on, each with how much its figure moves when it is halved or doubled.
 *
 * @param name        the experiment's name
 * @param title       what it reproduces
 * @param source      the paper
 * @param seed        the master seed
 * @param quick       whether this was the short form
 * @param figures     the figures
 * @param tables      the sweeps
 * @param plots       curves drawn from the tables
 * @param assumptions the assumptions, each with its effect
 */
public record Reproduction(String name, String title, String source, long seed, boolean quick, List<Figure> figures,
                           List<Table> tables, List<Plot> plots, List<Assumption> assumptions) {

    /**
     * One figure of ours and the paper's counterpart.
     *
     * @param quantity        what is measured
     * @param unit            its unit
     * @param ours            our value
     * @param ourConditions   how ours was obtained
     * @param paper           the paper's value, or null where the paper has none
     * @param paperConditions how the paper's was obtained
     * @param differences     what differs between the two conditions; empty when they are the same
     * @param why             how far ours is from the paper's and why, or why they cannot be compared
     */
    public record Figure(String quantity, String unit, double ours, String ourConditions, Double paper,
                         String paperConditions, List<String> differences, String why) {
        /** @return whether the paper's figure may stand beside ours */
        public boolean likeForLike() {
            return paper != null && differences.isEmpty();
        }
    }

    /**
     * A table of an experiment's points.
     *
     * @param title   what it shows
     * @param columns column headings
     * @param rows    the rows, formatted
     * @param note    how to read it
     */
    public record Table(String title, List<String> columns, List<List<String>> rows, String note) {
    }

    /**
     * Curves of an experiment's points.
     *
     * @param title  what it shows
     * @param x      the x axis' label
     * @param y      the y axis' label
     * @param series each curve's (x, y) points by the curve's name
     */
    public record Plot(String title, String x, String y, Map<String, List<double[]>> series) {
    }

    /**
     * An assumption a figure rests on.
     *
     * @param name    the assumed input
     * @param value   its value, with unit
     * @param figure  the figure it moves
     * @param halved  that figure with the input halved
     * @param doubled that figure with the input doubled
     */
    public record Assumption(String name, String value, String figure, String halved, String doubled) {
    }
}
