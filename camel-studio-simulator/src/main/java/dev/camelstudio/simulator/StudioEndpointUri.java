package dev.camelstudio.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.camelstudio.simulator.auth.RegisteredClient;
import dev.camelstudio.simulator.camel.SimulatorTls;

/**
 * Writes the {@code studio:activity} endpoint URI that reaches a simulator (see {@link StudioSimulator#endpointUri}).
 * Plain strings only: building a URI needs no Camel on the class path.
 */
final class StudioEndpointUri {

    /** Options that bring their own credentials: with any of them, no client of the simulator is added. */
    private static final Set<String> CREDENTIAL_OPTIONS = Set.of("clientId", "accessToken", "tokenProvider");
    private static final Pattern URI_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    private StudioEndpointUri() {
    }

    static String of(StudioSimulator studio, String accountId, String... options) {
        if (accountId == null || accountId.isEmpty()) {
            throw new IllegalArgumentException("An account id is needed, e.g. endpointUri(\"100000\")");
        }
        Map<String, String> extra = parse(options);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("accountId", value(accountId));
        query.put("serverUrl", studio.webSocketUrl().toString());
        query.put("tokenUrl", studio.tokenUrl().toString());
        if (extra.keySet().stream().noneMatch(CREDENTIAL_OPTIONS::contains)) {
            RegisteredClient client = studio.firstClientFor(accountId).orElseThrow(() -> noClient(accountId));
            query.put("clientId", value(client.clientId()));
            query.put("clientSecret", raw(client.clientSecret()));
        }
        if (studio.isTls()) {
            // A compile-time constant, copied here by javac: this class still loads no Camel class.
            query.put("sslContextParameters", "#" + SimulatorTls.BEAN_NAME);
        }
        // An option named like one of ours replaces it in place; the others follow in the order given.
        query.putAll(extra);
        return query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&", "studio:activity?", ""));
    }

    private static Map<String, String> parse(String... options) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i++) {
            String option = options[i];
            int equals = option == null ? -1 : option.indexOf('=');
            if (equals < 1 || option.substring(0, equals).matches(".*[&?\\s].*")) {
                // Which option, not its text: a malformed one may hold a secret.
                throw new IllegalArgumentException("Option " + (i + 1) + " is not name=value, as in an endpoint URI "
                        + "(e.g. bodyType=map or clientSecret=RAW(s3cr&t))");
            }
            parsed.put(option.substring(0, equals), option.substring(equals + 1));
        }
        return parsed;
    }

    private static IllegalArgumentException noClient(String accountId) {
        return new IllegalArgumentException("No client is registered for account " + accountId + " on this simulator: "
                + "add .client(id, secret, \"" + accountId + "\") to its builder, or give the credentials as options "
                + "(clientId=... and clientSecret=RAW(...), accessToken=RAW(...) or tokenProvider=#...)");
    }

    /**
     * An id as it is when every character is safe in a URI, else raw: Camel decodes plain values more than once, so
     * percent-encoding would not bring {@code %} or {@code +} through.
     */
    private static String value(String id) {
        return URI_SAFE.matcher(id).matches() ? id : raw(id);
    }

    /**
     * {@code RAW(..)}, so that Camel takes the value exactly as it is. Camel ends a raw value at the first closing
     * bracket followed by {@code &} or the end, so a value holding {@code ")&"} takes the {@code RAW{..}} form.
     */
    private static String raw(String value) {
        if (!value.contains(")&")) {
            return "RAW(" + value + ")";
        }
        if (!value.contains("}&")) {
            return "RAW{" + value + "}";
        }
        // Not the value itself in the message: it may be a secret.
        throw new IllegalArgumentException("An account id, client id or secret holding both \")&\" and \"}&\" "
                + "cannot be written into a Camel endpoint URI");
    }
}
