package org.custodian.core.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of one file that are the same person twice: the same phone number, the same email, or the same name and
 * date of birth as an earlier row. The later row is reported, naming the earlier one.
 */
final class FileDuplicates {

    private final Map<String, Integer> phones = new HashMap<>();
    private final Map<String, Integer> emails = new HashMap<>();
    private final Map<String, Integer> people = new HashMap<>();

    List<ImportProblem> check(ImportCandidate c) {
        List<ImportProblem> problems = new ArrayList<>();
        same(problems, phones, c.phone(), c.row(), "Phone number", "the same phone number");
        same(problems, emails, c.email(), c.row(), "Email", "the same email");
        if (c.dateOfBirth() != null) {
            String person = c.fullName().toLowerCase(Locale.UK).replaceAll("\\s+", " ") + "|" + c.dateOfBirth();
            same(problems, people, person, c.row(), "Full name", "the same name and date of birth");
        }
        return problems;
    }

    private static void same(List<ImportProblem> problems, Map<String, Integer> seen, String key, int row, String field,
                             String what) {
        if (key == null) {
            return;
        }
        Integer earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
            problems.add(new ImportProblem(row, field, field + ": row " + earlier + " has " + what
                    + "; keep one row per customer."));
        }
    }
}
