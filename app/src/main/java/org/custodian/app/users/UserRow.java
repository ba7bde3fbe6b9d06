package org.custodian.app.users;

import org.custodian.core.users.User;

/** One line of the users table, already in words. */
public record UserRow(long id, String username, String displayName, String role, String status, boolean disabled) {

    static UserRow of(User user) {
        String status = user.disabled() ? "Disabled" : user.mustChangePassword() ? "Password change due" : "Active";
        return new UserRow(user.id(), user.username(), user.displayName(), user.role().label(), status, user.disabled());
    }
}
