package dev.camelstudio.studio.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A serverUrl or tokenUrl whose host cannot be resolved is named as such, by both transports and by the token
 * endpoint's client: not as a refused connection (the JDK's client reports it as a ConnectException), nor as Tyrus'
 * bare "Connection failed.". The probe runs in a JVM whose name service is a hosts file listing only localhost
 * ({@code jdk.net.hosts.file}), so that no lookup leaves this machine.
 */
class UnknownHostTest {

    private static final String URL = "ws://studio.invalid:8080/studio/v2/ws";
    private static final String TOKEN_URL = "https://studio.invalid:8443/oauth/token";
    private static final String UNKNOWN = ": Could not open a WebSocket to " + URL
            + ": the host studio.invalid is unknown; check the serverUrl or environment option";

    @Test
    void bothTransportsAndTheTokenClientNameTheUnknownHost(@TempDir Path folder) throws Exception {
        Path hosts = Files.writeString(folder.resolve("hosts"), "127.0.0.1 localhost\n");

        String output = ChildJvm.run("unknown-host", ChildJvm.testClassPath(),
                List.of("-Djdk.net.hosts.file=" + hosts), UnknownHostProbe.class, URL, TOKEN_URL);

        assertThat(output).contains("TyrusTransport" + UNKNOWN, "JdkTransport" + UNKNOWN,
                "ClientCredentialsTokenProvider: Could not reach Studio's token endpoint " + TOKEN_URL,
                "the host studio.invalid is unknown; check the tokenUrl option");
    }
}
