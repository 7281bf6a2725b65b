package org.neuromtj.isa.core;

/**
 * Guest code translated to a JVM class: a run of instructions from one address up to and including its
 * first branch or jump, looping in place when that branch returns to its start.
 */
interface TranslatedBlock {
    /**
     * Runs the block on the hart if every instruction of it would start before the hart's batch ends
     * ({@code cycle < limit} before each, as the interpreter checks); otherwise leaves the hart as it was.
     * A run that meets what translated code does not do (a device access, a misaligned access, a jump to
     * a misaligned target) stops before that instruction, with the hart exactly as the interpreter would
     * have left it there, so that the interpreter can go on.
     *
     * @param hart the hart whose state the block reads and writes
     * @return whether it ran any instruction
     */
    boolean run(Hart hart);
}
