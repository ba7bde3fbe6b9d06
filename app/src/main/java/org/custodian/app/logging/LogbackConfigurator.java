package org.custodian.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging set up in code, never from a file on the classpath that could be swapped. Found by logback through
 * {@code META-INF/services}, it first installs a silent configuration (no console appender, so nothing reaches
 * stdout), and {@link #logToFile} later adds the rolling file in the data directory once that is known.
 *
 * <p>Libraries that can log values (jOOQ logs SQL with bind values at debug, H2 can echo data in messages) are
 * held at WARN; the app itself logs class names and outcomes, never what a person typed.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfigurator extends ContextAwareBase implements Configurator {

    public static final String FILE_NAME = "custodian.log";
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level [%thread] %logger{36} - %msg%n";
    private static final Map<String, Level> QUIET_LIBRARIES = Map.of(
            "org.jooq", Level.WARN,
            "org.h2", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.nulabinc", Level.WARN,
            "javafx", Level.WARN,
            "org.testfx", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        applyLevels(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Sends all logging to {@code <logDirectory>/custodian.log}, keeping three older 5 MB files. JavaFX logs
     * through java.util.logging, which would otherwise print to the console; it is routed here too.
     */
    public static void logToFile(Path logDirectory) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        applyLevels(context);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logDirectory.resolve(FILE_NAME).toString());
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDirectory.resolve("custodian.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();

        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(file);
    }

    private static void applyLevels(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        QUIET_LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
