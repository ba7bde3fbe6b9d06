package org.custodian.core.audit;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.custodian.core.audit.pack.PackConsent;
import org.custodian.core.audit.pack.PackDisclosure;
import org.custodian.core.audit.pack.PackEntry;
import org.custodian.core.audit.review.EntryScore;
import org.custodian.core.audit.review.MarkingPoint;
import org.custodian.core.audit.review.PointResult;
import org.custodian.core.audit.review.QualityRules;
import org.custodian.core.events.ChainHash;
import org.custodian.core.events.Event;
import org.junit.jupiter.api.Test;

class QualityRulesTest {

    private static final Instant STARTED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant SAVED = STARTED.plusSeconds(300);
    private static final long AGENT = 7;
    private static final String SUBJECT = "subject-1";

    /** A good consent-based entry with a verified disclosure and an access that named its purpose. */
    private static PackEntry good() {
        return new PackEntry(1, "C-0001", SUBJECT, AGENT, "Sam Sample", STARTED, SAVED, "NEW_CUSTOMER", "marketing", 1,
                "marketing", 1, "CONSENT", true, true, true, Set.of("FULL_NAME", "EMAIL"),
                Set.of("FULL_NAME", "EMAIL", "NATURE_OF_ENQUIRY", "ACTIONS_TAKEN"),
                List.of(new PackConsent("marketing", null, "GIVEN", "VERBAL", "w1", STARTED.plusSeconds(20))),
                List.of(new PackDisclosure(5, "CUSTOMER", Set.of("EMAIL"), "CONSENT", false, SAVED.plusSeconds(60),
                        SAVED.plusSeconds(30))));
    }

    private static Event access(String purpose, long actor) {
        return new Event(3, SAVED.plusSeconds(10), actor, "CUSTOMER_VIEWED", purpose, SUBJECT, "fields=2", ChainHash.GENESIS,
                new byte[32]);
    }

    private static final List<Event> GOOD_EVENTS = List.of(access("marketing", AGENT), access(null, 99));

    private static PackEntry with(UnaryOperator<Builder> change) {
        return change.apply(new Builder(good())).build();
    }

    @Test
    void aGoodEntryMeetsEveryPoint() {
        EntryScore score = QualityRules.score(good(), GOOD_EVENTS);
        assertTrue(score.passed(), () -> score.failures().toString());
        assertEquals(PointResult.Outcome.MET, score.result(MarkingPoint.IDENTITY_BEFORE_DISCLOSURE).outcome());
        assertEquals(PointResult.Outcome.MET, score.result(MarkingPoint.PURPOSE_ON_ACCESS).outcome(),
                "another person's look without a purpose is not this agent's entry");
    }

    @Test
    void eachSeededBadEntryIsFlaggedOnItsPointAndOnlyThere() {
        record Seeded(MarkingPoint point, String code, PackEntry entry, List<Event> events) {
        }
        List<Seeded> seeded = List.of(
                new Seeded(MarkingPoint.MANDATORY_FIELDS, "mandatory.missing",
                        with(b -> b.recorded(Set.of("FULL_NAME", "NATURE_OF_ENQUIRY", "ACTIONS_TAKEN"))), GOOD_EVENTS),
                new Seeded(MarkingPoint.CONSENT_BEFORE_PERSONAL_DATA, "consent.missing",
                        with(b -> b.consents(List.of(new PackConsent("marketing", null, "GIVEN", "VERBAL", "w1",
                                SAVED.plusSeconds(5))))), GOOD_EVENTS),
                new Seeded(MarkingPoint.CONSENT_BEFORE_PERSONAL_DATA, "consent.not-given",
                        with(b -> b.consents(List.of(new PackConsent("marketing", null, "REFUSED", "VERBAL", "w1",
                                STARTED.plusSeconds(20))))), GOOD_EVENTS),
                new Seeded(MarkingPoint.LAWFUL_BASIS, "basis.purpose", with(b -> b.basis(null).noConsentNeeded()), GOOD_EVENTS),
                new Seeded(MarkingPoint.LAWFUL_BASIS, "basis.disclosure", with(b -> b.disclosures(List.of(
                        new PackDisclosure(6, "ORGANISATION", Set.of("EMAIL"), null, false, SAVED.plusSeconds(60), null)))),
                        GOOD_EVENTS),
                new Seeded(MarkingPoint.IDENTITY_BEFORE_DISCLOSURE, "identity.unverified", with(b -> b.disclosures(List.of(
                        new PackDisclosure(5, "CUSTOMER", Set.of("EMAIL"), "CONSENT", false, SAVED.plusSeconds(60),
                                SAVED.plusSeconds(90))))), GOOD_EVENTS),
                new Seeded(MarkingPoint.IDENTITY_BEFORE_DISCLOSURE, "identity.no-authority", with(b -> b.disclosures(List.of(
                        new PackDisclosure(5, "THIRD_PARTY", Set.of("EMAIL"), "CONSENT", false, SAVED.plusSeconds(60),
                                SAVED.plusSeconds(30))))), GOOD_EVENTS),
                new Seeded(MarkingPoint.PURPOSE_ON_ACCESS, "access.no-purpose", good(),
                        List.of(access("marketing", AGENT), access(null, AGENT))),
                new Seeded(MarkingPoint.READ_BACK, "readback.missing", with(b -> b.readBack(false)), GOOD_EVENTS),
                new Seeded(MarkingPoint.INTERACTION_LOG, "log.incomplete", with(b -> b.actions(false)), GOOD_EVENTS),
                new Seeded(MarkingPoint.INTERACTION_LOG, "log.incomplete", with(b -> b.nature(false)), GOOD_EVENTS));
        for (Seeded s : seeded) {
            EntryScore score = QualityRules.score(s.entry(), s.events());
            assertEquals(List.of(s.point()), score.failures().stream().map(PointResult::point).toList(), s.code());
            assertEquals(s.code(), score.failures().get(0).code());
        }
    }

    @Test
    void pointsThatDoNotApplyAreSaidSoAndFailuresComeFirst() {
        PackEntry contract = with(b -> b.basis("CONTRACT").disclosures(List.of()).consents(List.of()));
        EntryScore score = QualityRules.score(contract, List.of());
        assertTrue(score.passed());
        assertEquals(PointResult.Outcome.NOT_APPLICABLE, score.result(MarkingPoint.CONSENT_BEFORE_PERSONAL_DATA).outcome());
        assertEquals(PointResult.Outcome.NOT_APPLICABLE, score.result(MarkingPoint.IDENTITY_BEFORE_DISCLOSURE).outcome());
        assertEquals(PointResult.Outcome.NOT_APPLICABLE, score.result(MarkingPoint.PURPOSE_ON_ACCESS).outcome());
    }

    /** Copies an entry with one thing changed. */
    private static final class Builder {
        private PackEntry e;

        Builder(PackEntry e) {
            this.e = e;
        }

        Builder recorded(Set<String> fields) {
            e = new PackEntry(e.interactionId(), e.customerReference(), e.subjectKey(), e.agentId(), e.agentName(), e.startedAt(),
                    e.savedAt(), e.enquiryType(), e.scriptId(), e.scriptVersion(), e.purposeCode(), e.purposeVersion(),
                    e.lawfulBasis(), e.natureRecorded(), e.actionsRecorded(), e.readBack(), e.mandatoryFields(), fields,
                    e.consents(), e.disclosures());
            return this;
        }

        Builder consents(List<PackConsent> consents) {
            e = new PackEntry(e.interactionId(), e.customerReference(), e.subjectKey(), e.agentId(), e.agentName(), e.startedAt(),
                    e.savedAt(), e.enquiryType(), e.scriptId(), e.scriptVersion(), e.purposeCode(), e.purposeVersion(),
                    e.lawfulBasis(), e.natureRecorded(), e.actionsRecorded(), e.readBack(), e.mandatoryFields(),
                    e.recordedFields(), consents, e.disclosures());
            return this;
        }

        Builder disclosures(List<PackDisclosure> disclosures) {
            e = new PackEntry(e.interactionId(), e.customerReference(), e.subjectKey(), e.agentId(), e.agentName(), e.startedAt(),
                    e.savedAt(), e.enquiryType(), e.scriptId(), e.scriptVersion(), e.purposeCode(), e.purposeVersion(),
                    e.lawfulBasis(), e.natureRecorded(), e.actionsRecorded(), e.readBack(), e.mandatoryFields(),
                    e.recordedFields(), e.consents(), disclosures);
            return this;
        }

        Builder basis(String basis) {
            e = new PackEntry(e.interactionId(), e.customerReference(), e.subjectKey(), e.agentId(), e.agentName(), e.startedAt(),
                    e.savedAt(), e.enquiryType(), e.scriptId(), e.scriptVersion(), e.purposeCode(), e.purposeVersion(), basis,
                    e.natureRecorded(), e.actionsRecorded(), e.readBack(), e.mandatoryFields(), e.recordedFields(), e.consents(),
                    e.disclosures());
            return this;
        }

        /** With no basis on record, consent cannot be what the purpose rests on either. */
        Builder noConsentNeeded() {
            return this;
        }

        Builder readBack(boolean done) {
            e = flags(e.natureRecorded(), e.actionsRecorded(), done);
            return this;
        }

        Builder nature(boolean recorded) {
            e = flags(recorded, e.actionsRecorded(), e.readBack());
            return this;
        }

        Builder actions(boolean recorded) {
            e = flags(e.natureRecorded(), recorded, e.readBack());
            return this;
        }

        private PackEntry flags(boolean nature, boolean actions, boolean readBack) {
            return new PackEntry(e.interactionId(), e.customerReference(), e.subjectKey(), e.agentId(), e.agentName(), e.startedAt(),
                    e.savedAt(), e.enquiryType(), e.scriptId(), e.scriptVersion(), e.purposeCode(), e.purposeVersion(),
                    e.lawfulBasis(), nature, actions, readBack, e.mandatoryFields(), e.recordedFields(), e.consents(),
                    e.disclosures());
        }

        PackEntry build() {
            return e;
        }
    }
}
