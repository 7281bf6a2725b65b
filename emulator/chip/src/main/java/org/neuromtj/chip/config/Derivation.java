package org.neuromtj.chip.config;

import java.util.Map;

/**
 * A derivation's formula, evaluated: numbers, named inputs, {@code + - * /}, unary minus,
 * parentheses and {@code sqrt(…)}, with the usual precedence. It exists so that a configuration file can say how a figure
 * follows from sourced inputs and have the loader compute it, instead of stating a result by hand.
 */
final class Derivation {
    private final String formula;
    private final Map<String, Double> inputs;
    private int at;

    private static final String SQRT = "sqrt";

    private Derivation(String formula, Map<String, Double> inputs) {
        this.formula = formula;
        this.inputs = inputs;
    }

    /**
     * @param formula the expression
     * @param inputs  the value of each name it may use
     * @return its value
     * @throws IllegalArgumentException naming the position and what was wrong there
     */
    static double evaluate(String formula, Map<String, Double> inputs) {
        Derivation d = new Derivation(formula, inputs);
        double v = d.sum();
        d.skipSpaces();
        if (d.at != formula.length()) {
            throw d.error("unexpected '" + formula.charAt(d.at) + "'");
        }
        return v;
    }

    /**
     * @param formula an expression
     * @return the input names it uses, each once, in order of first use
     */
    static java.util.List<String> names(String formula) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = NAME.matcher(formula);
        while (m.find()) {
            if (!(m.group().equals(SQRT) && formula.startsWith("(", m.end()))) {
                names.add(m.group());
            }
        }
        return java.util.List.copyOf(names);
    }

    /** A name: not the exponent of a number such as 1e-3, which follows a digit or a point. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<![0-9.A-Za-z_])[A-Za-z_][A-Za-z0-9_]*");

    private double sum() {
        double v = product();
        while (true) {
            skipSpaces();
            if (take('+')) {
                v += product();
            } else if (take('-')) {
                v -= product();
            } else {
                return v;
            }
        }
    }

    private double product() {
        double v = factor();
        while (true) {
            skipSpaces();
            if (take('*')) {
                v *= factor();
            } else if (take('/')) {
                v /= factor();
            } else {
                return v;
            }
        }
    }

    private double factor() {
        skipSpaces();
        if (take('-')) {
            return -factor();
        }
        if (take('(')) {
            double v = sum();
            skipSpaces();
            if (!take(')')) {
                throw error("missing ')'");
            }
            return v;
        }
        int start = at;
        if (at < formula.length() && (Character.isDigit(formula.charAt(at)) || formula.charAt(at) == '.')) {
            while (at < formula.length() && (Character.isDigit(formula.charAt(at)) || formula.charAt(at) == '.'
                    || formula.charAt(at) == 'e' || formula.charAt(at) == 'E'
                    || (formula.charAt(at) == '-' && (formula.charAt(at - 1) == 'e' || formula.charAt(at - 1) == 'E')))) {
                at++;
            }
            try {
                return Double.parseDouble(formula.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("not a number: " + formula.substring(start, at));
            }
        }
        while (at < formula.length() && (Character.isLetterOrDigit(formula.charAt(at)) || formula.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw error(at < formula.length() ? "unexpected '" + formula.charAt(at) + "'" : "unexpected end");
        }
        String name = formula.substring(start, at);
        if (name.equals(SQRT) && take('(')) {
            double arg = sum();
            skipSpaces();
            if (!take(')')) {
                throw error("missing ')'");
            }
            if (arg < 0) {
                throw error("sqrt of a negative number, " + arg);
            }
            return Math.sqrt(arg);
        }
        Double v = inputs.get(name);
        if (v == null) {
            throw error("no input named " + name + " (inputs: " + String.join(", ", new java.util.TreeSet<>(
                    inputs.keySet())) + ")");
        }
        return v;
    }

    private boolean take(char c) {
        if (at < formula.length() && formula.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < formula.length() && formula.charAt(at) == ' ') {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("in \"" + formula + "\" at " + (at + 1) + ": " + problem);
    }
}
