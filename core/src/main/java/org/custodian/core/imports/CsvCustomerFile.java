package org.custodian.core.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A customer-list CSV read with Apache Commons CSV (RFC 4180 quoting, quoted line breaks, a spreadsheet's byte
 * order mark): the header, its data rows by column, and problems with the file's shape. Row numbers are records
 * as a spreadsheet numbers its rows (the header is row 1); wholly blank rows are skipped but keep their number.
 */
public record CsvCustomerFile(List<String> headers, List<ImportRow> rows, List<ImportProblem> problems) {

    public static final int MAX_ROWS = 1_000_000;
    private static final String FILE = "File";

    public static CsvCustomerFile read(Reader source) {
        List<String> headers = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        long lastRecord = 1;
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(format).get()) {
            List<ImportColumn> columns = null;
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                if (columns == null) {
                    record.forEach(h -> headers.add(h.startsWith("\uFEFF") ? h.substring(1) : h));
                    columns = ImportRules.columns(headers, problems);
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                int row = (int) record.getRecordNumber();
                if (record.size() != headers.size()) {
                    problems.add(new ImportProblem(row, FILE, FILE + ": this row has " + record.size()
                            + " cells but the header has " + headers.size() + "; check for a stray comma or quote."));
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    problems.add(new ImportProblem(row, FILE, FILE + ": import at most 1,000,000 rows at a time; split the file."));
                    break;
                }
                Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
                for (int i = 0; i < columns.size(); i++) {
                    if (columns.get(i) != null) {
                        values.put(columns.get(i), record.get(i));
                    }
                }
                rows.add(new ImportRow(row, values));
            }
            if (columns == null) {
                problems.add(new ImportProblem(1, FILE, FILE + ": the file is empty; it needs a header row naming its columns."));
            } else if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(2, FILE, FILE + ": there are no customers under the header; check it is the right file."));
            }
        } catch (UncheckedIOException | IOException e) {
            problems.add(new ImportProblem((int) lastRecord + 1, FILE, FILE
                    + ": the file cannot be read from here on (a quote that is never closed?); save it again as CSV."));
        }
        return new CsvCustomerFile(List.copyOf(headers), rows, problems);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
