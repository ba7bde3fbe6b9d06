package org.custodian.core.auth;

import org.custodian.core.errors.AccessDeniedException;

/** Who is signed in. Every core service takes it and checks the role itself; hiding a button is not a check. */
public record Session(long userId, String username, String displayName, Role role) {

    /** Throws a typed refusal, e.g. "Only a team lead can add users.", unless this session has the role. */
    public void require(Role needed, String action) {
        if (role != needed) {
            throw new AccessDeniedException(action, needed.withArticle());
        }
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }
}
