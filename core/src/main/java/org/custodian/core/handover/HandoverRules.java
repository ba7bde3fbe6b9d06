package org.custodian.core.handover;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodian.core.auth.Role;
import org.custodian.core.rules.Violation;
import org.custodian.core.validation.Checked;
import org.custodian.core.validation.FreeText;

/**
 * What a handover must say, when it is late, and who may take it on. Pure functions of their arguments (the time
 * is always passed in), so the dialog shows the same verdict as the save.
 */
public final class HandoverRules {

    public static final String TO = "To";
    public static final String NEED = "Customer's need";
    public static final String DONE = "What has been done";
    public static final String PROMISED = "What was promised";
    public static final String URGENCY = "Urgency";
    public static final String DUE = "By when";
    public static final String DEPARTMENT = "Department";

    public static final int NEED_MAX = 500;
    public static final int DONE_MAX = 1000;
    public static final int PROMISED_MAX = 500;
    /** A handover is for work in hand: further ahead than this belongs elsewhere. */
    public static final Duration FURTHEST_DUE = Duration.ofDays(30);
    /** Within this of its "by when", an unconfirmed handover is due soon. */
    public static final Duration DUE_SOON = Duration.ofHours(1);

    private static final String HOUSE = "House rule: handovers (issue 5)";
    private static final Pattern DEPARTMENT_NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N} &\\-]*");
    private static final Pattern TIME = Pattern.compile("\\s*([01]?[0-9]|2[0-3])\\s*[:.]?\\s*([0-5][0-9])\\s*");

    /** Whether a person may confirm they understand a handover. */
    public enum Acknowledgement {
        ALLOWED,
        /** Someone already confirmed it. */
        ALREADY_ACKNOWLEDGED,
        /** The sender never confirms their own handover. */
        SENDER,
        /** It was sent to another colleague by name. */
        NOT_THE_RECEIVER
    }

    private HandoverRules() {
    }

    /** Every problem with a note about to be sent by {@code senderId} at {@code now}; empty when it can go. */
    public static List<Violation> check(HandoverNote note, long senderId, Instant now) {
        List<Violation> problems = new ArrayList<>();
        if (note.to() == null) {
            problems.add(violation(TO, "handover.to", "choose a colleague or a department."));
        } else if (note.to() instanceof Receiver.Colleague colleague && colleague.userId() == senderId) {
            problems.add(violation(TO, "handover.to-self", "choose a colleague other than yourself, or a department."));
        }
        required(problems, NEED, note.need(), NEED_MAX, "handover.need", "say what the customer needs.");
        required(problems, DONE, note.done(), DONE_MAX, "handover.done",
                "say what has been done so far (\"nothing yet\" is an answer).");
        if (note.promised() != null && !note.promised().isBlank()) {
            problems.addAll(FreeText.check(PROMISED, note.promised(), PROMISED_MAX).problems());
        }
        if (note.urgency() == null) {
            problems.add(violation(URGENCY, "handover.urgency", "choose how urgent this is."));
        }
        problems.addAll(checkDue(note.dueAt(), now));
        return List.copyOf(problems);
    }

    /** The "by when" alone: set, not passed, and within {@link #FURTHEST_DUE}. */
    public static List<Violation> checkDue(Instant dueAt, Instant now) {
        if (dueAt == null) {
            return List.of(violation(DUE, "handover.due", "choose a date and time."));
        }
        if (!dueAt.isAfter(now)) {
            return List.of(violation(DUE, "handover.due-passed", "choose a time that has not passed yet."));
        }
        if (dueAt.isAfter(now.plus(FURTHEST_DUE))) {
            return List.of(violation(DUE, "handover.due-too-far", "choose a time within " + FURTHEST_DUE.toDays()
                    + " days; a handover is for work in hand."));
        }
        return List.of();
    }

    /** A date and a typed time ("16:30", "9.05", "0930") in the given zone, as an instant. */
    public static Checked<Instant> due(LocalDate date, String time, ZoneId zone) {
        if (date == null) {
            return Checked.invalid(DUE, "handover.due-date", "choose a date.", HOUSE);
        }
        Matcher m = time == null ? null : TIME.matcher(time);
        if (m == null || !m.matches()) {
            return Checked.invalid(DUE, "handover.due-time", "type the time as hours and minutes, for example 16:30.", HOUSE);
        }
        try {
            LocalTime at = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Checked.valid(date.atTime(at).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Checked.invalid(DUE, "handover.due-date", "choose a date.", HOUSE);
        }
    }

    /** The "by when" an urgency suggests: its default time from now, rounded up to the next five minutes. */
    public static Instant defaultDue(Urgency urgency, Instant now) {
        Instant due = now.plus(urgency.defaultWithin()).truncatedTo(ChronoUnit.MINUTES);
        long minute = due.getEpochSecond() / 60;
        long rounded = (minute + 4) / 5 * 5;
        return Instant.ofEpochSecond(rounded * 60);
    }

    public static Timeliness timeliness(Handover handover, Instant now) {
        if (handover.acknowledgedAt() != null) {
            return Timeliness.ACKNOWLEDGED;
        }
        if (now.isAfter(handover.dueAt())) {
            return Timeliness.OVERDUE;
        }
        return Duration.between(now, handover.dueAt()).compareTo(DUE_SOON) <= 0 ? Timeliness.DUE_SOON : Timeliness.ON_TIME;
    }

    /** A queue's order: overdue first, then by "by when", the more urgent first at the same time. */
    public static Comparator<Handover> queueOrder(Instant now) {
        return Comparator.comparing((Handover h) -> timeliness(h, now) != Timeliness.OVERDUE)
                .thenComparing(Handover::dueAt)
                .thenComparing(Handover::urgency)
                .thenComparingLong(Handover::id);
    }

    /** The named receiver only; for a department, anyone but the sender; never twice. */
    public static Acknowledgement mayAcknowledge(Handover handover, long userId) {
        if (handover.acknowledgedAt() != null) {
            return Acknowledgement.ALREADY_ACKNOWLEDGED;
        }
        if (handover.toUser() != null && handover.toUser() != userId) {
            return Acknowledgement.NOT_THE_RECEIVER;
        }
        if (handover.sentBy() == userId) {
            return Acknowledgement.SENDER;
        }
        return Acknowledgement.ALLOWED;
    }

    /**
     * Who may read a handover's note: its sender, its named receiver, anyone when it went to a department, and
     * team leads (who manage the queues).
     */
    public static boolean mayRead(Handover handover, long userId, Role role) {
        return role == Role.TEAM_LEAD || handover.sentBy() == userId || handover.toUser() == null
                || handover.toUser() == userId;
    }

    /** A new department's name: 2 to 60 letters, digits, spaces, "&" or "-", starting with a letter. */
    public static List<Violation> checkDepartmentName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return List.of(violation(DEPARTMENT, "department.name", "type the department's name."));
        }
        if (n.length() < 2 || n.length() > 60 || !DEPARTMENT_NAME.matcher(n).matches()) {
            return List.of(violation(DEPARTMENT, "department.name-form",
                    "use 2 to 60 letters, digits, spaces, \"&\" or \"-\", starting with a letter."));
        }
        return List.of();
    }

    /** The code events name a department by: its name in lower case, words joined by "-". */
    public static String departmentCode(String name) {
        String plain = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace("&", " and ");
        String code = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        code = code.length() > 28 ? code.substring(0, 28).replaceAll("-+$", "") : code;
        return code.isEmpty() ? "department" : code;
    }

    private static void required(List<Violation> problems, String field, String text, int max, String code, String fix) {
        if (text == null || text.isBlank()) {
            problems.add(violation(field, code, fix));
        } else {
            problems.addAll(FreeText.check(field, text, max).problems());
        }
    }

    private static Violation violation(String field, String code, String fix) {
        return new Violation(field, code, field + ": " + fix, HOUSE);
    }
}
