package org.custodian.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An event about to be appended. Details are codes, counts and ids only, never personal data: keys and values
 * are restricted to a plain alphabet so a name or an address cannot be slipped in by accident.
 *
 * @param occurredAt when it happened; null means "now" (events drained from outside the store keep their time)
 */
public record EventDraft(Long actorId, EventAction action, String purpose, String subjectKey,
                         Map<String, String> details, Instant occurredAt) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:+\\-]{0,80}");

    public EventDraft {
        Objects.requireNonNull(action, "action");
        details = Map.copyOf(details == null ? Map.of() : details);
        for (Map.Entry<String, String> entry : details.entrySet()) {
            if (!SAFE.matcher(entry.getKey()).matches() || !SAFE.matcher(entry.getValue()).matches()) {
                throw new IllegalArgumentException("event details hold codes only: " + entry.getKey());
            }
        }
        if (purpose != null && !SAFE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("event purpose is a code");
        }
    }

    public static EventDraft of(Long actorId, EventAction action) {
        return new EventDraft(actorId, action, null, null, Map.of(), null);
    }

    public static EventDraft of(Long actorId, EventAction action, Map<String, String> details) {
        return new EventDraft(actorId, action, null, null, details, null);
    }

    public EventDraft about(String subject) {
        return new EventDraft(actorId, action, purpose, subject, details, occurredAt);
    }

    public EventDraft at(Instant time) {
        return new EventDraft(actorId, action, purpose, subjectKey, details, time);
    }

    /** Sorted "key=value" pairs joined by ";", the form that is stored and hashed. */
    public String canonicalDetails() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(details).forEach((k, v) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(k).append('=').append(v);
        });
        return text.toString();
    }
}
