package org.custodian.core.exports;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void formulaCellsAreNeutralised() {
        for (String formula : List.of("=1+1", "+44 7700", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", "\uFF1D1+1")) {
            assertEquals("'" + formula, SpreadsheetCells.neutralise(formula), formula);
        }
        for (String plain : List.of("Full name", "1 Example Street", "a=b", "", "'quoted")) {
            assertEquals(plain, SpreadsheetCells.neutralise(plain), plain);
        }
        assertEquals("", SpreadsheetCells.neutralise(null));
    }

    @Test
    void theWrittenFileReadsBackWithEveryFormulaCellAsText() throws Exception {
        StringWriter out = new StringWriter();
        CsvExport.write(out, List.of("Row", "=Field"), List.of(
                List.of("2", "=HYPERLINK(\"http://example.com\",\"x\")"),
                List.of("3", "Says \"hello\", then leaves"),
                List.of("4", "-1")));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertEquals("'=Field", records.get(0).get(1));
        assertEquals("'=HYPERLINK(\"http://example.com\",\"x\")", records.get(1).get(1));
        assertEquals("Says \"hello\", then leaves", records.get(2).get(1));
        assertEquals("'-1", records.get(3).get(1));
        assertTrue(out.toString().lines().allMatch(line -> line.startsWith("\"")), "every cell quoted");
    }
}
