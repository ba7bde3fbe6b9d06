package org.custodian.core.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.custodian.core.auth.Session;
import org.custodian.core.customers.ConsentRecord;
import org.custodian.core.customers.ContactPoint;
import org.custodian.core.customers.Customer;
import org.custodian.core.customers.CustomerRecords;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.customers.HistoryEntry;
import org.custodian.core.customers.Interaction;
import org.custodian.core.customers.InteractionLine;
import org.custodian.core.customers.SpecialCategoryEntry;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Masking;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.intake.AnswerRules;
import org.custodian.core.rules.Violation;
import org.custodian.core.scripts.EnquiryType;
import org.custodian.core.rights.RecordProtections;
import org.custodian.core.scripts.ScriptCatalogue;
import org.custodian.core.settings.SettingsService;
import org.custodian.core.store.Store;
import org.custodian.core.users.User;
import org.custodian.core.users.UserRepository;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.FreeText;
import org.custodian.core.validation.Phones;
import org.jooq.DSLContext;

/**
 * Opening a customer's record for a stated purpose, revealing a masked field, re-confirming a contact point and
 * correcting a detail. Each is an event naming the purpose and the field, never a value, written in the same
 * transaction as what it records.
 */
public final class RecordService {

    public static final int NOTE_MAX = 500;
    private static final DateTimeFormatter DATE_OF_BIRTH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Store store;
    private final ScriptCatalogue catalogue;
    private final CustomerRepository customers;
    private final CustomerRecords records;
    private final UserRepository users;
    private final SettingsService settings;
    private final EventLog events;
    private final Clock clock;
    private final RecordProtections protections;

    public RecordService(Store store, ScriptCatalogue catalogue, CustomerRepository customers, CustomerRecords records,
                         UserRepository users, SettingsService settings, EventLog events, Clock clock,
                         RecordProtections protections) {
        this.protections = protections;
        this.store = store;
        this.catalogue = catalogue;
        this.customers = customers;
        this.records = records;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The purposes a record can be opened for, by name. */
    public List<Purpose> purposes() {
        List<Purpose> all = new ArrayList<>(catalogue.purposes().values());
        all.sort(Comparator.comparing(Purpose::name));
        return List.copyOf(all);
    }

    /** Opens a record for a purpose; the opening is an event naming the purpose. */
    public RecordView open(Session session, long customerId, String purposeCode) {
        Purpose purpose = purpose(purposeCode);
        return store.write(tx -> {
            protections.requireMarketingAllowed(tx, customerId, purpose.code());
            RecordView view = build(tx, session, customer(tx, customerId), purpose);
            events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMER_VIEWED, purpose.code(), subject(customerId),
                    Map.of("fields", Integer.toString(view.fields().size() + view.contacts().size())), null));
            return view;
        });
    }

    /**
     * The clear value of one masked field (a customer field, or a contact point when {@code contactPointId} is
     * given), as it is read to or checked with the caller. The reveal is an event naming the purpose and field.
     */
    public String reveal(Session session, long customerId, String purposeCode, Field field, Long contactPointId) {
        Purpose purpose = purpose(purposeCode);
        if (!RecordPolicy.mayReveal(session.role(), purpose, field)) {
            throw notForPurpose(purpose, field);
        }
        return store.write(tx -> {
            Customer customer = customer(tx, customerId);
            String value = contactPointId == null ? clearValue(tx, customer, field)
                    : display(contactPoint(tx, customerId, contactPointId, field));
            if (value == null) {
                throw invalid(field.label(), "record.nothing-to-reveal", "the record holds no " + field.label().toLowerCase(Locale.UK) + ".");
            }
            events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMER_FIELD_REVEALED, purpose.code(), subject(customerId),
                    Map.of("field", field.name()), null));
            return value;
        });
    }

    /** Records that the caller confirmed a phone number or email is still theirs; returns the refreshed record. */
    public RecordView reconfirm(Session session, long customerId, String purposeCode, long contactPointId) {
        Purpose purpose = purpose(purposeCode);
        return store.write(tx -> {
            Customer customer = customer(tx, customerId);
            protections.requireChangeable(tx, customerId);
            ContactPoint point = records.contactPoints(tx, customerId).stream().filter(p -> p.id() == contactPointId).findFirst()
                    .orElseThrow(() -> invalid("Contact", "record.contact-gone", "that phone number or email is no longer on the record."));
            if (!RecordPolicy.shownFields(session.role(), purpose).contains(fieldOf(point.kind()))) {
                throw notForPurpose(purpose, fieldOf(point.kind()));
            }
            records.reconfirm(tx, point, clock.instant());
            events.append(tx, new EventDraft(session.userId(), EventAction.CONTACT_POINT_RECONFIRMED, purpose.code(),
                    subject(customerId), Map.of("kind", point.kind().name()), null));
            return build(tx, session, customer, purpose);
        });
    }

    /**
     * Corrects one detail. The old value goes to the rectification history with the reason; the event names the
     * field and the reason, never a value. Returns the record as it now reads.
     */
    public RecordView rectify(Session session, Rectification change) {
        Purpose purpose = purpose(change.purposeCode());
        // a restricted record is refused before its new value is judged: nothing the agent types can change it
        protections.requireChangeable(store.dsl(), change.customerId());
        Field field = change.field();
        if (field == null) {
            throw invalid("Detail", "rectify.field", "choose which detail to correct.");
        }
        if (!RecordPolicy.mayRectify(session.role(), purpose, field)) {
            throw notForPurpose(purpose, field);
        }
        List<Violation> problems = new ArrayList<>();
        Checked<String> value = AnswerRules.check(field, change.newValue(), LocalDate.now(clock));
        problems.addAll(value.problems().stream().map(p -> new Violation("New value", p.code(), "New value: " + afterColon(p.message()),
                p.policyRef())).toList());
        if (change.reason() == null) {
            problems.add(new Violation("Reason", "rectify.reason", "Reason: choose why the detail is being changed.", "UK GDPR Art 16"));
        }
        String note = change.note() == null ? "" : change.note().strip();
        if (change.reason() == RectificationReason.OTHER && note.isEmpty()) {
            problems.add(new Violation("Note", "rectify.note-needed", "Note: say why the detail is being changed.", "UK GDPR Art 16"));
        }
        if (!note.isEmpty()) {
            problems.addAll(FreeText.check("Note", note, NOTE_MAX).problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String canonical = ((Checked.Valid<String>) value).value();
        String reason = change.reason().label() + (note.isEmpty() ? "" : ": " + note);
        Instant now = clock.instant();
        return store.write(tx -> {
            Customer customer = customer(tx, change.customerId());
            String old;
            if (field == Field.PHONE || field == Field.EMAIL) {
                if (change.contactPointId() == null) {
                    throw invalid("Contact", "rectify.which-contact", "choose which " + field.label().toLowerCase(Locale.UK) + " to correct.");
                }
                ContactPoint point = contactPoint(tx, customer.id(), change.contactPointId(), field);
                old = point.value();
                ensureChanged(field, old, canonical);
                records.replaceValue(tx, point, canonical, now);
            } else {
                old = storedValue(customer, field);
                ensureChanged(field, old, canonical);
                customers.update(tx, withField(customer, field, canonical));
            }
            records.addHistory(tx, customer.id(), field, old, now, session.userId(), reason);
            events.append(tx, new EventDraft(session.userId(), EventAction.CUSTOMER_RECTIFIED, purpose.code(), subject(customer.id()),
                    Map.of("field", field.name(), "reason", change.reason().name()), null));
            return build(tx, session, customer(tx, customer.id()), purpose);
        });
    }

    // ---- building the view

    private RecordView build(DSLContext dsl, Session session, Customer customer, Purpose purpose) {
        List<Field> shown = RecordPolicy.shownFields(session.role(), purpose);
        List<SpecialCategoryEntry> special = shown.contains(Field.HEALTH_NEEDS) ? records.specialCategory(dsl, customer.id()) : List.of();
        List<RecordView.ShownField> fields = new ArrayList<>();
        List<Field> missing = new ArrayList<>();
        for (Field field : shown) {
            if (field == Field.PHONE || field == Field.EMAIL) {
                continue;
            }
            String value = field == Field.HEALTH_NEEDS
                    ? special.stream().filter(s -> s.field() == field).findFirst().map(SpecialCategoryEntry::value).orElse(null)
                    : storedValue(customer, field);
            if (value == null) {
                missing.add(field);
            } else {
                boolean masked = RecordPolicy.maskedUntilRevealed(field);
                fields.add(new RecordView.ShownField(field, masked ? Masking.of(field, value) : value, masked));
            }
        }
        int months = settings.contactStaleMonths();
        Instant staleBefore = clock.instant().atZone(ZoneId.of("Europe/London")).minusMonths(months).toInstant();
        List<RecordView.ShownContact> contacts = new ArrayList<>();
        List<ContactPoint> points = records.contactPoints(dsl, customer.id());
        for (Field kind : List.of(Field.PHONE, Field.EMAIL)) {
            if (!shown.contains(kind)) {
                continue;
            }
            List<ContactPoint> ofKind = points.stream().filter(p -> fieldOf(p.kind()) == kind).toList();
            if (ofKind.isEmpty()) {
                missing.add(kind);
            }
            for (ContactPoint p : ofKind) {
                contacts.add(new RecordView.ShownContact(p.id(), kind, Masking.of(kind, display(p)), p.verifiedAt(),
                        p.verifiedAt().isBefore(staleBefore)));
            }
        }
        Map<Long, String> names = new HashMap<>();
        Map<String, String> purposeNames = new HashMap<>();
        catalogue.purposes().values().forEach(p -> purposeNames.put(p.code(), p.name()));
        List<RecordView.ConsentLine> consents = new ArrayList<>();
        List<ConsentRecord> consentRows = new ArrayList<>(records.consents(dsl, customer.id()));
        consentRows.sort(Comparator.comparing(ConsentRecord::recordedAt).reversed());
        for (ConsentRecord c : consentRows) {
            consents.add(new RecordView.ConsentLine(purposeNames.getOrDefault(c.purposeCode(), c.purposeCode()),
                    c.channel() == null ? "" : c.channel().name().charAt(0) + c.channel().name().substring(1).toLowerCase(Locale.UK),
                    c.status().name().charAt(0) + c.status().name().substring(1).toLowerCase(Locale.UK), c.method().label(),
                    c.wordingVersion(), c.recordedAt(), userName(dsl, names, c.recordedBy())));
        }
        List<InteractionLine> interactions = new ArrayList<>();
        for (Interaction i : records.interactions(dsl, customer.id())) {
            interactions.add(new InteractionLine(i.id(), i.savedAt(), enquiryLabel(i.enquiryType()), i.nature(),
                    i.actionsTaken(), i.outcome(), userName(dsl, names, i.agentId())));
        }
        boolean oldValues = RecordPolicy.seesOldValues(session.role());
        List<RecordView.HistoryLine> history = new ArrayList<>();
        for (HistoryEntry h : records.history(dsl, customer.id())) {
            history.add(new RecordView.HistoryLine(h.field(), oldValues ? shownOld(h) : null, h.changedAt(),
                    userName(dsl, names, h.changedBy()), h.reason()));
        }
        return new RecordView(customer.id(), customer.reference(), customer.fullName(), purpose.code(), purpose.name(), fields,
                contacts, consents, interactions, history, missing,
                shown.stream().filter(f -> RecordPolicy.mayRectify(session.role(), purpose, f)).toList(), months);
    }

    private static String shownOld(HistoryEntry h) {
        if (h.oldValue() == null) {
            return "(none)";
        }
        return h.field() == Field.PHONE ? Phones.display(h.oldValue())
                : h.field() == Field.DATE_OF_BIRTH ? LocalDate.parse(h.oldValue()).format(DATE_OF_BIRTH) : h.oldValue();
    }

    private String userName(DSLContext dsl, Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> users.findById(dsl, k).map(User::displayName).orElse("a former user"));
    }

    private static String enquiryLabel(String type) {
        try {
            return EnquiryType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    // ---- values

    private String clearValue(DSLContext dsl, Customer customer, Field field) {
        if (field == Field.HEALTH_NEEDS) {
            return records.specialCategory(dsl, customer.id()).stream().filter(s -> s.field() == field).findFirst()
                    .map(SpecialCategoryEntry::value).orElse(null);
        }
        String stored = storedValue(customer, field);
        return stored == null ? null : field == Field.DATE_OF_BIRTH ? customer.dateOfBirth().format(DATE_OF_BIRTH) : stored;
    }

    private static String storedValue(Customer c, Field field) {
        return switch (field) {
            case FULL_NAME -> c.fullName();
            case DATE_OF_BIRTH -> c.dateOfBirth() == null ? null : c.dateOfBirth().toString();
            case POSTCODE -> c.postcode();
            case ADDRESS -> c.address();
            default -> null;
        };
    }

    private static Customer withField(Customer c, Field field, String canonical) {
        return switch (field) {
            case FULL_NAME -> c.with(canonical, c.dateOfBirth(), c.postcode(), c.address());
            case DATE_OF_BIRTH -> c.with(c.fullName(), LocalDate.parse(canonical), c.postcode(), c.address());
            case POSTCODE -> c.with(c.fullName(), c.dateOfBirth(), canonical, c.address());
            case ADDRESS -> c.with(c.fullName(), c.dateOfBirth(), c.postcode(), canonical);
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    private static void ensureChanged(Field field, String old, String canonical) {
        if (canonical.equals(old)) {
            throw invalid("New value", "rectify.unchanged", "this is what the record already holds; type the corrected "
                    + field.label().toLowerCase(Locale.UK) + ".");
        }
    }

    private static String display(ContactPoint p) {
        return p.kind() == ContactPoint.Kind.PHONE ? Phones.display(p.value()) : p.value();
    }

    private ContactPoint contactPoint(DSLContext dsl, long customerId, long id, Field field) {
        return records.contactPoints(dsl, customerId).stream().filter(p -> p.id() == id && fieldOf(p.kind()) == field).findFirst()
                .orElseThrow(() -> invalid(field.label(), "record.contact-gone", "that " + field.label().toLowerCase(Locale.UK)
                        + " is no longer on the record."));
    }

    private static Field fieldOf(ContactPoint.Kind kind) {
        return kind == ContactPoint.Kind.PHONE ? Field.PHONE : Field.EMAIL;
    }

    private Customer customer(DSLContext dsl, long id) {
        Optional<Customer> found = customers.findById(dsl, id);
        return found.orElseThrow(() -> invalid("Customer", "record.gone", "this record no longer exists; search again."));
    }

    private Purpose purpose(String code) {
        Purpose purpose = code == null ? null : catalogue.purposes().get(code);
        if (purpose == null) {
            throw invalid("Purpose", "record.purpose", "choose why you are opening the record from the list.");
        }
        return purpose;
    }

    private static InvalidInputException notForPurpose(Purpose purpose, Field field) {
        return new InvalidInputException(new Violation("Purpose", "record.not-for-purpose", "Purpose: \"" + purpose.name()
                + "\" does not need the " + field.label().toLowerCase(Locale.UK)
                + "; reopen the record for a purpose that does.", "UK GDPR Art 5(1)(b)"));
    }

    private String subject(long customerId) {
        return store.subjectKeys().forCustomer(customerId);
    }

    private static InvalidInputException invalid(String field, String code, String message) {
        return new InvalidInputException(new Violation(field, code, field + ": " + message, "UK GDPR Art 5"));
    }

    private static String afterColon(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
