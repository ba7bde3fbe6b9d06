package org.custodian.core.audit.review;

import static org.custodian.core.store.schema.Tables.REVIEW_RESULT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.custodian.core.errors.IntegrityException;
import org.custodian.core.store.RowMac;
import org.custodian.core.store.schema.tables.records.ReviewResultRecord;
import org.jooq.DSLContext;

/** Imported review results. The comment is free text, so every row carries a MAC over every column. */
public final class ReviewResultRepository {

    private static final String TABLE = "review_result";
    private final RowMac rowMac;

    public ReviewResultRepository(RowMac rowMac) {
        this.rowMac = rowMac;
    }

    public StoredReview insert(DSLContext tx, String resultsHash, ReviewResult result, long reviewerKeyId, Instant importedAt,
                               long importedBy) {
        Instant reviewed = result.reviewedAt().truncatedTo(ChronoUnit.MICROS);
        Instant imported = importedAt.truncatedTo(ChronoUnit.MICROS);
        long id = tx.insertInto(REVIEW_RESULT).set(REVIEW_RESULT.RESULTS_HASH, resultsHash)
                .set(REVIEW_RESULT.INTERACTION_ID, result.interactionId()).set(REVIEW_RESULT.VERDICT, result.verdict().name())
                .set(REVIEW_RESULT.COMMENT, result.comment()).set(REVIEW_RESULT.REVIEWED_AT, utc(reviewed))
                .set(REVIEW_RESULT.REVIEWER_KEY, reviewerKeyId).set(REVIEW_RESULT.IMPORTED_AT, utc(imported))
                .set(REVIEW_RESULT.IMPORTED_BY, importedBy).set(REVIEW_RESULT.MAC, new byte[32])
                .returning(REVIEW_RESULT.ID).fetchOne(REVIEW_RESULT.ID);
        StoredReview saved = new StoredReview(id, resultsHash, result.interactionId(), result.verdict(), result.comment(), reviewed,
                reviewerKeyId, imported, importedBy);
        tx.update(REVIEW_RESULT).set(REVIEW_RESULT.MAC, rowMac.of(TABLE, fields(saved))).where(REVIEW_RESULT.ID.eq(id)).execute();
        return saved;
    }

    public boolean imported(DSLContext dsl, String resultsHash) {
        return dsl.fetchExists(REVIEW_RESULT, REVIEW_RESULT.RESULTS_HASH.eq(resultsHash));
    }

    /** Newest import first. */
    public List<StoredReview> all(DSLContext dsl, int limit) {
        return dsl.selectFrom(REVIEW_RESULT).orderBy(REVIEW_RESULT.ID.desc()).limit(limit).fetch(this::verified);
    }

    private StoredReview verified(ReviewResultRecord r) {
        StoredReview s;
        try {
            s = new StoredReview(r.getId(), r.getResultsHash(), r.getInteractionId(), Verdict.valueOf(r.getVerdict()), r.getComment(),
                    r.getReviewedAt().toInstant(), r.getReviewerKey(), r.getImportedAt().toInstant(), r.getImportedBy());
        } catch (RuntimeException e) {
            throw new IntegrityException(TABLE, r.getId());
        }
        if (!rowMac.matches(r.getMac(), TABLE, fields(s))) {
            throw new IntegrityException(TABLE, s.id());
        }
        return s;
    }

    private static Object[] fields(StoredReview s) {
        return new Object[] {s.id(), s.resultsHash(), s.interactionId(), s.verdict().name(), s.comment(), s.reviewedAt(),
                s.reviewerKeyId(), s.importedAt(), s.importedBy()};
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
