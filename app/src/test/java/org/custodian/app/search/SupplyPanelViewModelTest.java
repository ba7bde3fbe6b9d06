package org.custodian.app.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.custodian.app.support.Customers;
import org.custodian.app.support.People;
import org.custodian.app.support.SynchronousTaskRunner;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.supply.AuthorityType;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.EvidenceType;
import org.custodian.core.supply.Recipient;
import org.custodian.core.supply.ThirdParty;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplyPanelViewModelTest {

    @TempDir Path dir;
    private Workspace workspace;
    private SupplyPanelViewModel model;
    private long customerId;

    @BeforeEach
    void open() {
        workspace = People.leadSession(People.custodian(dir));
        customerId = Customers.save(workspace, Customers.SAM);
        model = new SupplyPanelViewModel(workspace, new SynchronousTaskRunner(), customerId, "account-management");
        model.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void answer(VerificationItem item, String typed) {
        model.answers().stream().filter(a -> a.item() == item).findFirst().orElseThrow().typed().set(typed);
    }

    private void tick(DisclosureItem item) {
        model.items().stream().filter(i -> i.item() == item).findFirst().orElseThrow().chosen().set(true);
    }

    @Test
    void theCheckAsksWhatTheRecordHoldsAndAPassOpensDisclosure() {
        assertEquals(List.of(VerificationItem.DATE_OF_BIRTH, VerificationItem.POSTCODE, VerificationItem.PHONE_LAST_FOUR),
                model.answers().stream().map(SupplyPanelViewModel.Answer::item).toList(), "no security question is set");
        assertTrue(model.checkHintProperty().get().startsWith("Ask any 2 of these"));

        answer(VerificationItem.POSTCODE, "sw1a1aa");
        model.checkIdentity();
        assertEquals("Ask 1 more item before the check can pass.", model.identityOutcomeProperty().get());
        assertEquals("sw1a1aa", model.answers().get(1).typed().get(), "an incomplete check keeps what was typed");

        answer(VerificationItem.PHONE_LAST_FOUR, "0123");
        model.checkIdentity();
        assertEquals("Identity checked: postcode and last four digits of the phone number matched. You may disclose what this"
                + " purpose needs.", model.identityOutcomeProperty().get());
        assertTrue(model.verifiedProperty().get());
        assertTrue(model.checkClosedProperty().get());

        tick(DisclosureItem.EMAIL);
        model.supply();
        assertEquals("Email addresses: sam.sample@example.com", model.suppliedProperty().get());
        assertEquals(1, model.disclosures().size());
        assertFalse(model.items().stream().anyMatch(i -> i.chosen().get()), "ticks clear once supplied");
    }

    @Test
    void threeWrongAnswersFlagTheRecordAndCloseTheCheck() {
        for (int i = 0; i < 3; i++) {
            answer(VerificationItem.POSTCODE, "M1 1AE");
            model.checkIdentity();
        }
        assertTrue(model.identityOutcomeProperty().get().startsWith("Identity check failed 3 times. Disclose nothing"));
        assertTrue(model.checkClosedProperty().get());
        assertTrue(model.flagProperty().get().contains("until a team lead clears this flag"));
        assertEquals("", model.answers().get(1).typed().get(), "a failed answer is not left on screen");

        tick(DisclosureItem.ADDRESS);
        model.supply();
        assertTrue(model.supplyMessageProperty().get().contains("until a team lead clears the flag"));
        assertEquals("", model.suppliedProperty().get());

        assertTrue(model.mayClearFlag());
        model.clearNoteProperty().set("Customer confirmed their new postcode in writing.");
        model.clearFlag();
        assertEquals("", model.flagProperty().get());
    }

    @Test
    void aTypingSlipIsNamedAndNotCounted() {
        answer(VerificationItem.PHONE_LAST_FOUR, "12");
        model.checkIdentity();
        assertEquals("Last four digits of the phone number: type exactly four digits.", model.identityMessageProperty().get());
        assertEquals("", model.identityOutcomeProperty().get());
    }

    @Test
    void anOrganisationNeedsItsBasisAndAThirdPartyIsOfferedOnceRecorded() {
        model.recipientProperty().set(model.recipients().get(model.recipients().size() - 1));
        assertTrue(model.organisationChosen());
        model.organisationProperty().set("Example Couriers Ltd");
        model.organisationReasonProperty().set("Delivering the replacement card");
        tick(DisclosureItem.ADDRESS);
        model.supply();
        assertEquals("Choose the lawful basis for disclosing to Example Couriers Ltd.", model.supplyMessageProperty().get());
        model.organisationBasisProperty().set(LawfulBasis.CONTRACT);
        model.supply();
        assertEquals("Address: 1 Example Street", model.suppliedProperty().get());

        ThirdPartyViewModel form = model.thirdPartyForm();
        form.save();
        assertTrue(form.messageProperty().get().startsWith("Name: "), form.messageProperty().get());
        assertFalse(form.savedProperty().get());
        form.nameProperty().set("Jordan Example");
        form.authorityProperty().set(AuthorityType.LASTING_POWER_OF_ATTORNEY);
        form.evidenceProperty().set(EvidenceType.OPG_REGISTER);
        form.scope().get(0).chosen().set(true);
        form.expiresOnProperty().set(LocalDate.now().plusYears(1));
        form.save();
        assertTrue(form.savedProperty().get());
        assertEquals(ThirdParty.Status.ACTIVE, model.thirdParties().get(0).status());
        assertTrue(model.recipients().stream().anyMatch(r -> r.recipient() instanceof Recipient.ThirdPartyRecipient
                && r.label().equals("Jordan Example (Lasting power of attorney)")));
    }

    private void passTheCheck() {
        answer(VerificationItem.DATE_OF_BIRTH, "14 March 1985");
        answer(VerificationItem.POSTCODE, "sw1a1aa");
        model.checkIdentity();
        assertTrue(model.verifiedProperty().get());
    }

    @Test
    void theSecurityQuestionIsSetOnlyOnAVerifiedCallAndItsAnswerIsNeverShownAgain() {
        SecurityQuestionViewModel form = model.securityQuestion();
        assertEquals("No security question is asked for this customer.", form.currentProperty().get());
        form.questionProperty().set("Name of your first pet?");
        form.answerProperty().set("Rex the dog");
        form.save();
        assertEquals("Security question: the caller must pass the identity check on this call before a security question is set.",
                form.messageProperty().get());
        assertEquals("Rex the dog", form.answerProperty().get(), "a refusal keeps what was typed, to save once the caller is checked");

        passTheCheck();
        form.answerProperty().set("");
        form.save();
        assertEquals("Answer: type the answer the customer chose.", form.messageProperty().get());

        form.answerProperty().set("Rex the dog");
        form.save();
        assertEquals("", form.messageProperty().get());
        assertTrue(form.successProperty().get().startsWith("Security question saved."));
        assertEquals("", form.answerProperty().get(), "the answer leaves the screen once saved");
        assertEquals("", form.questionProperty().get());
        assertEquals("Current question: \u201cName of your first pet?\u201d. Saving a new one replaces it and its answer.",
                form.currentProperty().get());
        assertTrue(model.answers().stream().anyMatch(a -> a.item() == VerificationItem.SECURITY_ANSWER
                && a.label().equals("Answer to \u201cName of your first pet?\u201d")), "the next check can ask it");
        assertFalse(model.answers().stream().anyMatch(a -> a.typed().get().contains("Rex")));
    }

    @Test
    void aWithdrawnAuthorityStaysListedAsWithdrawnAndIsNoLongerOffered() {
        ThirdPartyViewModel form = model.thirdPartyForm();
        form.nameProperty().set("Jordan Example");
        form.authorityProperty().set(AuthorityType.LASTING_POWER_OF_ATTORNEY);
        form.evidenceProperty().set(EvidenceType.OPG_REGISTER);
        form.scope().get(0).chosen().set(true);
        form.save();
        assertTrue(form.savedProperty().get());

        WithdrawAuthorityViewModel withdraw = model.withdrawAuthority();
        assertTrue(withdraw.cannotWithdraw().get(), "nothing chosen yet");
        withdraw.selectedProperty().set(model.thirdParties().get(0));
        assertFalse(withdraw.cannotWithdraw().get());
        assertEquals("Withdraw Jordan Example's authority (lasting power of attorney)? Nothing more will be disclosed to them;"
                + " the record keeps the line as withdrawn.", withdraw.confirmation());
        withdraw.withdraw();
        assertEquals("", withdraw.messageProperty().get());
        assertEquals(ThirdParty.Status.WITHDRAWN, model.thirdParties().get(0).status());
        assertFalse(model.recipients().stream().anyMatch(r -> r.recipient() instanceof Recipient.ThirdPartyRecipient));

        withdraw.selectedProperty().set(model.thirdParties().get(0));
        assertTrue(withdraw.cannotWithdraw().get(), "a withdrawn authority cannot be withdrawn again");
        withdraw.withdraw();
        assertEquals("Third party: that authority is no longer on the record.", withdraw.messageProperty().get());
    }

    @Test
    void aCallToAnExistingCustomerIsLoggedWithItsActionsSummarisedOnce() {
        passTheCheck();
        tick(DisclosureItem.ADDRESS);
        model.supply();
        CallLogViewModel log = model.callLog();
        assertFalse(log.natures().stream().anyMatch(n -> n.scriptId().equals("new-customer")), "registering is intake's job");

        log.log();
        assertEquals("Nature of enquiry: choose what the call was about from the list.", log.messageProperty().get());
        assertFalse(log.doneProperty().get());

        log.natureProperty().set(log.natures().stream().filter(n -> n.scriptId().equals("general-enquiry")).findFirst().orElseThrow());
        log.noteProperty().set("Asked where statements go");
        log.log();
        assertEquals("", log.messageProperty().get());
        assertEquals("Call logged. Actions taken: Identity checked on date of birth and postcode. Disclosed address to the customer.",
                log.loggedProperty().get());
        assertTrue(log.doneProperty().get(), "logged once; the action then closes");
        var rows = new org.custodian.core.customers.CustomerRecords(workspace.store().rowMac())
                .interactions(workspace.store().dsl(), customerId);
        assertEquals(2, rows.size(), "intake's entry and this call's");
        assertTrue(rows.stream().anyMatch(i -> i.nature().equals("General enquiry: Asked where statements go")));
    }
}
