package org.neuromtj.chip.npu.control;

/**
 * What the NPU's control blocks report to its register front: interrupt causes and sticky errors. The
 * front recomputes the interrupt line from them in one place.
 */
interface NpuStatus {
    /** @param pendingBits IRQ_PENDING bits to set */
    void raise(int pendingBits);

    /** @param statusBit a sticky STATUS error bit to set; raises the error interrupt */
    void error(int statusBit);

    /** Recomputes the interrupt line after state the line depends on has changed. */
    void changed();
}
