package org.custodian.core.errors;

/**
 * Base of every failure Custodian shows to a person. The message is always one plain sentence that says what
 * happened and what to do; it never holds personal data, a value the person typed, or database text.
 */
public abstract class CustodianException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected CustodianException(String userMessage) {
        super(userMessage);
    }

    protected CustodianException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The sentence to show. */
    public String userMessage() {
        return getMessage();
    }
}
