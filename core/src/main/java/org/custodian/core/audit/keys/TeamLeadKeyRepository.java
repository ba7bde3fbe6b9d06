package org.custodian.core.audit.keys;

import static org.custodian.core.store.schema.Tables.TEAM_LEAD_KEY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.TeamLeadKeyRecord;
import org.jooq.DSLContext;

/** Registered team-lead public keys, each row under a MAC so a swapped key is reported, never trusted. */
public final class TeamLeadKeyRepository {

    private static final String TABLE = "team_lead_key";
    private final RowMac rowMac;

    public TeamLeadKeyRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public RegisteredKey insert(DSLContext tx, TeamLeadPublicKey key, long ownerId, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        long id = tx.insertInto(TEAM_LEAD_KEY).set(TEAM_LEAD_KEY.FINGERPRINT, key.fingerprint())
                .set(TEAM_LEAD_KEY.SIGN_PUBLIC, key.signing()).set(TEAM_LEAD_KEY.RECEIVE_PUBLIC, key.receiving())
                .set(TEAM_LEAD_KEY.OWNER_ID, ownerId).set(TEAM_LEAD_KEY.REGISTERED_AT, when)
                .set(TEAM_LEAD_KEY.MAC, new byte[32]).returning(TEAM_LEAD_KEY.ID).fetchOne(TEAM_LEAD_KEY.ID);
        RegisteredKey saved = new RegisteredKey(id, key, ownerId, when.toInstant(), null);
        tx.update(TEAM_LEAD_KEY).set(TEAM_LEAD_KEY.MAC, mac(saved)).where(TEAM_LEAD_KEY.ID.eq(id)).execute();
        return saved;
    }

    public void retire(DSLContext tx, RegisteredKey key, Instant at) {
        RegisteredKey retired = new RegisteredKey(key.id(), key.key(), key.ownerId(), key.registeredAt(),
                at.truncatedTo(ChronoUnit.MICROS));
        tx.update(TEAM_LEAD_KEY).set(TEAM_LEAD_KEY.RETIRED_AT, OffsetDateTime.ofInstant(retired.retiredAt(), ZoneOffset.UTC))
                .set(TEAM_LEAD_KEY.MAC, mac(retired)).where(TEAM_LEAD_KEY.ID.eq(key.id())).execute();
    }

    public List<RegisteredKey> all(DSLContext dsl) {
        return dsl.selectFrom(TEAM_LEAD_KEY).orderBy(TEAM_LEAD_KEY.ID).fetch(this::verified);
    }

    public Optional<RegisteredKey> byFingerprint(DSLContext dsl, String fingerprint) {
        return dsl.selectFrom(TEAM_LEAD_KEY).where(TEAM_LEAD_KEY.FINGERPRINT.eq(fingerprint)).fetchOptional().map(this::verified);
    }

    private RegisteredKey verified(TeamLeadKeyRecord r) {
        RegisteredKey key;
        try {
            key = new RegisteredKey(r.getId(), new TeamLeadPublicKey(r.getSignPublic(), r.getReceivePublic()), r.getOwnerId(),
                    r.getRegisteredAt().toInstant(), r.getRetiredAt() == null ? null : r.getRetiredAt().toInstant());
        } catch (RuntimeException e) {
            throw new IntegrityException(TABLE, r.getId());
        }
        if (!key.fingerprint().equals(r.getFingerprint()) || !rowMac.matches(r.getMac(), TABLE, macFields(key))) {
            throw new IntegrityException(TABLE, r.getId());
        }
        return key;
    }

    private byte[] mac(RegisteredKey k) {
        return rowMac.of(TABLE, macFields(k));
    }

    private static Object[] macFields(RegisteredKey k) {
        return new Object[] {k.id(), k.fingerprint(), k.key().signing(), k.key().receiving(), k.ownerId(), k.registeredAt(),
                k.retiredAt()};
    }
}
