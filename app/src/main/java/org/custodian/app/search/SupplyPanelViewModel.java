package org.custodian.app.search;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.app.common.TaskRunner;
import org.custodian.app.common.UserMessages;
import org.custodian.core.auth.Role;
import org.custodian.core.gdpr.LawfulBasis;
import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.supply.DisclosureItem;
import org.custodian.core.supply.Recipient;
import org.custodian.core.supply.SupplyOverview;
import org.custodian.core.supply.SupplyService;
import org.custodian.core.supply.SuppliedValue;
import org.custodian.core.supply.ThirdParty;
import org.custodian.core.supply.VerificationVerdict;
import org.custodian.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record's supply panel for one call: the identity check, what to supply and to whom, the people with
 * authority, and the register. Core decides every outcome; this holds what the agent typed and what core said.
 */
public final class SupplyPanelViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SupplyPanelViewModel.class);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final long customerId;
    private final String purposeCode;
    private Long callId;

    private final ObservableList<Answer> answers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper checkHint = new ReadOnlyStringWrapper(this, "checkHint", "");
    private final ReadOnlyStringWrapper identityOutcome = new ReadOnlyStringWrapper(this, "identityOutcome", "");
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(this, "verified", false);
    private final ReadOnlyBooleanWrapper checkClosed = new ReadOnlyBooleanWrapper(this, "checkClosed", false);
    private final ReadOnlyStringWrapper identityMessage = new ReadOnlyStringWrapper(this, "identityMessage", "");
    private final ReadOnlyStringWrapper flag = new ReadOnlyStringWrapper(this, "flag", "");
    private final StringProperty clearNote = new SimpleStringProperty(this, "clearNote", "");

    private final ObservableList<RecipientChoice> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<RecipientChoice> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final ObservableList<ItemChoice> items = FXCollections.observableArrayList();
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty organisationReason = new SimpleStringProperty(this, "organisationReason", "");
    private final ObjectProperty<LawfulBasis> organisationBasis = new SimpleObjectProperty<>(this, "organisationBasis");
    private final ReadOnlyStringWrapper supplied = new ReadOnlyStringWrapper(this, "supplied", "");
    private final ReadOnlyStringWrapper supplyMessage = new ReadOnlyStringWrapper(this, "supplyMessage", "");

    private final ObservableList<SupplyOverview.ThirdPartyLine> thirdParties = FXCollections.observableArrayList();
    private final ObservableList<SupplyOverview.DisclosureLine> disclosures = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final SecurityQuestionViewModel securityQuestion;
    private final WithdrawAuthorityViewModel withdrawAuthority;
    private final CallLogViewModel callLog;

    public SupplyPanelViewModel(Workspace workspace, TaskRunner tasks, long customerId, String purposeCode) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.customerId = customerId;
        this.purposeCode = purposeCode;
        this.securityQuestion = new SecurityQuestionViewModel(workspace, tasks, customerId, purposeCode, () -> callId, this::refresh);
        this.withdrawAuthority = new WithdrawAuthorityViewModel(workspace, tasks, customerId, purposeCode, this::refresh);
        this.callLog = new CallLogViewModel(workspace, tasks, customerId, purposeCode, () -> callId, java.time.Instant.now());
    }

    /** One item of the identity check, with what the caller said. */
    public record Answer(VerificationItem item, String label, StringProperty typed) {
        public String id() {
            return "verify-" + item.name().toLowerCase(Locale.ROOT);
        }
    }

    /** One thing that can be supplied, ticked or not. */
    public record ItemChoice(DisclosureItem item, BooleanProperty chosen) {
        public String id() {
            return "supply-" + item.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A recipient as the drop-down shows it. */
    public record RecipientChoice(String label, Recipient recipient) {
        @Override
        public String toString() {
            return label;
        }
    }

    public void refresh() {
        run(() -> workspace.supply().overview(workspace.session(), customerId, purposeCode, callId), this::show, "loading the supply panel");
    }

    private void show(SupplyOverview overview) {
        if (answers.isEmpty() || !answers.stream().map(Answer::item).toList().equals(overview.askable())) {
            answers.setAll(overview.askable().stream().map(i -> new Answer(i, label(i, overview.securityQuestion()),
                    new SimpleStringProperty(""))).toList());
        }
        int required = overview.policy().required();
        checkHint.set(overview.askable().size() < required
                ? "The record holds too few details to check the caller's identity (" + required + " needed). Disclose nothing;"
                        + " a team lead can help."
                : "Ask any " + required + " of these and type what the caller says. Leave blank what you did not ask."
                        + " One wrong answer fails the check.");
        boolean isVerified = overview.call() != null && overview.call().verified();
        verified.set(isVerified);
        checkClosed.set(isVerified || overview.call() != null && overview.call().exhausted() || overview.askable().size() < required);
        flag.set(overview.flag() == null ? "" : "Identity checks failed " + org.custodian.core.gdpr.VerificationPolicy.MAX_FAILED_CHECKS
                + " times on a call on " + WHEN.format(overview.flag().raisedAt()) + ". Disclose nothing to a caller until a team lead"
                + " clears this flag.");
        List<RecipientChoice> choices = new ArrayList<>();
        choices.add(new RecipientChoice("The customer (the caller, once their identity is checked)", new Recipient.Customer()));
        for (SupplyOverview.ThirdPartyLine p : overview.thirdParties()) {
            if (p.status() == ThirdParty.Status.ACTIVE) {
                choices.add(new RecipientChoice(p.fullName() + " (" + p.authority().label() + ")", new Recipient.ThirdPartyRecipient(p.id())));
            }
        }
        choices.add(new RecipientChoice("Another organisation", new Recipient.Organisation("", "", null)));
        RecipientChoice before = recipient.get();
        recipients.setAll(choices);
        recipient.set(choices.stream().filter(c -> before != null && c.label().equals(before.label())).findFirst().orElse(choices.get(0)));
        if (!items.stream().map(ItemChoice::item).toList().equals(overview.available())) {
            items.setAll(overview.available().stream().map(i -> new ItemChoice(i, new SimpleBooleanProperty(false))).toList());
        }
        securityQuestion.showCurrent(overview.securityQuestion());
        thirdParties.setAll(overview.thirdParties());
        disclosures.setAll(overview.disclosures());
    }

    private static String label(VerificationItem item, String question) {
        return item == VerificationItem.SECURITY_ANSWER && question != null ? "Answer to \u201c" + question + "\u201d" : item.label();
    }

    /** Checks what the caller said; core counts failures and flags the record on the third. */
    public void checkIdentity() {
        Map<VerificationItem, String> typed = new EnumMap<>(VerificationItem.class);
        answers.forEach(a -> typed.put(a.item(), a.typed().get()));
        identityMessage.set("");
        run(() -> workspace.callerChecks().verify(workspace.session(), customerId, purposeCode, callId, typed), result -> {
            callId = result.callId();
            identityOutcome.set(IdentityVerdicts.sentence(result.verdict()));
            if (!(result.verdict() instanceof VerificationVerdict.Incomplete)) {
                answers.forEach(a -> a.typed().set(""));
            }
            refresh();
        }, "checking the caller's identity", identityMessage);
    }

    public boolean organisationChosen() {
        return recipient.get() != null && recipient.get().recipient() instanceof Recipient.Organisation;
    }

    /** Supplies the ticked items if core allows; shows what to read out, or core's one-sentence refusal. */
    public void supply() {
        Set<DisclosureItem> chosen = items.stream().filter(i -> i.chosen().get()).map(ItemChoice::item)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DisclosureItem.class)));
        RecipientChoice to = recipient.get();
        Recipient target = to == null ? new Recipient.Customer() : organisationChosen()
                ? new Recipient.Organisation(organisation.get(), organisationReason.get(), organisationBasis.get()) : to.recipient();
        supplied.set("");
        supplyMessage.set("");
        run(() -> workspace.supply().disclose(workspace.session(), new SupplyService.DisclosureRequest(customerId, purposeCode, callId,
                target, chosen)), outcome -> {
                    if (outcome instanceof SupplyService.DisclosureOutcome.Supplied s) {
                        supplied.set(s.values().stream().map(SupplyPanelViewModel::line).collect(Collectors.joining("\n")));
                        items.forEach(i -> i.chosen().set(false));
                        refresh();
                    } else {
                        supplyMessage.set(((SupplyService.DisclosureOutcome.Refused) outcome).reason());
                    }
                }, "supplying details", supplyMessage);
    }

    private static String line(SuppliedValue v) {
        return v.item().label() + ": " + v.value().replace("\n", "\n    ");
    }

    /** A team lead clears the failed-checks flag with a note saying why. */
    public void clearFlag() {
        run(() -> {
            workspace.callerChecks().clearFlag(workspace.session(), customerId, clearNote.get());
            return null;
        }, ignored -> {
            clearNote.set("");
            refresh();
        }, "clearing the flag", identityMessage);
    }

    public boolean mayClearFlag() {
        return workspace.session().is(Role.TEAM_LEAD);
    }

    /** A form for recording a third party's authority on this call. */
    public ThirdPartyViewModel thirdPartyForm() {
        return new ThirdPartyViewModel(workspace, tasks, customerId, purposeCode, callId, items.stream().map(ItemChoice::item).toList(),
                this::refresh);
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during) {
        run(work, then, during, identityMessage);
    }

    private <T> void run(Callable<T> work, Consumer<T> then, String during, ReadOnlyStringWrapper failureTo) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, failure -> {
            busy.set(false);
            failureTo.set(UserMessages.sentenceFor(failure, LOG, during));
        });
    }

    public ObservableList<Answer> answers() {
        return answers;
    }

    public ReadOnlyStringProperty checkHintProperty() {
        return checkHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identityOutcomeProperty() {
        return identityOutcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkClosedProperty() {
        return checkClosed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identityMessageProperty() {
        return identityMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flagProperty() {
        return flag.getReadOnlyProperty();
    }

    public StringProperty clearNoteProperty() {
        return clearNote;
    }

    public ObservableList<RecipientChoice> recipients() {
        return recipients;
    }

    public ObjectProperty<RecipientChoice> recipientProperty() {
        return recipient;
    }

    public ObservableList<ItemChoice> items() {
        return items;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty organisationReasonProperty() {
        return organisationReason;
    }

    public ObjectProperty<LawfulBasis> organisationBasisProperty() {
        return organisationBasis;
    }

    public ReadOnlyStringProperty suppliedProperty() {
        return supplied.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty supplyMessageProperty() {
        return supplyMessage.getReadOnlyProperty();
    }

    public ObservableList<SupplyOverview.ThirdPartyLine> thirdParties() {
        return thirdParties;
    }

    public ObservableList<SupplyOverview.DisclosureLine> disclosures() {
        return disclosures;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public SecurityQuestionViewModel securityQuestion() {
        return securityQuestion;
    }

    public WithdrawAuthorityViewModel withdrawAuthority() {
        return withdrawAuthority;
    }

    public CallLogViewModel callLog() {
        return callLog;
    }
}
