package org.custodian.core.users;

import static org.custodian.core.store.schema.Tables.APP_USER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.AppUserRecord;
import org.jooq.DSLContext;

/** Staff accounts. Each row carries a MAC, so a role or a name changed outside Custodian is caught on read. */
public final class UserRepository {

    private static final String TABLE = "app_user";
    private final RowMac rowMac;

    public UserRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public User insert(DSLContext tx, String username, String displayName, Role role, Instant createdAt,
                       boolean mustChangePassword) {
        Instant created = createdAt.truncatedTo(ChronoUnit.MICROS);
        long id = tx.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.DISABLED, false)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.CREATED_AT, OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
                .set(APP_USER.MAC, new byte[32])
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        User user = new User(id, username, displayName, role, false, mustChangePassword, created);
        update(tx, user);
        return user;
    }

    public void update(DSLContext tx, User user) {
        tx.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, user.displayName())
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.DISABLED, user.disabled())
                .set(APP_USER.MUST_CHANGE_PASSWORD, user.mustChangePassword())
                .set(APP_USER.MAC, mac(user))
                .where(APP_USER.ID.eq(user.id()))
                .execute();
    }

    public Optional<User> findByUsername(DSLContext dsl, String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(this::verified);
    }

    public Optional<User> findById(DSLContext dsl, long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(this::verified);
    }

    public List<User> all(DSLContext dsl) {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(this::verified);
    }

    public boolean usernameTaken(DSLContext dsl, String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    private User verified(AppUserRecord row) {
        Role role;
        try {
            role = Role.valueOf(row.getRole());
        } catch (IllegalArgumentException e) {
            throw new IntegrityException(TABLE, row.getId());
        }
        User user = new User(row.getId(), row.getUsername(), row.getDisplayName(), role, row.getDisabled(),
                row.getMustChangePassword(), row.getCreatedAt().toInstant());
        if (!rowMac.matches(row.getMac(), TABLE, macFields(user))) {
            throw new IntegrityException(TABLE, row.getId());
        }
        return user;
    }

    private byte[] mac(User user) {
        return rowMac.of(TABLE, macFields(user));
    }

    /** The MAC covers every column but the MAC itself, the id included so rows cannot swap MACs. */
    private static Object[] macFields(User u) {
        return new Object[] {u.id(), u.username(), u.displayName(), u.role().name(), u.disabled(),
                u.mustChangePassword(), u.createdAt()};
    }
}
