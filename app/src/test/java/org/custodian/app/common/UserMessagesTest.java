package org.custodian.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.custodian.core.errors.DiskFullException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UserMessagesTest {

    private final Logger log = (Logger) LoggerFactory.getLogger("user-messages-test");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        log.addAppender(appender);
    }

    @AfterEach
    void release() {
        log.detachAppender(appender);
    }

    @Test
    void typedErrorsShowTheirOwnSentence() {
        assertEquals(new DiskFullException().userMessage(), UserMessages.sentenceFor(new DiskFullException(), log, "saving"));
    }

    @Test
    void unexpectedErrorsShowOneSentenceAndLogOnlyTheClassName() {
        RuntimeException leaky = new IllegalStateException("Value 'Sam Sample, 07700 900123' violates a constraint");

        String shown = UserMessages.sentenceFor(leaky, log, "saving");

        assertEquals("Something went wrong; the details are in the log file.", shown);
        assertEquals(1, appender.list.size());
        ILoggingEvent event = appender.list.get(0);
        assertTrue(event.getFormattedMessage().contains("java.lang.IllegalStateException"));
        assertFalse(event.getFormattedMessage().contains("Sam Sample"));
        assertEquals(null, event.getThrowableProxy());
    }
}
