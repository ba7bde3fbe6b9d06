package org.custodian.core.audit.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.pack.AuditPackFormat;
import org.custodian.core.audit.pack.PackContents;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.FreeText;

/**
 * A team lead's review of one pack on their own machine, with no store: the pack opened and verified, every entry
 * scored (failures first), the verdicts given so far, and the signed results file to take back.
 */
public final class OfflineReview {

    public static final int MAX_COMMENT = 2000;
    private final PackContents pack;
    private final List<EntryScore> scores;
    private final Map<Long, ReviewResult> verdicts = new LinkedHashMap<>();
    private final Clock clock;

    private OfflineReview(PackContents pack, Clock clock) {
        this.pack = pack;
        this.scores = QualityRules.review(pack);
        this.clock = clock;
    }

    /** Opens and verifies a pack (throws with the reason when it is refused). */
    public static OfflineReview open(byte[] packBytes, TeamLeadKeys keys, Predicate<String> trustedStore, Clock clock) {
        return new OfflineReview(AuditPackFormat.open(packBytes, keys, trustedStore), clock);
    }

    public PackContents pack() {
        return pack;
    }

    /** Every entry and its marking points, failures first. */
    public List<EntryScore> scores() {
        return scores;
    }

    public Optional<ReviewResult> verdict(long interactionId) {
        return Optional.ofNullable(verdicts.get(interactionId));
    }

    /** Marks an entry; a coaching flag needs a comment saying what to go over. */
    public ReviewResult mark(long interactionId, Verdict verdict, String comment) {
        if (scores.stream().noneMatch(s -> s.entry().interactionId() == interactionId)) {
            throw new IllegalArgumentException("no such entry in the pack");
        }
        Checked<String> text = FreeText.check("Comment", comment, MAX_COMMENT);
        if (!text.isValid()) {
            throw new InvalidInputException(text.problems());
        }
        String clean = text.valueIfValid().orElse("");
        if (verdict == Verdict.COACHING && clean.isEmpty()) {
            throw new InvalidInputException(new org.custodian.core.rules.Violation("Comment", "review.comment.needed",
                    "Comment: say what to go over with the agent when you flag an entry for coaching.", "house"));
        }
        ReviewResult result = new ReviewResult(interactionId, verdict, clean.isEmpty() ? null : clean, clock.instant());
        verdicts.put(interactionId, result);
        return result;
    }

    public List<ReviewResult> results() {
        return List.copyOf(verdicts.values());
    }

    /** The signed results file for the store the pack came from. */
    public byte[] signedResults(TeamLeadKeys keys) {
        ReviewResults results = new ReviewResults(pack.packId(), pack.storeFingerprint(), keys.publicKey().fingerprint(),
                clock.instant(), results());
        return ReviewResultsFile.sign(results, keys);
    }
}
