package org.custodian.core.imports;

import java.util.Map;

/** One data row of the file as typed, by column; {@code row} as a spreadsheet numbers it. */
public record ImportRow(int row, Map<ImportColumn, String> values) {

    public ImportRow {
        values = Map.copyOf(values);
    }
}
