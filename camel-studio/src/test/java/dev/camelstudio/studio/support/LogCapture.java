package dev.camelstudio.studio.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every log event (message and stack trace, rendered), once, while it is open, so that a test can prove
 * that no token or secret was logged, or count warnings.
 * <p>
 * Either around a block ({@link #capture()} in a try-with-resources), or around each test of a class, as a field
 * registered with {@code @RegisterExtension} ({@link #eachTest()}).
 */
public final class LogCapture extends AbstractAppender
        implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        super("log-capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Starts capturing on every configured logger. */
    public static LogCapture capture() {
        LogCapture capture = new LogCapture();
        capture.attach();
        return capture;
    }

    /**
     * Captures around each test, as a field registered with {@code @RegisterExtension}: from before the test's
     * {@code @BeforeEach} methods until after its {@code @AfterEach} methods, which can so still check what was logged.
     */
    public static LogCapture eachTest() {
        return new LogCapture();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        attach();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void attach() {
        start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.addAppender(this);
        configuration.getRootLogger().addAppender(this, null, null);
        // Additive loggers pass their events on to the root: capturing there too would see each event twice.
        configuration.getLoggers().values().stream().filter(logger -> !logger.isAdditive())
                .forEach(logger -> logger.addAppender(this, null, null));
        context.updateLoggers();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLevel().name()).append(' ').append(event.getLoggerName())
                .append(' ')
                .append(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    /** Everything captured so far, one event per entry. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** How many events of {@code level} (e.g. "WARN") a logger whose name starts with {@code logger} logged. */
    public long count(String level, String logger) {
        return lines.stream().filter(line -> line.startsWith(level + " " + logger)).count();
    }

    /** Everything captured so far as one text. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().removeAppender(getName());
        configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
        context.updateLoggers();
        stop();
    }
}
