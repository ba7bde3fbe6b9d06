package org.custodian.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * Logging for benchmark JVMs, set in code because the app on the classpath installs its own logback configurator
 * (which would ignore a logback.xml here). Figures and probe lines go to stdout one plain line each; libraries
 * only warn, on stderr. Nothing logged here holds personal data: counts, timings and settings only.
 */
final class BenchLogging {

    private BenchLogging() {
    }

    static void configure() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        ConsoleAppender<ILoggingEvent> lines = console(context, "System.out", "%msg%n");
        ConsoleAppender<ILoggingEvent> warnings = console(context, "System.err", "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
        for (String name : new String[] {"figures", "probe"}) {
            Logger logger = context.getLogger(name);
            logger.setLevel(Level.INFO);
            logger.setAdditive(false);
            logger.addAppender(lines);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(warnings);
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String target, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
