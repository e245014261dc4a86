package dev.camelstudio.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a standalone process until stopped (Ctrl+C), with demo credentials and generated activity.
 * <p>
 * Options: {@code --port N} (default 8765; 0 picks a free port), {@code --plain} (ws:// and http:// instead of TLS),
 * {@code --rate R} (messages per second per account, default 1), {@code --heartbeat-seconds S} (default 10).
 */
public final class StudioSimulatorMain {

    /** The id of the demo client, whose tokens may subscribe to both {@link #DEMO_ACCOUNTS}. */
    public static final String DEMO_CLIENT_ID = "demo-client";
    /** The demo client's secret; not a secret: the banner prints it. */
    public static final String DEMO_CLIENT_SECRET = "demo-secret";
    /** The ids of the two demo accounts (account numbers {@code ACC0001} and {@code ACC0002}). */
    public static final String[] DEMO_ACCOUNTS = {"100000", "100001"};

    private StudioSimulatorMain() {
    }

    /**
     * Starts the demo simulator, prints how to reach it and blocks until the JVM shuts down.
     *
     * @param args the options above
     * @throws Exception if an option is malformed, the simulator cannot start, the certificate cannot be written out
     *                   for curl and wscat, or the wait is interrupted
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        StudioSimulator studio = StudioSimulator.demoBuilder()
                .port(options.port)
                .tls(!options.plain)
                .heartbeatInterval(Duration.ofSeconds(options.heartbeatSeconds))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }, "studio-simulator-shutdown"));
        if (options.rate > 0) {
            studio.startGenerator(options.rate);
        }
        printBanner(studio, options);
        stopped.await();
    }

    private static void printBanner(StudioSimulator studio, Options options)
            throws IOException, GeneralSecurityException {
        StringBuilder out = new StringBuilder()
                .append("camel-studio simulator running (Ctrl+C to stop)\n")
                .append("  WebSocket:      ").append(studio.webSocketUrl()).append('\n')
                .append("  Token endpoint: ").append(studio.tokenUrl()).append('\n')
                .append("  Client id:      ").append(DEMO_CLIENT_ID).append('\n')
                .append("  Client secret:  ").append(DEMO_CLIENT_SECRET).append("   (demo credentials, not a secret)\n")
                .append("  Accounts:       ").append(String.join(", ", DEMO_ACCOUNTS)).append('\n')
                .append("  Activity:       ").append(options.rate).append(" messages/s per account\n");
        String curlTls = "";
        if (studio.isTls()) {
            Path certificate = writeCertificate(studio.trustStore());
            out.append("  Certificate:    ").append(certificate).append('\n');
            curlTls = "--cacert " + certificate + " ";
            out.append("\nSubscribe with wscat:\n")
                    .append("  NODE_EXTRA_CA_CERTS=").append(certificate).append(" npx wscat -c ")
                    .append(studio.webSocketUrl()).append('\n');
        } else {
            out.append("\nSubscribe with wscat:\n  npx wscat -c ").append(studio.webSocketUrl()).append('\n');
        }
        out.append("  > {\"authorization\":\"<access_token>\",\"payload\":{\"type\":\"subscribe-activity\",")
                .append("\"account_id\":\"").append(DEMO_ACCOUNTS[0]).append("\"}}\n")
                .append("Get a token:\n  curl -s ").append(curlTls).append(studio.tokenUrl())
                .append(" -H 'Content-Type: application/json' -d '{\"grant_type\":\"client_credentials\",")
                .append("\"client_id\":\"").append(DEMO_CLIENT_ID).append("\",\"client_secret\":\"")
                .append(DEMO_CLIENT_SECRET).append("\",\"audience\":\"https://api.clearstreet.io\"}'\n");
        System.out.println(out);
    }

    /** Writes the simulator's certificate as PEM to a temporary file, for wscat and curl to trust. */
    private static Path writeCertificate(KeyStore trustStore) throws IOException, GeneralSecurityException {
        Certificate certificate = trustStore.getCertificate(trustStore.aliases().nextElement());
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Path file = Files.createTempFile("studio-simulator-", ".pem");
        file.toFile().deleteOnExit();
        return Files.writeString(file, pem);
    }

    /** The command line. */
    private static final class Options {
        private int port = 8765;
        private boolean plain;
        private double rate = 1;
        private long heartbeatSeconds = 10;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> options.port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--plain" -> options.plain = true;
                    case "--rate" -> options.rate = Double.parseDouble(value(args, ++i, "--rate"));
                    case "--heartbeat-seconds" -> options.heartbeatSeconds =
                            Long.parseLong(value(args, ++i, "--heartbeat-seconds"));
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + "; use --port N, --plain, --rate R, --heartbeat-seconds S");
                }
            }
            return options;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
