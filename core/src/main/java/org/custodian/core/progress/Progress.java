package org.custodian.core.progress;

/** Told how far a long piece of work (backup, import, disposal sweep) has gone, on the thread doing it. */
@FunctionalInterface
public interface Progress {

    void at(long done, long total);

    static Progress none() {
        return (done, total) -> { };
    }
}
