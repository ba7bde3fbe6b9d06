package org.custodian.app.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Date pickers show and read dates as UK agents write them (25/11/2026), whatever the machine's locale: a
 * picker's own format follows the JVM's default locale, which on many machines is US (11/25/2026).
 */
public final class UkDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);

    private UkDates() {
    }

    public static void apply(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new LocalDateStringConverter(SHOWN, TYPED));
            if (picker.getPromptText() == null || picker.getPromptText().isEmpty()) {
                picker.setPromptText("dd/mm/yyyy");
            }
        }
    }
}
