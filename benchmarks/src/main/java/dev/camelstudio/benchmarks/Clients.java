package dev.camelstudio.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import dev.camelstudio.studio.StudioTransport;

/**
 * The clients measured side by side: raw Tyrus first, the bare JDK client second, the hand-written peer third, then
 * camel-studio's on Tyrus and on the JDK's client, and last camel-studio on the JDK with pooled exchanges.
 */
final class Clients {

    private Clients() {
    }

    /**
     * The clients whose name contains one of the comma-separated {@code words}, in their order; every client when
     * there are none.
     */
    static List<Supplier<BenchClient>> matching(String words) {
        List<String> wanted = Arrays.stream(words.split(",")).filter(w -> !w.isBlank()).toList();
        return all().stream().filter(s -> wanted.isEmpty() || wanted.stream().anyMatch(nameOf(s)::contains))
                .toList();
    }

    static String nameOf(Supplier<BenchClient> factory) {
        try (BenchClient client = factory.get()) {
            return client.name();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Supplier<BenchClient>> all() {
        List<Supplier<BenchClient>> clients = new ArrayList<>();
        clients.add(() -> new RawTyrusClient(null));
        clients.add(JdkWebSocketClient::bare);
        clients.add(JdkWebSocketClient::handWritten);
        for (StudioTransport transport : new StudioTransport[]{StudioTransport.TYRUS, StudioTransport.JDK}) {
            for (boolean shared : new boolean[]{true, false}) {
                for (String bodyType : new String[]{"json", "message", "map"}) {
                    clients.add(() -> new StudioClient(transport, bodyType, shared));
                }
            }
        }
        clients.add(() -> new StudioClient(StudioTransport.JDK, "json", false, true));
        return clients;
    }
}
