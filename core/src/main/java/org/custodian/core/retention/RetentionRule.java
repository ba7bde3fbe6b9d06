package org.custodian.core.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How long one category of record is kept: an amount of days, months or years. */
public record RetentionRule(DataCategory category, int amount, ChronoUnit unit) {

    public static final Set<ChronoUnit> UNITS = Set.of(ChronoUnit.DAYS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    public RetentionRule {
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("a retention period is in days, months or years");
        }
    }

    /** Records from before this instant are past the period (calendar arithmetic in UTC). */
    public Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(amount, unit).toInstant();
    }

    /** Rough length in days, for the allowed range (a month 30, a year 365). */
    public long approximateDays() {
        return switch (unit) {
            case YEARS -> 365L * amount;
            case MONTHS -> 30L * amount;
            default -> amount;
        };
    }

    /** As stored in settings: "6 YEARS". */
    public String stored() {
        return amount + " " + unit.name();
    }

    /** As shown: "6 years". */
    public String display() {
        String unitName = unit.name().toLowerCase(Locale.UK);
        return amount + " " + (amount == 1 ? unitName.substring(0, unitName.length() - 1) : unitName);
    }

    static Optional<RetentionRule> parse(DataCategory category, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String[] parts = stored.split(" ");
        try {
            return Optional.of(new RetentionRule(category, Integer.parseInt(parts[0]), ChronoUnit.valueOf(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
