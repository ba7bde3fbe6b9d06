package org.custodian.core.audit.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custodian.core.audit.pack.PackConsent;
import org.custodian.core.audit.pack.PackContents;
import org.custodian.core.audit.pack.PackDisclosure;
import org.custodian.core.audit.pack.PackEntry;
import org.custodian.core.events.Event;
import org.custodian.core.events.EventAction;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.LawfulBasis;

/**
 * The quality review's marking points as pure functions of what a pack holds. Each point is computed only from
 * what the store records (docs/decisions/0011 lists what each one can and cannot see).
 */
public final class QualityRules {

    /** Events that are a look at a customer's record, each of which must name its purpose. */
    static final Set<String> ACCESS_ACTIONS = Set.of(EventAction.CUSTOMER_VIEWED.name(),
            EventAction.CUSTOMER_FIELD_REVEALED.name(), EventAction.CONTACT_POINT_RECONFIRMED.name());

    private QualityRules() {
    }

    /** Every entry of a pack scored, failures first (most failures first), then by when saved. */
    public static List<EntryScore> review(PackContents pack) {
        List<EntryScore> scores = new ArrayList<>();
        for (PackEntry entry : pack.entries()) {
            scores.add(score(entry, pack.events()));
        }
        scores.sort(Comparator.comparingInt((EntryScore s) -> -s.failures().size())
                .thenComparing(s -> s.entry().savedAt()).thenComparingLong(s -> s.entry().interactionId()));
        return scores;
    }

    public static EntryScore score(PackEntry entry, List<Event> events) {
        return new EntryScore(entry, List.of(mandatoryFields(entry), consentBeforePersonalData(entry), lawfulBasis(entry),
                identityBeforeDisclosure(entry), purposeOnAccess(entry, events), readBack(entry), interactionLog(entry)));
    }

    static PointResult mandatoryFields(PackEntry entry) {
        Set<String> missing = new TreeSet<>(entry.mandatoryFields());
        missing.removeAll(entry.recordedFields());
        if (missing.isEmpty()) {
            return PointResult.met(MarkingPoint.MANDATORY_FIELDS);
        }
        return PointResult.failed(MarkingPoint.MANDATORY_FIELDS, "mandatory.missing",
                "Not recorded: " + labels(missing) + ".");
    }

    static PointResult consentBeforePersonalData(PackEntry entry) {
        MarkingPoint point = MarkingPoint.CONSENT_BEFORE_PERSONAL_DATA;
        if (!LawfulBasis.CONSENT.name().equals(entry.lawfulBasis())) {
            return PointResult.notApplicable(point, "The purpose does not rest on consent.");
        }
        boolean personal = entry.recordedFields().stream().anyMatch(QualityRules::personal);
        if (!personal) {
            return PointResult.notApplicable(point, "No personal data was recorded.");
        }
        PackConsent latest = entry.consents().stream()
                .filter(c -> c.channel() == null && entry.purposeCode().equals(c.purposeCode()))
                .filter(c -> !c.recordedAt().isAfter(entry.savedAt()))
                .max(Comparator.comparing(PackConsent::recordedAt)).orElse(null);
        if (latest == null) {
            return PointResult.failed(point, "consent.missing", "No consent was recorded for the purpose before the details were saved.");
        }
        if (!"GIVEN".equals(latest.status())) {
            return PointResult.failed(point, "consent.not-given",
                    "Personal data was saved although the consent on record was " + latest.status().toLowerCase() + ".");
        }
        return PointResult.met(point);
    }

    static PointResult lawfulBasis(PackEntry entry) {
        if (entry.lawfulBasis() == null || entry.lawfulBasis().isBlank()) {
            return PointResult.failed(MarkingPoint.LAWFUL_BASIS, "basis.purpose", "The purpose has no lawful basis on record.");
        }
        long without = entry.disclosures().stream()
                .filter(d -> "ORGANISATION".equals(d.recipientKind()) && (d.lawfulBasis() == null || d.lawfulBasis().isBlank()))
                .count();
        if (without > 0) {
            return PointResult.failed(MarkingPoint.LAWFUL_BASIS, "basis.disclosure",
                    without + " disclosure(s) to an organisation without a lawful basis.");
        }
        return PointResult.met(MarkingPoint.LAWFUL_BASIS);
    }

    static PointResult identityBeforeDisclosure(PackEntry entry) {
        MarkingPoint point = MarkingPoint.IDENTITY_BEFORE_DISCLOSURE;
        List<PackDisclosure> toPeople = entry.disclosures().stream().filter(d -> !"ORGANISATION".equals(d.recipientKind())).toList();
        if (toPeople.isEmpty()) {
            return PointResult.notApplicable(point, "Nothing was disclosed to a caller.");
        }
        long unverified = toPeople.stream().filter(d -> d.callVerifiedAt() == null || d.callVerifiedAt().isAfter(d.disclosedAt()))
                .count();
        long noAuthority = toPeople.stream().filter(d -> "THIRD_PARTY".equals(d.recipientKind()) && !d.authorityRecorded()).count();
        if (unverified > 0) {
            return PointResult.failed(point, "identity.unverified",
                    unverified + " disclosure(s) without the caller's identity verified first.");
        }
        if (noAuthority > 0) {
            return PointResult.failed(point, "identity.no-authority",
                    noAuthority + " disclosure(s) to a third party without recorded authority.");
        }
        return PointResult.met(point);
    }

    static PointResult purposeOnAccess(PackEntry entry, List<Event> events) {
        MarkingPoint point = MarkingPoint.PURPOSE_ON_ACCESS;
        List<Event> accesses = events.stream().filter(e -> entry.subjectKey().equals(e.subjectKey()))
                .filter(e -> e.actorId() != null && e.actorId() == entry.agentId())
                .filter(e -> ACCESS_ACTIONS.contains(e.action())).toList();
        if (accesses.isEmpty()) {
            return PointResult.notApplicable(point, "The agent did not open this customer's record in the pack's events.");
        }
        long without = accesses.stream().filter(e -> e.purpose() == null || e.purpose().isBlank()).count();
        if (without > 0) {
            return PointResult.failed(point, "access.no-purpose", without + " look(s) at the record without a purpose.");
        }
        return PointResult.met(point);
    }

    static PointResult readBack(PackEntry entry) {
        return entry.readBack() ? PointResult.met(MarkingPoint.READ_BACK)
                : PointResult.failed(MarkingPoint.READ_BACK, "readback.missing", "The details were not read back to the caller.");
    }

    static PointResult interactionLog(PackEntry entry) {
        List<String> missing = new ArrayList<>();
        if (entry.startedAt() == null || entry.savedAt() == null || entry.startedAt().isAfter(entry.savedAt())) {
            missing.add("date and time");
        }
        if (!entry.natureRecorded()) {
            missing.add("nature of the enquiry");
        }
        if (!entry.actionsRecorded()) {
            missing.add("actions taken");
        }
        if (missing.isEmpty()) {
            return PointResult.met(MarkingPoint.INTERACTION_LOG);
        }
        return PointResult.failed(MarkingPoint.INTERACTION_LOG, "log.incomplete", "Missing from the log: " + String.join(", ", missing) + ".");
    }

    private static boolean personal(String fieldName) {
        try {
            return Field.valueOf(fieldName).isPersonalData();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String labels(Set<String> fieldNames) {
        return fieldNames.stream().map(name -> {
            try {
                return Field.valueOf(name).label();
            } catch (IllegalArgumentException e) {
                return name;
            }
        }).collect(Collectors.joining(", "));
    }
}
