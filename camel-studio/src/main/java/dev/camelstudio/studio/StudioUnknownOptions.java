package dev.camelstudio.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.camelstudio.studio.support.NearestName;

import org.apache.camel.util.URISupport;

/**
 * The error for options of a {@code studio:} URI that the endpoint does not have, told without a secret in it. Camel's
 * own error prints every unknown option with its value and the URI as written, masking only option names it knows as
 * secret: a misspelt {@code clientSecert=...} would show the secret, and a secret with an {@code &} written outside
 * {@code RAW(...)} is cut in two, its tail becoming the name of an option with no value. So this error names no value
 * of an unknown option, hides the name of one that has no value when the URI has a secret (it is the tail of that
 * secret, most likely), suggests the option a misspelt name was meant to be, and says how to write a secret that
 * holds {@code &}, {@code +} or {@code %}.
 */
final class StudioUnknownOptions {

    private static final StudioEndpointUriFactory OPTIONS = new StudioEndpointUriFactory();
    /** What Camel writes for a masked value; used for masked names too. */
    private static final String MASK = "xxxxxx";

    private StudioUnknownOptions() {
    }

    /**
     * The URI, with the values of unknown options masked, and the names of those that look like a secret's tail.
     *
     * @param uri     the endpoint URI as Camel normalized it
     * @param unknown the options the endpoint did not take
     * @return the URI safe to put in a message (Camel's sanitizer still masks the secrets it knows)
     */
    static String maskedUri(String uri, Map<String, Object> unknown) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        List<String> parts = new ArrayList<>();
        for (String part : options(uri.substring(query + 1))) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            if (!unknown.containsKey(name)) {
                parts.add(part);
            } else if (isSecretTail(name, unknown, uri)) {
                parts.add(MASK);
            } else {
                parts.add(name + "=" + MASK);
            }
        }
        return uri.substring(0, query + 1) + String.join("&", parts);
    }

    /** A query's options, each {@code name=value}: an {@code &} inside {@code RAW(...)} or {@code RAW{...}} is kept. */
    private static List<String> options(String query) {
        List<String> options = new ArrayList<>();
        int start = 0;
        char closing = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (closing != 0) {
                closing = c == closing ? 0 : closing;
            } else if (query.startsWith("RAW(", i) || query.startsWith("RAW{", i)) {
                closing = query.charAt(i + 3) == '(' ? ')' : '}';
                i += 3;
            } else if (c == '&') {
                options.add(query.substring(start, i));
                start = i + 1;
            }
        }
        options.add(query.substring(start));
        return options;
    }

    /**
     * What is wrong and how to fix it, naming no value.
     *
     * @param unknown the options the endpoint did not take
     * @param uri     the endpoint URI as Camel normalized it
     * @return the message
     */
    static String message(Map<String, Object> unknown, String uri) {
        List<String> named = new ArrayList<>();
        int tails = 0;
        for (String name : new TreeMap<>(unknown).keySet()) {
            if (isSecretTail(name, unknown, uri)) {
                tails++;
            } else {
                String nearest = NearestName.of(name, OPTIONS.propertyNames());
                named.add(nearest == null ? name : name + " (did you mean " + nearest + "?)");
            }
        }
        List<String> problems = new ArrayList<>();
        if (!named.isEmpty()) {
            problems.add("has no option " + String.join(", ", named) + " (values not shown)");
        }
        if (tails > 0) {
            problems.add("was given " + tails + (tails == 1 ? " option" : " options") + " with no value, whose name "
                    + "is not shown: most likely the rest of a secret cut at an '&'");
        }
        StringBuilder message = new StringBuilder("The studio endpoint ").append(String.join(", and ", problems));
        return message.append(". If a secret contains &, + or %, wrap it in RAW(...), e.g. clientSecret=RAW(")
                .append("{{studio.client-secret}}), or set it through YAML parameters: or the component's ")
                .append("configuration. The options are listed in the README's Options table.").toString();
    }

    /**
     * An option with no value, in a URI that also has a secret option: what is left of a secret that held an
     * {@code &} when the URI was written outside {@code RAW(...)}.
     */
    private static boolean isSecretTail(String name, Map<String, Object> unknown, String uri) {
        Object value = unknown.get(name);
        return (value == null || value.toString().isEmpty()) && hasSecret(uri);
    }

    private static boolean hasSecret(String uri) {
        Set<String> secrets = OPTIONS.secretPropertyNames();
        String query = URISupport.extractQuery(uri);
        if (query == null) {
            return false;
        }
        for (String part : options(query)) {
            int equals = part.indexOf('=');
            if (equals > 0 && secrets.contains(part.substring(0, equals))) {
                return true;
            }
        }
        return false;
    }
}
