package org.custodian.core.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custodian.core.auth.Role;
import org.custodian.core.gdpr.Field;
import org.custodian.core.gdpr.Purpose;

/**
 * What a person may see and change in a customer's record for a stated purpose (UK GDPR Art 5(1)(b) purpose
 * limitation and (c) minimisation). Pure rules; {@link RecordService} applies them to every read and write.
 */
public final class RecordPolicy {

    /** The order fields are shown in. */
    private static final List<Field> ORDER = List.of(Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.PHONE, Field.EMAIL,
            Field.ADDRESS, Field.POSTCODE, Field.HEALTH_NEEDS);
    private static final Set<Field> RECTIFIABLE = Set.of(Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.PHONE, Field.EMAIL,
            Field.ADDRESS, Field.POSTCODE);

    private RecordPolicy() {
    }

    /**
     * The personal data fields shown for a purpose: the ones it lists, in a fixed order. The name is always shown,
     * since without it nobody can tell whose record is open. Special category data appears only where the
     * purpose lists it, which its Art 9 condition allows (checked when the purpose was loaded).
     */
    public static List<Field> shownFields(Role role, Purpose purpose) {
        List<Field> shown = new ArrayList<>();
        for (Field field : ORDER) {
            if (field == Field.FULL_NAME || purpose.fields().contains(field)) {
                shown.add(field);
            }
        }
        return List.copyOf(shown);
    }

    /** Everything but the name is masked until the agent reveals it, and each reveal is an event. */
    public static boolean maskedUntilRevealed(Field field) {
        return field != Field.FULL_NAME;
    }

    public static boolean mayReveal(Role role, Purpose purpose, Field field) {
        return shownFields(role, purpose).contains(field) && maskedUntilRevealed(field);
    }

    /** A field can be corrected where the purpose shows it; special category data is recorded, not edited here. */
    public static boolean mayRectify(Role role, Purpose purpose, Field field) {
        return RECTIFIABLE.contains(field) && shownFields(role, purpose).contains(field);
    }

    /** Rectification history shows everyone who changed what and why; the old values only to team leads. */
    public static boolean seesOldValues(Role role) {
        return role == Role.TEAM_LEAD;
    }
}
