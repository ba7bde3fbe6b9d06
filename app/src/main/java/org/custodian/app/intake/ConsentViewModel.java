package org.custodian.app.intake;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.custodian.core.gdpr.ConsentMethod;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.intake.ConsentCapture;

/**
 * The consent step: the purpose and its lawful basis, the wording to read aloud, the caller's answer and how
 * it was given. The moment (UTC) is taken when the agent records or changes the answer, not when the call began.
 */
public final class ConsentViewModel {

    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC' d MMM uuuu", java.util.Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final IntakeSession session;
    private final Clock clock;
    private final ObjectProperty<Boolean> given = new SimpleObjectProperty<>(this, "given");
    private final ObjectProperty<ConsentMethod> method = new SimpleObjectProperty<>(this, "method", ConsentMethod.VERBAL);
    private final ReadOnlyStringWrapper recorded = new ReadOnlyStringWrapper(this, "recorded", "");

    ConsentViewModel(IntakeSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        ConsentCapture earlier = session.consent();
        if (earlier != null) {
            given.set(earlier.given());
            method.set(earlier.method());
            recorded.set(describe(earlier));
        }
        given.addListener((obs, old, now) -> record());
        method.addListener((obs, old, now) -> record());
    }

    private void record() {
        if (given.get() == null) {
            return;
        }
        ConsentCapture capture = new ConsentCapture(wording().version(), given.get(), method.get(), clock.instant());
        session.recordConsent(capture);
        recorded.set(describe(capture));
    }

    private static String describe(ConsentCapture capture) {
        return (capture.given() ? "Consent given" : "Consent not given") + ", " + capture.method().label().toLowerCase(java.util.Locale.UK)
                + ", recorded at " + UTC_TIME.format(capture.recordedAt()) + ".";
    }

    /** Whether the wizard may go on: only once the caller said yes. A "no" means nothing may be recorded. */
    public boolean allowsDetails() {
        return Boolean.TRUE.equals(given.get());
    }

    /** Why Next is not available yet, in one sentence; empty when it is. */
    public String blocker() {
        if (given.get() == null) {
            return "Consent: read the wording to the caller and record their answer before taking any details.";
        }
        if (!given.get()) {
            return "Consent: the caller said no, so no personal data may be recorded for this purpose. "
                    + "Thank them and cancel the call.";
        }
        return "";
    }

    public String purposeName() {
        return session.purpose().name();
    }

    public String lawfulBasis() {
        Purpose purpose = session.purpose();
        String basis = purpose.basis().label() + " (" + purpose.basis().article() + ")";
        return purpose.art9Condition() == null ? basis
                : basis + "; special category data: " + purpose.art9Condition().label() + " (" + purpose.art9Condition().article() + ")";
    }

    public Purpose.ConsentWording wording() {
        return session.purpose().consentWording();
    }

    public String wordingVersion() {
        return "Wording version " + wording().version();
    }

    public List<ConsentMethod> methods() {
        return List.of(ConsentMethod.values());
    }

    /** Null until the agent records the caller's answer. */
    public ObjectProperty<Boolean> givenProperty() {
        return given;
    }

    public ObjectProperty<ConsentMethod> methodProperty() {
        return method;
    }

    public ReadOnlyStringProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }
}
