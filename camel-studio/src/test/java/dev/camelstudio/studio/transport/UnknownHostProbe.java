package dev.camelstudio.studio.transport;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.camelstudio.studio.auth.ClientCredentialsTokenProvider;
import dev.camelstudio.studio.auth.StudioAuthenticationException;

/**
 * The probe of {@link UnknownHostTest}, run in a JVM whose name service is a hosts file: each transport tries to open
 * a WebSocket, and the OAuth2 client to get a token, from URLs whose host the file does not list; the probe prints
 * each one's name and its message.
 */
public final class UnknownHostProbe {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_FRAME_SIZE = 1 << 20;

    private UnknownHostProbe() {
    }

    /** @param args the WebSocket URL to open, and the token endpoint's URL */
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        ExecutorService executor = Executors.newCachedThreadPool();
        List<Transport> transports = List.of(new TyrusTransport(null, CONNECT_TIMEOUT, MAX_FRAME_SIZE),
                new JdkTransport(null, CONNECT_TIMEOUT, MAX_FRAME_SIZE, executor, executor::shutdown));
        for (Transport transport : transports) {
            try (transport) {
                transport.connect(url, new IgnoringTransportListener()).close(1000, "");
                System.out.println(transport.getClass().getSimpleName() + " opened it");
            } catch (IOException e) {
                System.out.println(transport.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        executor.shutdownNow();
        ClientCredentialsTokenProvider tokens = ClientCredentialsTokenProvider.builder().clientId("probe")
                .clientSecret("probe-secret").tokenUrl(args[1]).maxAttempts(1).build();
        try {
            tokens.token();
            System.out.println("ClientCredentialsTokenProvider got a token");
        } catch (StudioAuthenticationException e) {
            System.out.println("ClientCredentialsTokenProvider: " + e.getMessage());
        }
    }
}
