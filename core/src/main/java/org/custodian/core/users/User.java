package org.custodian.core.users;

import java.time.Instant;
import org.custodian.core.auth.Role;

/** A staff account. Its password lives only as a key-ring slot, never in the database. */
public record User(long id, String username, String displayName, Role role, boolean disabled,
                   boolean mustChangePassword, Instant createdAt) {

    public User withDisabled(boolean value) {
        return new User(id, username, displayName, role, value, mustChangePassword, createdAt);
    }

    public User withMustChangePassword(boolean value) {
        return new User(id, username, displayName, role, disabled, value, createdAt);
    }
}
