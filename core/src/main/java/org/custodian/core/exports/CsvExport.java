package org.custodian.core.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a table as CSV through Apache Commons CSV (RFC 4180, every cell quoted, CRLF rows) with every cell,
 * headers included, passed through {@link SpreadsheetCells#neutralise}.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(Writer out, List<String> headers, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(headers.stream().map(SpreadsheetCells::neutralise).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
            }
        }
    }
}
