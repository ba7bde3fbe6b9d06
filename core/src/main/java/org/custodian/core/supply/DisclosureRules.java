package org.custodian.core.supply;

import org.custodian.core.gdpr.VerificationPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.core.gdpr.Purpose;

/**
 * May these details go to this recipient? Pure rules (UK GDPR Art 5(1)(b) and (f), Art 6): the record's purpose
 * must need each item, a caller must have passed the identity check on this call, a third party's authority must
 * be current and cover each item, and another organisation needs a recorded lawful basis and reason.
 */
public final class DisclosureRules {

    /** How the customer appears as a recipient in the register. */
    public static final String CUSTOMER = "The customer";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private DisclosureRules() {
    }

    /** The items a record opened for this purpose can supply: the fields it shows, and the histories. */
    public static Set<DisclosureItem> available(Purpose purpose) {
        Set<DisclosureItem> items = EnumSet.noneOf(DisclosureItem.class);
        for (DisclosureItem item : DisclosureItem.values()) {
            if (item.field() == null || purpose.fields().contains(item.field())) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * @param call       this call's identity state, or null when no check has been made
     * @param flagged    whether the record carries an uncleared failed-checks flag
     * @param thirdParty the third party named by the recipient, or null when it is not on this customer's record
     */
    public static DisclosureDecision decide(Purpose purpose, Set<DisclosureItem> items, Recipient recipient, CallState call,
                                            boolean flagged, ThirdParty thirdParty, LocalDate today) {
        if (items.isEmpty()) {
            return refused("disclose.nothing", "Choose what to supply.");
        }
        Set<DisclosureItem> outside = EnumSet.copyOf(items);
        outside.removeAll(available(purpose));
        if (!outside.isEmpty()) {
            return refused("disclose.purpose", "\"" + purpose.name() + "\" does not need the " + phrase(outside)
                    + "; reopen the record for a purpose that does.");
        }
        if (recipient instanceof Recipient.Organisation o) {
            return organisation(o);
        }
        if (recipient instanceof Recipient.ThirdPartyRecipient) {
            return thirdParty(items, call, flagged, thirdParty, today, purpose);
        }
        DisclosureDecision identity = identity(call, flagged);
        return identity != null ? identity : new DisclosureDecision.Allowed(purpose.basis(), CUSTOMER, CUSTOMER);
    }

    private static DisclosureDecision identity(CallState call, boolean flagged) {
        if (flagged || call != null && call.exhausted()) {
            return refused("disclose.flagged", "Identity checks have failed " + VerificationPolicy.MAX_FAILED_CHECKS
                    + " times for this record, so nothing can be disclosed to a caller until a team lead clears the flag.");
        }
        if (call == null || !call.verified()) {
            return refused("disclose.unverified", "The caller has not passed the identity check on this call; check their identity first.");
        }
        return null;
    }

    private static DisclosureDecision thirdParty(Set<DisclosureItem> items, CallState call, boolean flagged, ThirdParty party,
                                                 LocalDate today, Purpose purpose) {
        if (party == null) {
            return refused("disclose.no-authority", "That person has no recorded authority for this customer.");
        }
        switch (party.status(today)) {
            case WITHDRAWN -> {
                return refused("disclose.authority-withdrawn", party.fullName() + "'s authority was withdrawn, so nothing can be disclosed to them.");
            }
            case EXPIRED -> {
                return refused("disclose.authority-expired", party.fullName() + "'s authority expired on "
                        + party.expiresOn().format(DAY) + "; ask for current evidence before disclosing anything.");
            }
            case ACTIVE -> {
                // go on
            }
        }
        Set<DisclosureItem> uncovered = EnumSet.copyOf(items);
        uncovered.removeAll(party.scope());
        if (!uncovered.isEmpty()) {
            return refused("disclose.scope", party.fullName() + "'s authority does not cover the " + phrase(uncovered) + ".");
        }
        DisclosureDecision identity = identity(call, flagged);
        return identity != null ? identity : new DisclosureDecision.Allowed(purpose.basis(), party.fullName(), party.authority().label());
    }

    private static DisclosureDecision organisation(Recipient.Organisation o) {
        if (o.name() == null || o.name().isBlank()) {
            return refused("disclose.org-name", "Name the organisation the details are going to.");
        }
        if (o.basis() == null) {
            return refused("disclose.org-basis", "Choose the lawful basis for disclosing to " + o.name().strip() + ".");
        }
        if (o.reason() == null || o.reason().isBlank()) {
            return refused("disclose.org-reason", "Say why " + o.name().strip() + " needs the details, for example to deliver a replacement card.");
        }
        return new DisclosureDecision.Allowed(o.basis(), o.name().strip(), o.reason().strip());
    }

    /** "date of birth and email addresses". */
    static String phrase(Set<DisclosureItem> items) {
        List<String> words = EnumSet.copyOf(items).stream().map(i -> i.label().toLowerCase(Locale.UK)).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + words.get(words.size() - 1);
    }

    private static DisclosureDecision refused(String code, String reason) {
        return new DisclosureDecision.Refused(code, reason);
    }
}
