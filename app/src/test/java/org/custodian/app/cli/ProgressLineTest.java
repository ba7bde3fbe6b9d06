package org.custodian.app.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static final long S = ProgressLine.SECOND;

    @Test
    void aLineAtMostOnceASecondWithTheRateSoFarAndNoneOnceDone() {
        ProgressLine progress = new ProgressLine(10 * S);
        assertNull(progress.update(0, 100_000, 12 * S), "nothing written yet");
        assertNull(progress.update(20_000, 100_000, 10 * S + S / 2), "under a second since the start");
        assertEquals("generated 20000 of 100000 customers (10,000/s)", progress.update(20_000, 100_000, 12 * S));
        assertNull(progress.update(40_000, 100_000, 12 * S + S / 2), "under a second since the last line");
        assertEquals("generated 40000 of 100000 customers (8,000/s)", progress.update(40_000, 100_000, 15 * S));
        assertNull(progress.update(100_000, 100_000, 20 * S), "the final line says done instead");
        assertEquals("10,000/s", progress.rate(100_000, 20 * S));
        assertEquals(10, progress.seconds(20 * S));
    }
}
