package org.custodian.core.synthetic;

/** Told after each committed batch how many of the requested customers are in the store. */
@FunctionalInterface
public interface ProgressListener {

    void progressed(int done, int total);

    static ProgressListener none() {
        return (done, total) -> { };
    }
}
