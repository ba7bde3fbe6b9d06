package org.custodian.core.exports;

/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection, OWASP "CSV Injection"): a cell starting
 * with = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text and do not
 * evaluate. The full-width forms of the four signs are treated the same, since some spreadsheets fold them.
 */
public final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
