package org.neuromtj.emulator.npu.router;

/** A routing table that would send packets off the mesh, around a loop, or against X-then-Y order. */
public final class RoutingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message which router, which key and what is wrong */
    public RoutingException(String message) {
        super(message);
    }
}
