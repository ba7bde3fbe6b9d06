package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationItem;
import org.custodian.core.gdpr.VerificationPolicy;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.custodian.core.rules.Violation;

/**
 * The data-protection check as pure rules. Answers are compared in a normalised form, so "sw1a1aa" matches
 * "SW1A 1AA", "14/3/85"-style typing is read as a date and a security answer ignores case, accents, spaces and
 * punctuation. A wrong answer fails the check; a blank one was not asked.
 */
public final class VerificationRules {

    private static final String REF = "UK GDPR Art 5(1)(f) security";
    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("d/M/uuuu"), pattern("uuuu/M/d"), pattern("d M uuuu"), pattern("ddMMuuuu"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK)
                    .withResolverStyle(ResolverStyle.STRICT));

    private VerificationRules() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** An answer in the form it is compared, or empty when it cannot be read as that item at all. */
    public static Optional<String> normalise(VerificationItem item, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        return switch (item) {
            case DATE_OF_BIRTH -> date(text).map(LocalDate::toString);
            case POSTCODE -> {
                String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
                yield compact.matches("[A-Z0-9]{5,7}") ? Optional.of(compact) : Optional.empty();
            }
            case PHONE_LAST_FOUR -> {
                String digits = text.replaceAll("[\\s-]", "");
                yield digits.matches("\\d{4}") ? Optional.of(digits) : Optional.empty();
            }
            case SECURITY_ANSWER -> {
                String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
                yield folded.isEmpty() ? Optional.empty() : Optional.of(folded);
            }
        };
    }

    private static Optional<LocalDate> date(String text) {
        String typed = text.replace('.', '/').replace('-', '/').replaceAll("\\s+", " ").replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** What an agent typed that cannot be an answer of that kind at all: a typing slip to fix, not a wrong answer. */
    public static List<Violation> unreadable(Map<VerificationItem, String> typed) {
        List<Violation> problems = new ArrayList<>();
        for (VerificationItem item : EnumSet.allOf(VerificationItem.class)) {
            String value = typed.get(item);
            if (value != null && !value.isBlank() && normalise(item, value).isEmpty()) {
                problems.add(new Violation(item.label(), "verify.unreadable." + item.name().toLowerCase(Locale.ROOT),
                        item.label() + ": " + fix(item), REF));
            }
        }
        return problems;
    }

    private static String fix(VerificationItem item) {
        return switch (item) {
            case DATE_OF_BIRTH -> "type the date as the caller says it, for example 14/03/1985 or 14 March 1985.";
            case POSTCODE -> "type the postcode the caller gives, for example SW1A 1AA.";
            case PHONE_LAST_FOUR -> "type exactly four digits.";
            case SECURITY_ANSWER -> "type the answer with at least one letter or digit.";
        };
    }

    /** The items of the policy that this record holds, so they can be asked. */
    public static Set<VerificationItem> askable(VerificationPolicy policy, Map<VerificationItem, Set<String>> held) {
        Set<VerificationItem> askable = EnumSet.noneOf(VerificationItem.class);
        for (VerificationItem item : policy.items()) {
            Set<String> values = held.get(item);
            if (values != null && !values.isEmpty()) {
                askable.add(item);
            }
        }
        return askable;
    }

    /**
     * Checks what the caller said against what the record holds.
     *
     * @param held         each item's stored values in normalised form (a customer can have several phones)
     * @param typed        what the agent typed for each item asked; blank means not asked
     * @param secure       turns a normalised security answer into its stored form (a keyed hash)
     * @param failedBefore checks already failed on this call
     */
    public static VerificationVerdict check(VerificationPolicy policy, Map<VerificationItem, Set<String>> held,
                                            Map<VerificationItem, String> typed, UnaryOperator<String> secure, int failedBefore) {
        Set<VerificationItem> askable = askable(policy, held);
        if (askable.size() < policy.required()) {
            return new VerificationVerdict.CannotVerify(askable.size(), policy.required());
        }
        Set<VerificationItem> asked = EnumSet.noneOf(VerificationItem.class);
        boolean wrong = false;
        for (VerificationItem item : askable) {
            Optional<String> answer = normalise(item, typed.get(item));
            if (answer.isEmpty()) {
                continue;
            }
            asked.add(item);
            String compared = item == VerificationItem.SECURITY_ANSWER ? secure.apply(answer.get()) : answer.get();
            if (!held.get(item).contains(compared)) {
                wrong = true;
            }
        }
        if (wrong) {
            int failed = failedBefore + 1;
            return new VerificationVerdict.Failed(Set.copyOf(asked), failed, failed >= VerificationPolicy.MAX_FAILED_CHECKS);
        }
        if (asked.size() < policy.required()) {
            return new VerificationVerdict.Incomplete(Set.copyOf(asked), policy.required() - asked.size());
        }
        return new VerificationVerdict.Passed(Set.copyOf(asked));
    }
}
