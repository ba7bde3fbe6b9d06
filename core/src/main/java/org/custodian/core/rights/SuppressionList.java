package org.custodian.core.rights;

import static org.custodian.core.store.schema.Tables.SUPPRESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.custodian.core.names.NameMatching;
import org.custodian.core.store.PlainBytes;
import org.custodian.core.store.RowMac;
import org.custodian.core.validation.Emails;
import org.custodian.core.validation.Phones;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * People who were erased, known only by keyed hashes of their normalised identifiers: email (lower case), phone
 * (E.164), and name (folded as search folds it) with date of birth. Erasure adds an entry; intake and import ask
 * {@link #matches} so the agent is warned when the person comes back, without the store keeping who they were.
 *
 * <p>The hash is the store's row-MAC key (HMAC-SHA256) over a label naming the identifier kind and its value, so
 * it cannot be recomputed from a guessed email without the data key.
 */
public final class SuppressionList {

    private static final String TABLE = "suppression";
    private final RowMac rowMac;

    public SuppressionList(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    /** Which of a person's identifiers matched an erased person's. */
    public enum MatchedOn { EMAIL, PHONE, NAME_DOB }

    /**
     * The identifiers of a person arriving (any may be null), as typed: they are normalised here the same way
     * erasure normalised them.
     */
    public record Identifiers(String fullName, LocalDate dateOfBirth, String email, String phone) {
    }

    /** Whether these identifiers belong to someone erased, and on which ones. Empty when none matched. */
    public Set<MatchedOn> matches(DSLContext dsl, Identifiers person) {
        Set<MatchedOn> matched = EnumSet.noneOf(MatchedOn.class);
        for (Entry entry : entries(person)) {
            if (dsl.fetchExists(SUPPRESSION, SUPPRESSION.KIND.eq(entry.kind().name())
                    .and(SUPPRESSION.DIGEST.eq(DSL.val(entry.digest(), PlainBytes.TYPE))))) {
                matched.add(entry.kind());
            }
        }
        return matched;
    }

    /** Adds the person's identifiers (erasure, in its transaction). Returns how many entries were written. */
    public int add(DSLContext tx, Identifiers person, Long requestId, Instant at) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        int added = 0;
        for (Entry entry : entries(person)) {
            if (tx.fetchExists(SUPPRESSION, SUPPRESSION.KIND.eq(entry.kind().name())
                    .and(SUPPRESSION.DIGEST.eq(DSL.val(entry.digest(), PlainBytes.TYPE))))) {
                continue;
            }
            long id = tx.insertInto(SUPPRESSION).set(SUPPRESSION.KIND, entry.kind().name()).set(SUPPRESSION.DIGEST, entry.digest())
                    .set(SUPPRESSION.REQUEST_ID, requestId).set(SUPPRESSION.CREATED_AT, when).set(SUPPRESSION.MAC, new byte[32])
                    .returning(SUPPRESSION.ID).fetchOne(SUPPRESSION.ID);
            tx.update(SUPPRESSION).set(SUPPRESSION.MAC, rowMac.of(TABLE, id, entry.kind().name(), entry.digest(), requestId, when))
                    .where(SUPPRESSION.ID.eq(id)).execute();
            added++;
        }
        return added;
    }

    private record Entry(MatchedOn kind, byte[] digest) {
    }

    private List<Entry> entries(Identifiers person) {
        List<Entry> out = new ArrayList<>();
        if (person.email() != null && !person.email().isBlank()) {
            String email = Emails.check("Email", person.email()).valueIfValid().orElse(person.email().strip())
                    .toLowerCase(Locale.ROOT);
            out.add(new Entry(MatchedOn.EMAIL, digest(MatchedOn.EMAIL, email)));
        }
        if (person.phone() != null && !person.phone().isBlank()) {
            String phone = Phones.check("Phone", person.phone()).valueIfValid().orElse(person.phone().replaceAll("[^0-9+]", ""));
            out.add(new Entry(MatchedOn.PHONE, digest(MatchedOn.PHONE, phone)));
        }
        if (person.fullName() != null && !person.fullName().isBlank() && person.dateOfBirth() != null) {
            String key = NameMatching.fold(person.fullName()) + "|" + person.dateOfBirth();
            out.add(new Entry(MatchedOn.NAME_DOB, digest(MatchedOn.NAME_DOB, key)));
        }
        return out;
    }

    private byte[] digest(MatchedOn kind, String normalised) {
        return rowMac.of("suppression-identifier:" + kind.name(), normalised);
    }
}
