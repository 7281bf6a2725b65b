package org.neuromtj.sweep.run;

import java.io.Serializable;

/**
 * One unit of a sweep's work: a point's shard of images.
 *
 * @param point the point's index in the design
 * @param shard the shard's index: images shard·size to (shard + 1)·size − 1
 */
public record Task(int point, int shard) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "point " + point + " shard " + shard;
    }
}
