package dev.camelstudio.simulator;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Camel is an optional dependency: a user without it runs the simulator and builds its endpoint URI. Proven on a class
 * loader that holds this module's class path minus every Camel jar.
 */
class WithoutCamelTest {

    @Test
    void theSimulatorStartsAndWritesItsEndpointUriWithoutCamel() throws Exception {
        URL[] withoutCamel = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separatorChar, '/').contains("/org/apache/camel/"))
                .map(WithoutCamelTest::url)
                .toArray(URL[]::new);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(withoutCamel, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("org.apache.camel.spi.Registry"))
                    .isInstanceOf(ClassNotFoundException.class);
            // Tyrus and Grizzly look services up on the context class loader.
            thread.setContextClassLoader(loader);
            Class<?> simulator = loader.loadClass(StudioSimulator.class.getName());
            Object builder = simulator.getMethod("builder").invoke(null);
            builder.getClass().getMethod("client", String.class, String.class, String[].class)
                    .invoke(builder, "client", "secret", new String[]{"100000"});
            try (AutoCloseable studio = (AutoCloseable) builder.getClass().getMethod("start").invoke(builder)) {
                Object uri = simulator.getMethod("endpointUri", String.class, String[].class)
                        .invoke(studio, "100000", new String[0]);
                assertThat((String) uri).startsWith("studio:activity?accountId=100000&serverUrl=wss://")
                        .endsWith("&sslContextParameters=#studioSimulatorTls");
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
