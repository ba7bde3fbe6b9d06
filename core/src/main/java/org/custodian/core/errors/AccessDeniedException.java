package org.custodian.core.errors;

/** The signed-in person's role does not allow the action. Checked in core services, not only in the UI. */
public final class AccessDeniedException extends CustodianException {
    private static final long serialVersionUID = 1L;
    private final String action;

    public AccessDeniedException(String action, String allowedRoleText) {
        super("Only " + allowedRoleText + " can " + action + ".");
        this.action = action;
    }

    public String action() {
        return action;
    }
}
