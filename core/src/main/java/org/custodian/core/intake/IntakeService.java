package org.custodian.core.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerReferences;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.Interaction;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.rules.Violation;
import org.custodian.core.rights.RecordProtections;
import org.custodian.core.rights.SuppressionList;
import org.custodian.core.scripts.Script;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.store.Store;
import org.jooq.DSLContext;

/**
 * Turns a finished intake into records: checks every answer on the path the script took, the consent gate and
 * the read-back, then saves customer, contact points, consents, special category data, the interaction and the
 * events in one transaction. Nothing is saved unless all of it is.
 */
public final class IntakeService {

    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final DuplicateFinder duplicates;
    private final EventLog events;
    private final Clock clock;
    private final RecordProtections protections;
    private final SuppressionList suppression;

    public IntakeService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                         EventLog events, Clock clock, RecordProtections protections, SuppressionList suppression) {
        this.protections = protections;
        this.suppression = suppression;
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.records = records;
        this.duplicates = new DuplicateFinder(customers, records);
        this.events = events;
        this.clock = clock;
    }

    public ScriptCatalogue catalogue() {
        return catalogue;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Problems on one step, for the wizard's Next button. */
    public List<Violation> checkStep(Script script, String stepId, Map<String, String> answers) {
        return IntakeChecks.checkStep(script.step(stepId).orElseThrow(), answers, today());
    }

    /** Everything checked, the read-back, and likely duplicates. Throws when anything is wrong. */
    public IntakeReview review(Session session, IntakeForm form) {
        Checked checked = check(session, form);
        // read back in the order the script asked, so the caller hears their details as they gave them
        List<IntakeReview.Line> lines = new ArrayList<>();
        java.util.Set<Field> done = java.util.EnumSet.noneOf(Field.class);
        for (Script.Step step : IntakeChecks.path(form.script(), form.answers())) {
            for (Script.Question q : step.questions()) {
                String value = checked.values().get(q.field());
                if (value != null && done.add(q.field())) {
                    lines.add(new IntakeReview.Line(q.field(), q.field().label(), AnswerRules.display(q.field(), value)));
                }
            }
        }
        return new IntakeReview(checked.purpose(), checked.values(), lines, duplicates.find(store.dsl(), checked.values()),
                returningErased(session, checked.values()));
    }

    private record Checked(Purpose purpose, Map<Field, String> values) {
    }

    /**
     * Whether the caller matches someone erased at their request (UK GDPR Art 17): the suppression list holds only
     * keyed hashes of their identifiers. A match is an event naming which kinds matched, so the agent is warned.
     */
    private java.util.Set<SuppressionList.MatchedOn> returningErased(Session session, Map<Field, String> v) {
        java.util.Set<SuppressionList.MatchedOn> matched = suppression.matches(store.dsl(), new SuppressionList.Identifiers(
                v.get(Field.FULL_NAME), date(v.get(Field.DATE_OF_BIRTH)), v.get(Field.EMAIL), v.get(Field.PHONE)));
        if (!matched.isEmpty()) {
            String on = matched.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining("+"));
            store.write(tx -> events.append(tx, EventDraft.of(session.userId(), EventAction.SUPPRESSION_MATCHED,
                    Map.of("at", "intake", "on", on))));
        }
        return matched;
    }

    /** Every answer on the script's path and the consent gate; throws with every problem at once. */
    private Checked check(Session session, IntakeForm form) {
        Objects.requireNonNull(session, "session");
        Purpose purpose = catalogue.purposeOf(form.script());
        LocalDate today = today();
        List<Violation> problems = new ArrayList<>();
        for (Script.Step step : IntakeChecks.path(form.script(), form.answers())) {
            problems.addAll(IntakeChecks.checkStep(step, form.answers(), today));
        }
        Map<Field, String> values = IntakeChecks.values(form.script(), form.answers(), today);
        boolean personal = values.keySet().stream().anyMatch(Field::isPersonalData);
        if (ConsentRules.check(purpose, form.consent(), form.startedAt(), clock.instant(), personal)
                instanceof ConsentRules.Verdict.Blocked blocked) {
            problems.add(0, blocked.violation());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(purpose, values);
    }

    /**
     * Saves the intake. {@code linkToCustomerId} links it to an existing customer the agent picked from the
     * duplicates; null creates a new customer. The agent must have read the details back.
     */
    public SavedIntake save(Session session, IntakeForm form, Long linkToCustomerId, boolean readBackConfirmed) {
        Checked review = check(session, form);
        if (!readBackConfirmed) {
            throw new InvalidInputException(new Violation("Read-back", "intake.read-back",
                    "Read-back: read the details back to the caller and tick that they confirmed them.", "UK GDPR Art 5(1)(d)"));
        }
        if (linkToCustomerId == null && !review.values().containsKey(Field.FULL_NAME)) {
            throw new InvalidInputException(new Violation(Field.FULL_NAME.label(), "intake.name-needed",
                    "Full name: a new customer record needs a name; ask for it or link to an existing customer.", "house"));
        }
        Purpose purpose = review.purpose();
        Map<Field, String> v = review.values();
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer;
            boolean created = linkToCustomerId == null;
            if (created) {
                String reference = CustomerReferences.next();
                while (customers.referenceTaken(tx, reference)) {
                    reference = CustomerReferences.next();
                }
                customer = customers.insert(tx, reference, v.get(Field.FULL_NAME), date(v.get(Field.DATE_OF_BIRTH)),
                        v.get(Field.POSTCODE), v.get(Field.ADDRESS), now, session.userId());
            } else {
                customer = customers.findById(tx, linkToCustomerId).orElseThrow(() -> new InvalidInputException(new Violation(
                        "Customer", "intake.link-gone", "Customer: the record you linked to no longer exists; search again.", "house")));
                protections.requireChangeable(tx, customer.id());
                protections.requireMarketingAllowed(tx, customer.id(), purpose.code());
                customer = rectify(tx, session, customer, v, form.script(), now);
            }
            String subject = store.subjectKeys().forCustomer(customer.id());
            if (created) {
                events.append(tx, EventDraft.of(session.userId(), EventAction.CUSTOMER_CREATED).about(subject));
            }
            addContactPoints(tx, session, customer, v, now, subject);
            Interaction interaction = records.addInteraction(tx, interaction(session, form, purpose, customer, v, now));
            recordConsents(tx, session, form, purpose, customer, interaction, v, subject);
            if (v.containsKey(Field.HEALTH_NEEDS)) {
                records.addSpecialCategory(tx, customer.id(), Field.HEALTH_NEEDS, v.get(Field.HEALTH_NEEDS), purpose.art9Condition(),
                        now, session.userId());
                events.append(tx, new EventDraft(session.userId(), EventAction.SPECIAL_CATEGORY_RECORDED, purpose.code(), subject,
                        Map.of("field", Field.HEALTH_NEEDS.name(), "condition", purpose.art9Condition().name()), null));
            }
            events.append(tx, new EventDraft(session.userId(), EventAction.INTAKE_SAVED, purpose.code(), subject,
                    Map.of("script", form.script().id(), "version", Integer.toString(form.script().version()),
                            "basis", purpose.basis().name(), "customer", created ? "new" : "linked",
                            "fields", Integer.toString(v.size()), "interaction", Long.toString(interaction.id())), null));
            return new SavedIntake(customer.id(), customer.reference(), interaction.id(), created);
        });
    }

    private Customer rectify(DSLContext tx, Session session, Customer current, Map<Field, String> v, Script script, Instant now) {
        Customer next = current.with(v.getOrDefault(Field.FULL_NAME, current.fullName()),
                v.containsKey(Field.DATE_OF_BIRTH) ? date(v.get(Field.DATE_OF_BIRTH)) : current.dateOfBirth(),
                v.getOrDefault(Field.POSTCODE, current.postcode()), v.getOrDefault(Field.ADDRESS, current.address()));
        Map<Field, String[]> changes = new EnumMap<>(Field.class);
        compare(changes, Field.FULL_NAME, current.fullName(), next.fullName());
        compare(changes, Field.DATE_OF_BIRTH, str(current.dateOfBirth()), str(next.dateOfBirth()));
        compare(changes, Field.POSTCODE, current.postcode(), next.postcode());
        compare(changes, Field.ADDRESS, current.address(), next.address());
        if (changes.isEmpty()) {
            return current;
        }
        String reason = "Given by the customer during a " + script.enquiryType().label().toLowerCase(java.util.Locale.UK) + " call";
        changes.forEach((field, oldNew) -> {
            records.addHistory(tx, current.id(), field, oldNew[0], now, session.userId(), reason);
            events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMER_RECTIFIED, null,
                    store.subjectKeys().forCustomer(current.id()), Map.of("field", field.name(), "reason", "intake:" + script.id()), null));
        });
        customers.update(tx, next);
        return next;
    }

    private static void compare(Map<Field, String[]> changes, Field field, String before, String after) {
        if (after != null && !after.equals(before)) {
            changes.put(field, new String[] {before, after});
        }
    }

    private void addContactPoints(DSLContext tx, Session session, Customer customer, Map<Field, String> v, Instant now, String subject) {
        List<ContactPoint> existing = records.contactPoints(tx, customer.id());
        addContactPoint(tx, session, customer, existing, ContactPoint.Kind.PHONE, v.get(Field.PHONE), now, subject);
        addContactPoint(tx, session, customer, existing, ContactPoint.Kind.EMAIL, v.get(Field.EMAIL), now, subject);
    }

    private void addContactPoint(DSLContext tx, Session session, Customer customer, List<ContactPoint> existing,
                                 ContactPoint.Kind kind, String value, Instant now, String subject) {
        if (value == null) {
            return;
        }
        for (ContactPoint point : existing) {
            if (point.kind() == kind && point.value().equals(value)) {
                records.reconfirm(tx, point, now);
                return;
            }
        }
        records.addContactPoint(tx, customer.id(), kind, value, now);
        events.append(tx, new EventDraft(session.userId(), EventAction.CONTACT_POINT_ADDED, null, subject,
                Map.of("kind", kind.name()), null));
    }

    private static Interaction interaction(Session session, IntakeForm form, Purpose purpose, Customer customer,
                                           Map<Field, String> v, Instant now) {
        Map<Field, String> other = new EnumMap<>(Field.class);
        v.forEach((field, value) -> {
            if (field.category() == Field.Category.INTERACTION && field != Field.NATURE_OF_ENQUIRY
                    && field != Field.ACTIONS_TAKEN && field != Field.OUTCOME) {
                other.put(field, value);
            }
        });
        return new Interaction(0, customer.id(), session.userId(), form.startedAt(), now, form.script().enquiryType().name(),
                form.script().id(), form.script().version(), purpose.code(), purpose.version(),
                v.getOrDefault(Field.NATURE_OF_ENQUIRY, form.script().title()), v.getOrDefault(Field.ACTIONS_TAKEN, ""),
                v.get(Field.OUTCOME), other, true);
    }

    private void recordConsents(DSLContext tx, Session session, IntakeForm form, Purpose purpose, Customer customer,
                                Interaction interaction, Map<Field, String> v, String subject) {
        if (!purpose.needsConsent() || form.consent() == null) {
            return;
        }
        List<Field> channels = v.keySet().stream().filter(f -> f.category() == Field.Category.MARKETING).toList();
        List<ConsentRecord> rows = new ArrayList<>();
        if (channels.isEmpty()) {
            rows.add(consent(session, form, purpose, customer, interaction, null,
                    form.consent().given() ? ConsentRecord.Status.GIVEN : ConsentRecord.Status.REFUSED));
        }
        List<ConsentRecord> history = channels.isEmpty() ? List.of() : records.consents(tx, customer.id());
        for (Field channel : channels) {
            boolean yes = form.consent().given() && "yes".equals(v.get(channel));
            // a "no" from someone whose latest answer for this channel was "yes" is a withdrawal, recorded as such
            boolean hadGiven = history.stream()
                    .filter(c -> c.purposeCode().equals(purpose.code()) && c.channel() == channel.channel())
                    .reduce((first, second) -> second)
                    .map(c -> c.status() == ConsentRecord.Status.GIVEN).orElse(false);
            rows.add(consent(session, form, purpose, customer, interaction, channel,
                    yes ? ConsentRecord.Status.GIVEN : hadGiven ? ConsentRecord.Status.WITHDRAWN : ConsentRecord.Status.REFUSED));
        }
        for (ConsentRecord row : rows) {
            records.addConsent(tx, row);
            events.append(tx, new EventDraft(session.userId(), EventAction.CONSENT_RECORDED, purpose.code(), subject,
                    Map.of("status", row.status().name(), "channel", row.channel() == null ? "none" : row.channel().name(),
                            "method", row.method().name(), "wording", row.wordingVersion()), null));
        }
    }

    private static ConsentRecord consent(Session session, IntakeForm form, Purpose purpose, Customer customer,
                                         Interaction interaction, Field channel, ConsentRecord.Status status) {
        return new ConsentRecord(0, customer.id(), purpose.code(), purpose.version(), channel == null ? null : channel.channel(),
                status, form.consent().method(), form.consent().wordingVersion(), form.script().id(), form.script().version(),
                interaction.id(), form.consent().recordedAt(), session.userId());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
