package org.neuromtj.isa.regs.gen;

import org.neuromtj.isa.regs.RegisterMap;

/** Turns the register description into the text of one generated file. */
@FunctionalInterface
public interface Generator {

    /** Header line stating that a file is generated, without comment markers. */
    String NOTICE = "Generated from isa/src/main/resources/org/neuromtj/isa/registers.yaml"
            + " by `./neuromtj regen`. Do not edit.";

    /**
     * @param map the validated register description
     * @return the complete file content
     */
    String generate(RegisterMap map);

    /**
     * @param value unsigned value
     * @param digits minimum number of hex digits
     * @return upper-case hex digits without prefix, zero-padded
     */
    static String hex(long value, int digits) {
        String s = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }
}
