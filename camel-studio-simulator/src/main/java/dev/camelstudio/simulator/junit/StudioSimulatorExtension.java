package dev.camelstudio.simulator.junit;

import java.util.function.UnaryOperator;

import dev.camelstudio.simulator.StudioSimulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link StudioSimulator} around your tests.
 * <p>
 * On a {@code static} field one simulator serves the whole class, and its faults are cleared after each test; on an
 * instance field each test gets a fresh one. Test methods and constructors may also take a {@code StudioSimulator}
 * parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static StudioSimulatorExtension studio = StudioSimulatorExtension.create(builder -> builder
 *         .account("100000", "ACC0001")
 *         .client("my-client", "my-secret", "100000"));
 *
 * @Test
 * void consumesActivity() {
 *     String uri = studio.simulator().endpointUri("100000");   // a ready studio:activity?... URI for camel-studio
 * }
 * }</pre>
 */
public final class StudioSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final UnaryOperator<StudioSimulator.Builder> configuration;
    // Written by JUnit's lifecycle callbacks, which run one at a time for a test class.
    private StudioSimulator simulator;
    private boolean perClass;

    private StudioSimulatorExtension(UnaryOperator<StudioSimulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /**
     * An extension whose simulator is configured by {@code configuration} (accounts, clients, timings).
     *
     * @param configuration applied to a fresh {@link StudioSimulator#builder()} each time a simulator is started
     * @return the extension, to register with {@code @RegisterExtension}
     */
    public static StudioSimulatorExtension create(UnaryOperator<StudioSimulator.Builder> configuration) {
        return new StudioSimulatorExtension(configuration);
    }

    /**
     * The running simulator.
     *
     * @return the simulator of the class, or of the current test
     * @throws IllegalStateException if no simulator runs, i.e. outside the tests of the class
     */
    public StudioSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while a test of the class runs");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        simulator = configuration.apply(StudioSimulator.builder()).start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            simulator = configuration.apply(StudioSimulator.builder()).start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perClass) {
            simulator.faults().clear();
        } else {
            closeSimulator();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeSimulator();
    }

    private void closeSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StudioSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator();
    }
}
