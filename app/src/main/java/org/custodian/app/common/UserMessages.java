package org.custodian.app.common;

import org.custodian.core.errors.CustodianException;
import org.slf4j.Logger;

/**
 * Turns any failure into the one sentence a person sees. Core's typed errors carry their own sentence; anything
 * else is a bug, logged by class name only because messages from the database layer can echo stored values.
 */
public final class UserMessages {

    public static final String UNEXPECTED = "Something went wrong; the details are in the log file.";

    private UserMessages() {
    }

    public static String sentenceFor(Throwable failure, Logger log, String during) {
        if (failure instanceof CustodianException known) {
            log.info("{} refused: {}", during, known.getClass().getSimpleName());
            return known.userMessage();
        }
        log.error("Unexpected {} while {}", failure.getClass().getName(), during);
        return UNEXPECTED;
    }
}
