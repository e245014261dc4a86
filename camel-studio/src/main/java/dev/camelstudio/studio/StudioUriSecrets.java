package dev.camelstudio.studio;

import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.spi.UriParam;
import org.apache.camel.util.URISupport;

/**
 * Spots secret options (clientSecret, accessToken) that Camel decoded out of a plain URI string and that are probably
 * no longer what was typed. In a plain URI Camel decodes a value: {@code +} becomes a space, and so does {@code %2B}
 * (Camel normalizes the URI, decoding it, before it parses the options), and {@code %XX} escapes are decoded; only
 * {@code RAW(...)} keeps a value as written. The component sees the URI already normalized, so what shows is a secret
 * outside {@code RAW(...)} whose value has a space or a {@code %}. An escape such as {@code %41} has become
 * {@code A} by then and cannot be told from a typed {@code A}.
 */
final class StudioUriSecrets {

    private static final List<String> SECRETS = secretOptions();

    private StudioUriSecrets() {
    }

    /**
     * The secret options written in {@code uri} outside {@code RAW(...)} whose value in {@code parameters} (decoded by
     * Camel) has a space or a {@code %}. Options given apart from the URI (a map of properties) are not looked at.
     */
    static List<String> probablyMangled(String uri, Map<String, Object> parameters) {
        String query = URISupport.extractQuery(uri);
        if (query == null) {
            return List.of();
        }
        Map<String, Object> asWritten;
        try {
            asWritten = URISupport.parseQuery(query, true, true);
        } catch (URISyntaxException e) {
            return List.of(); // Camel has parsed this query already; if it cannot now, there is nothing to warn of
        }
        List<String> mangled = new ArrayList<>();
        for (String secret : SECRETS) {
            if (valueOf(asWritten, secret) instanceof String written && !isRaw(written)
                    && valueOf(parameters, secret) instanceof String value
                    && (value.indexOf(' ') >= 0 || value.indexOf('%') >= 0)) {
                mangled.add(secret);
            }
        }
        return mangled;
    }

    /** One warning for all of {@code options}; it names them, never their values. */
    static String warning(List<String> options, String uri) {
        boolean one = options.size() == 1;
        String it = one ? "it" : "them";
        return "The " + String.join(" and ", options) + (one ? " option was" : " options were") + " written in a "
                + "plain endpoint URI (" + URISupport.sanitizeUri(uri) + "), where Camel decodes " + it + ": '+' and "
                + "%2B become spaces, %XX escapes are decoded. After that " + (one ? "it has" : "each has")
                + " a space or a '%', so " + (one ? "it is" : "they are") + " probably not what you typed. Wrap " + it
                + " in RAW(...), e.g. " + options.get(0) + "=RAW({{my.secret}}), or set " + it + " through YAML "
                + "parameters: or the component's configuration";
    }

    private static boolean isRaw(String written) {
        return written.startsWith("RAW(") && written.endsWith(")")
                || written.startsWith("RAW{") && written.endsWith("}");
    }

    private static Object valueOf(Map<String, Object> options, String name) {
        for (Map.Entry<String, Object> option : options.entrySet()) {
            if (option.getKey().equalsIgnoreCase(name)) {
                return option.getValue();
            }
        }
        return null;
    }

    private static List<String> secretOptions() {
        List<String> secrets = new ArrayList<>();
        for (Field field : StudioConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            if (param != null && param.secret()) {
                secrets.add(field.getName());
            }
        }
        return List.copyOf(secrets);
    }
}
