package org.custodian.core.imports;

/**
 * One line of the validation report: the row as a spreadsheet numbers it (the header is row 1), the field, and
 * the reason with its fix. Never the value itself, so the report can be shown and exported without personal data.
 */
public record ImportProblem(int row, String field, String reason) {
}
