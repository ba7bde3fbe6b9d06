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
        log.error("Unexpected {} while {}", describe(failure), during);
        return UNEXPECTED;
    }

    /**
     * The failure's class, the classes of its causes and where it was thrown: enough to find the bug, and
     * never a message, since messages from the database layer can carry stored values.
     */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        StackTraceElement[] frames = failure.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 6); i++) {
            text.append(i == 0 ? " at " : " < ").append(frames[i].getClassName()).append('.')
                    .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
        }
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" caused by ").append(cause.getClass().getName());
        }
        return text.toString();
    }
}
