package org.custodian.core.rights;

import static org.custodian.core.gdpr.VerificationItem.DATE_OF_BIRTH;
import static org.custodian.core.gdpr.VerificationItem.POSTCODE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.gdpr.Art9Condition;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Field;
import org.custodian.core.handover.HandoverNote;
import org.custodian.core.handover.Receiver;
import org.custodian.core.handover.Urgency;
import org.custodian.core.intake.ConsentCapture;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.records.Rectification;
import org.custodian.core.records.RectificationReason;
import org.custodian.core.scripts.Script;
import org.custodian.core.supply.AuthorityType;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.EvidenceType;
import org.custodian.core.supply.NewThirdParty;
import org.custodian.core.supply.Recipient;
import org.custodian.core.supply.SupplyService.DisclosureRequest;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;

/**
 * Seeds one fictional customer holding every kind of data the store keeps, each with a canary value no other row
 * holds, through the real services: two intakes (one with marketing consent), a correction, special category
 * data, identity checks (one call flagged after three failures), a security question, a third party, a
 * disclosure, a handover, a parked draft and a record view.
 */
final class EveryKindOfData {

    static final String NAME = "Quentin Zephyrine";
    static final String DOB = "1985-03-14";
    static final String PHONE_TYPED = "07700 900777";
    static final String PHONE_E164 = "+447700900777";
    static final String EMAIL = "quentin.zephyrine@example.com";
    static final String POSTCODE_TYPED = "TR19 7QZ";
    static final String ADDRESS = "7 Canarywharf Lane";
    static final String ADDRESS_NOW = "9 Canarywharf Lane";
    static final String NATURE = "Canarynature account opening";
    static final String HEALTH = "Canaryhealth hearing loop";
    static final String THIRD_PARTY = "Jordan Canaryson";
    static final String HANDOVER_NEED = "Canaryneed refund explained";
    static final String SECURITY_QUESTION = "Canaryquestion first pet";
    static final String DRAFT_NATURE = "Canarydraft half finished";
    static final String ACCOUNT = "account-management";

    /** Every value above that identifies or describes the person, as stored (the phone in E.164). */
    static final List<String> CANARIES = List.of(NAME, "Zephyrine".toLowerCase(), PHONE_E164, EMAIL, ADDRESS, ADDRESS_NOW, NATURE,
            HEALTH, THIRD_PARTY, HANDOVER_NEED, SECURITY_QUESTION, DRAFT_NATURE, "TR19 7QZ", "TR197QZ");

    private EveryKindOfData() {
    }

    static Script script(Workspace ws, String id) {
        return ws.scripts().scripts().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static long seed(Workspace ws, MutableClock clock) {
        var lead = ws.session();
        long id = ws.intake().save(lead, new IntakeForm(script(ws, "new-customer"), Map.of("nature", NATURE, "name", NAME,
                "dob", "14/03/1985", "phone", PHONE_TYPED, "email", EMAIL, "postcode", POSTCODE_TYPED, "address", ADDRESS,
                "actions", "Account opened", "outcome", "Customer happy"), null, clock.now.minusSeconds(60)), null, true).customerId();
        Script marketing = script(ws, "marketing-preferences");
        String wording = ws.scripts().purposeOf(marketing).consentWording().version();
        ws.intake().save(lead, new IntakeForm(marketing, Map.of("name", NAME, "phone", PHONE_TYPED, "by-phone", "yes", "by-email", "no",
                "by-post", "no", "by-sms", "yes", "nature", "Wants offers by text", "actions", "Recorded choices"),
                new ConsentCapture(wording, true, ConsentMethod.VERBAL, clock.now.minusSeconds(30)), clock.now.minusSeconds(40)), id, true);
        ws.records().open(lead, id, ACCOUNT);
        ws.records().rectify(lead, new Rectification(id, ACCOUNT, Field.ADDRESS, null, ADDRESS_NOW, RectificationReason.DETAILS_CHANGED, null));
        ws.store().write(tx -> {
            new CustomerRecords(ws.store().rowMac()).addSpecialCategory(tx, id, Field.HEALTH_NEEDS, HEALTH, Art9Condition.EXPLICIT_CONSENT,
                    clock.now, lead.userId());
            return null;
        });
        var failing = ws.callerChecks().verify(lead, id, ACCOUNT, null, Map.of(DATE_OF_BIRTH, "15/03/1985", POSTCODE, "SW1A 1AA"));
        ws.callerChecks().verify(lead, id, ACCOUNT, failing.callId(), Map.of(DATE_OF_BIRTH, "16/03/1985", POSTCODE, "SW1A 1AA"));
        ws.callerChecks().verify(lead, id, ACCOUNT, failing.callId(), Map.of(DATE_OF_BIRTH, "17/03/1985", POSTCODE, "SW1A 1AA"));
        long call = ws.callerChecks().verify(lead, id, ACCOUNT, null, Map.of(DATE_OF_BIRTH, "14/03/1985", POSTCODE, POSTCODE_TYPED)).callId();
        ws.callerChecks().setSecurityQuestion(lead, id, ACCOUNT, call, SECURITY_QUESTION, "Canaryanswer");
        ws.supply().addThirdParty(lead, id, ACCOUNT, call, new NewThirdParty(THIRD_PARTY, AuthorityType.LASTING_POWER_OF_ATTORNEY,
                EvidenceType.OPG_REGISTER, "LPA checked online", Set.of(DisclosureItem.ADDRESS), LocalDate.of(2027, 11, 30)));
        ws.callerChecks().clearFlag(lead, id, "Customer rang back from the number on file.");
        // a second flag stays open, so the record holds an open warning too
        var again = ws.callerChecks().verify(lead, id, ACCOUNT, null, Map.of(DATE_OF_BIRTH, "15/03/1985", POSTCODE, "SW1A 1AA"));
        long party = ws.supply().overview(lead, id, ACCOUNT, call).thirdParties().get(0).id();
        ws.supply().disclose(lead, new DisclosureRequest(id, ACCOUNT, call, new Recipient.ThirdPartyRecipient(party),
                Set.of(DisclosureItem.ADDRESS)));
        ws.callerChecks().verify(lead, id, ACCOUNT, again.callId(), Map.of(DATE_OF_BIRTH, "16/03/1985", POSTCODE, "SW1A 1AA"));
        ws.callerChecks().verify(lead, id, ACCOUNT, again.callId(), Map.of(DATE_OF_BIRTH, "17/03/1985", POSTCODE, "SW1A 1AA"));
        ws.handovers().send(lead, new HandoverNote(id, ACCOUNT, new Receiver.Queue("billing", "Billing"), HANDOVER_NEED,
                "Checked the account", null, Urgency.ROUTINE, clock.now.plusSeconds(86_400)));
        ws.drafts().park(lead, new IntakeForm(script(ws, "new-customer"), Map.of("nature", DRAFT_NATURE, "name", NAME),
                null, clock.now.minusSeconds(10)), "identity");
        return id;
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }
}
