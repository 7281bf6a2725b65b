package org.neuromtj.chip.npu.router;

/** A routing table that would send packets off the mesh, around a loop, or against X-then-Y order. */
public final class RoutingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int router;

    /**
     * @param router  the router whose table is refused
     * @param problem what is wrong, after the router's name
     */
    public RoutingException(int router, String problem) {
        super("router " + router + problem);
        this.router = router;
    }

    /** @return the router whose table is refused */
    public int router() {
        return router;
    }
}
