package org.custodian.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.core.gdpr.Purpose;
import org.custodian.core.intake.AnswerRules;
import org.custodian.core.rules.Violation;
import org.custodian.core.validation.Checked;

/**
 * What makes a customer-list file and its rows acceptable, as pure functions: the header names known columns,
 * each once, with a full name; the purpose needs every column (data minimisation) and does not rest on consent,
 * which a file cannot evidence; every value passes the same validator intake uses.
 */
public final class ImportRules {

    private static final String HEADER = "Header";
    private static final String KNOWN = Stream.of(ImportColumn.values()).map(ImportColumn::header)
            .collect(Collectors.joining(", "));

    private ImportRules() {
    }

    /** The column of each header position (null for one that is refused), adding any problems with the header. */
    static List<ImportColumn> columns(List<String> headers, List<ImportProblem> problems) {
        List<ImportColumn> columns = new ArrayList<>();
        Set<ImportColumn> seen = EnumSet.noneOf(ImportColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            Optional<ImportColumn> column = ImportColumn.forHeader(headers.get(i));
            if (column.isEmpty()) {
                problems.add(new ImportProblem(1, HEADER, HEADER + ": column " + (i + 1)
                        + " is not one Custodian imports; name the columns " + KNOWN + "."));
                columns.add(null);
            } else if (!seen.add(column.get())) {
                problems.add(new ImportProblem(1, HEADER, HEADER + ": " + column.get().header()
                        + " appears twice; keep one column of each."));
                columns.add(null);
            } else {
                columns.add(column.get());
            }
        }
        if (!seen.contains(ImportColumn.FULL_NAME) && !headers.isEmpty()) {
            problems.add(new ImportProblem(1, HEADER, HEADER + ": add a full_name column; every customer needs a name."));
        }
        return columns;
    }

    /** Problems with importing this file's columns for this purpose. */
    public static List<ImportProblem> purposeProblems(Purpose purpose, Set<ImportColumn> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        if (purpose.needsConsent()) {
            problems.add(new ImportProblem(1, "Purpose", "Purpose: " + purpose.name()
                    + " rests on consent, which a list cannot evidence; choose the purpose the customers were collected for."));
        }
        for (ImportColumn column : columns) {
            if (!purpose.fields().contains(column.field())) {
                problems.add(new ImportProblem(1, HEADER, HEADER + ": " + purpose.name() + " does not need "
                        + column.field().label().toLowerCase(java.util.Locale.UK) + "; remove the " + column.header()
                        + " column."));
            }
        }
        return problems;
    }

    /** A row's values through intake's validators: the candidate, or every problem in it. */
    public static RowVerdict check(ImportRow row, LocalDate today) {
        Map<ImportColumn, String> canonical = new EnumMap<>(ImportColumn.class);
        List<ImportProblem> problems = new ArrayList<>();
        row.values().forEach((column, raw) -> {
            boolean required = column == ImportColumn.FULL_NAME;
            if (raw == null || raw.isBlank()) {
                if (required) {
                    problems.add(new ImportProblem(row.row(), column.field().label(),
                            column.field().label() + ": every customer needs a name; fill it in or remove the row."));
                }
                return;
            }
            Checked<String> checked = AnswerRules.check(column.field(), raw, today);
            if (checked instanceof Checked.Valid<String> valid) {
                canonical.put(column, valid.value());
            } else {
                for (Violation v : checked.problems()) {
                    problems.add(new ImportProblem(row.row(), column.field().label(), v.message()));
                }
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> fieldOrder(p.field())));
            return new RowVerdict.Refused(problems);
        }
        String dob = canonical.get(ImportColumn.DATE_OF_BIRTH);
        return new RowVerdict.Accepted(new ImportCandidate(row.row(), canonical.get(ImportColumn.FULL_NAME),
                dob == null ? null : LocalDate.parse(dob), canonical.get(ImportColumn.PHONE), canonical.get(ImportColumn.EMAIL),
                canonical.get(ImportColumn.POSTCODE), canonical.get(ImportColumn.ADDRESS)));
    }

    private static int fieldOrder(String label) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.field().label().equals(label)) {
                return column.ordinal();
            }
        }
        return -1;
    }

    /** A row's verdict: accepted as a candidate, or refused with its problems. */
    public sealed interface RowVerdict {
        record Accepted(ImportCandidate candidate) implements RowVerdict {
        }

        record Refused(List<ImportProblem> problems) implements RowVerdict {
        }
    }
}
