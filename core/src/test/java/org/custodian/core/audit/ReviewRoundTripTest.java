package org.custodian.core.audit;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.audit.review.EntryScore;
import org.custodian.core.audit.review.OfflineReview;
import org.custodian.core.audit.review.StoredReview;
import org.custodian.core.audit.review.Verdict;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewRoundTripTest {

    private static final String COMMENT = "Go over the read-back with Priya Shah's call in mind";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace store;
    private TeamLeadKeys lead;
    private String fingerprint;

    @BeforeEach
    void open() {
        lead = TeamLeadKeys.generate();
        store = AuditFixture.store(dir.resolve("a"), clock);
        store.auditKeys().register(store.session(), lead.publicKey());
        fingerprint = store.auditKeys().storeFingerprint(store.session());
        AuditFixture.intake(store, clock, "Priya Shah", "321");
        AuditFixture.intake(store, clock, "Tom Example", "322");
    }

    @AfterEach
    void close() {
        store.close();
        lead.close();
    }

    private OfflineReview reviewOffline() {
        byte[] pack = store.auditPacks().export(store.session(), new PackRequest(AuditFixture.dayStart(clock),
                clock.now.plusSeconds(1), null), lead.publicKey().fingerprint());
        return OfflineReview.open(pack, lead, fingerprint::equals, clock);
    }

    @Test
    void verdictsMadeOfflineComeBackAsEventsWithTheCommentKeptOutOfThem() {
        OfflineReview review = reviewOffline();
        List<EntryScore> scores = review.scores();
        assertEquals(2, scores.size());
        assertTrue(scores.stream().allMatch(EntryScore::passed), "real intakes with read-back meet every point");
        assertThrows(InvalidInputException.class, () -> review.mark(scores.get(0).entry().interactionId(), Verdict.COACHING, " "),
                "a coaching flag needs a comment");
        review.mark(scores.get(0).entry().interactionId(), Verdict.COACHING, COMMENT);
        review.mark(scores.get(1).entry().interactionId(), Verdict.REVIEWED, "");
        byte[] results = review.signedResults(lead);

        assertEquals(2, store.auditPacks().importResults(store.session(), results));
        List<StoredReview> stored = store.auditPacks().results(store.session());
        assertEquals(Set.of(Verdict.COACHING, Verdict.REVIEWED), Set.of(stored.get(0).verdict(), stored.get(1).verdict()));
        assertTrue(stored.stream().anyMatch(s -> COMMENT.equals(s.comment())));
        List<String> details = store.store().dsl().select(EVENT.DETAILS).from(EVENT)
                .where(EVENT.ACTION.eq("REVIEW_RESULT_IMPORTED")).fetch(EVENT.DETAILS);
        assertEquals(2, details.size());
        assertTrue(details.stream().anyMatch(d -> d.contains("verdict=COACHING")));
        assertTrue(details.stream().noneMatch(d -> d.contains("Priya") || d.contains("read-back")), "no comment in events");

        assertEquals(Reason.RESULTS_ALREADY_IMPORTED, assertThrows(AuditFileException.class,
                () -> store.auditPacks().importResults(store.session(), results)).reason());
    }

    @Test
    void changedUnregisteredOrForeignResultsAreRefused() {
        OfflineReview review = reviewOffline();
        review.mark(review.scores().get(0).entry().interactionId(), Verdict.COACHING, COMMENT);
        byte[] results = review.signedResults(lead);
        byte[] changed = results.clone();
        int at = new String(results, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("COACHING");
        changed[at] = 'X';
        assertEquals(Reason.RESULTS_BAD_SIGNATURE, assertThrows(AuditFileException.class,
                () -> store.auditPacks().importResults(store.session(), changed)).reason());
        try (TeamLeadKeys stranger = TeamLeadKeys.generate()) {
            byte[] bySomeoneElse = reviewWithRecipient(stranger);
            assertEquals(Reason.RESULTS_SIGNER_NOT_REGISTERED, assertThrows(AuditFileException.class,
                    () -> store.auditPacks().importResults(store.session(), bySomeoneElse)).reason());
        }
        try (Workspace other = AuditFixture.store(dir.resolve("b"), clock)) {
            other.auditKeys().register(other.session(), lead.publicKey());
            assertEquals(Reason.RESULTS_OTHER_STORE, assertThrows(AuditFileException.class,
                    () -> other.auditPacks().importResults(other.session(), results)).reason());
        }
        assertEquals(Reason.NOT_REVIEW_RESULTS, assertThrows(AuditFileException.class,
                () -> store.auditPacks().importResults(store.session(), "hello".getBytes())).reason());
        assertEquals(0, store.auditPacks().results(store.session()).size(), "nothing refused was stored");
    }

    /** Results signed by a team lead this store never registered (the pack was made for them via a second store). */
    private byte[] reviewWithRecipient(TeamLeadKeys stranger) {
        OfflineReview own = reviewOffline();
        own.mark(own.scores().get(0).entry().interactionId(), Verdict.REVIEWED, "");
        var results = new org.custodian.core.audit.review.ReviewResults(own.pack().packId(), fingerprint,
                stranger.publicKey().fingerprint(), clock.instant(), own.results());
        return org.custodian.core.audit.review.ReviewResultsFile.sign(results, stranger);
    }
}
