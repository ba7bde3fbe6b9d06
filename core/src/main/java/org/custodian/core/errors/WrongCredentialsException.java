package org.custodian.core.errors;

/** The same refusal whether the username is unknown or the password is wrong, so neither is revealed. */
public final class WrongCredentialsException extends CustodianException {
    private static final long serialVersionUID = 1L;

    public WrongCredentialsException() {
        super("The username or password is not right. Check both and try again.");
    }
}
