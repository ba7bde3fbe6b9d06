package org.custodian.core.supply;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custodian.core.gdpr.VerificationItem;

/**
 * What happened on a call to an existing customer, summarised for the interaction log's "actions taken": the
 * identity check, what was disclosed to whom, the security question, authority recorded or withdrawn and handovers.
 * Pure: the service gathers the facts, this words them (and names them as codes for the event).
 */
public final class CallActions {

    private CallActions() {
    }

    /** The kinds of action, as the event names them (short: all of them together fit an event detail). */
    public enum Action { VERIFIED, CHECK_FAILED, NOT_CHECKED, DISCLOSED, QUESTION_SET, AUTHORITY_ADDED, AUTHORITY_ENDED,
        HANDED_OVER }

    /** The facts of one call: {@code call} is null when no identity check was made. */
    public record Facts(CallState call, List<DisclosureEntry> disclosures, boolean securityQuestionSet, int authoritiesRecorded,
                        int authoritiesWithdrawn, int handovers) {

        public Facts {
            disclosures = List.copyOf(disclosures);
        }
    }

    /** The sentence for the log and the codes for the event. */
    public record Summary(String text, Set<Action> actions) {

        public Summary {
            actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        }
    }

    public static Summary summarise(Facts facts) {
        List<String> sentences = new ArrayList<>();
        Set<Action> actions = EnumSet.noneOf(Action.class);
        CallState call = facts.call();
        if (call == null) {
            actions.add(Action.NOT_CHECKED);
            sentences.add("Identity not checked.");
        } else if (call.verified()) {
            actions.add(Action.VERIFIED);
            sentences.add("Identity checked on " + and(EnumSet.copyOf(call.verifiedItems()).stream().map(VerificationItem::phrase).toList())
                    + (call.failedChecks() > 0 ? " after " + call.failedChecks() + " failed check" + (call.failedChecks() == 1 ? "" : "s") : "")
                    + ".");
        } else {
            actions.add(Action.CHECK_FAILED);
            sentences.add(call.failedChecks() == 0 ? "Identity check not completed."
                    : "Identity check failed " + times(call.failedChecks()) + "; nothing disclosed to the caller.");
        }
        Map<DisclosureEntry.RecipientKind, Set<DisclosureItem>> told = new TreeMap<>();
        for (DisclosureEntry d : facts.disclosures()) {
            told.computeIfAbsent(d.recipientKind(), k -> EnumSet.noneOf(DisclosureItem.class)).addAll(d.items());
        }
        told.forEach((kind, items) -> sentences.add("Disclosed " + and(EnumSet.copyOf(items).stream()
                .map(i -> i.label().toLowerCase(Locale.UK)).toList()) + " to " + recipient(kind) + "."));
        if (!told.isEmpty()) {
            actions.add(Action.DISCLOSED);
        }
        if (facts.securityQuestionSet()) {
            actions.add(Action.QUESTION_SET);
            sentences.add("Security question set.");
        }
        if (facts.authoritiesRecorded() > 0) {
            actions.add(Action.AUTHORITY_ADDED);
            sentences.add(count(facts.authoritiesRecorded(), "third party's authority", "third parties' authorities") + " recorded.");
        }
        if (facts.authoritiesWithdrawn() > 0) {
            actions.add(Action.AUTHORITY_ENDED);
            sentences.add(count(facts.authoritiesWithdrawn(), "third party's authority", "third parties' authorities") + " withdrawn.");
        }
        if (facts.handovers() > 0) {
            actions.add(Action.HANDED_OVER);
            sentences.add("Handed over " + (facts.handovers() == 1 ? "once" : facts.handovers() + " times") + ".");
        }
        return new Summary(String.join(" ", sentences), actions);
    }

    private static String recipient(DisclosureEntry.RecipientKind kind) {
        switch (kind) {
            case CUSTOMER:
                return "the customer";
            case THIRD_PARTY:
                return "a third party with authority";
            default:
                return "another organisation";
        }
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static String count(int n, String one, String many) {
        return n == 1 ? "One " + one : n + " " + many;
    }

    private static String and(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** The event's codes, joined as event details must be. */
    static String codes(Set<Action> actions) {
        return actions.stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
    }
}
