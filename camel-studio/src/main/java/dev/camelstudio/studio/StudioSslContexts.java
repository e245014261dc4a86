package dev.camelstudio.studio;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Builds the TLS context of the sslContextParameters option. A store that cannot be loaded fails in the JDK with a
 * bare "keystore password was incorrect" or a FileNotFoundException that names neither the option nor the store:
 * here the failure names both and the likely cause. Passwords are never part of the message.
 */
final class StudioSslContexts {

    private StudioSslContexts() {
    }

    /** The TLS context of {@code parameters}, or the JVM's default when they are null. */
    static SSLContext create(SSLContextParameters parameters, CamelContext camelContext)
            throws GeneralSecurityException {
        if (parameters == null) {
            return SSLContext.getDefault();
        }
        try {
            return parameters.createSSLContext(camelContext);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalArgumentException(message(parameters, e), e);
        }
    }

    private static String message(SSLContextParameters parameters, Exception e) {
        // The outermost message is the plainest ("keystore password was incorrect", "Invalid keystore format").
        String reason = redact(String.valueOf(e.getMessage()), parameters).replaceAll("\\.+$", "");
        return "The sslContextParameters option could not build a TLS context from " + stores(parameters) + ": "
                + reason + ". Likely cause: " + likelyCause(e);
    }

    private static String stores(SSLContextParameters parameters) {
        List<String> stores = new ArrayList<>();
        if (parameters.getTrustManagers() != null && parameters.getTrustManagers().getKeyStore() != null) {
            stores.add("the trust store " + describe(parameters.getTrustManagers().getKeyStore()));
        }
        if (parameters.getKeyManagers() != null && parameters.getKeyManagers().getKeyStore() != null) {
            stores.add("the key store " + describe(parameters.getKeyManagers().getKeyStore()));
        }
        return stores.isEmpty() ? "its settings" : String.join(" and ", stores);
    }

    private static String describe(KeyStoreParameters store) {
        String resource = store.getResource() != null ? "'" + store.getResource() + "'" : "(a KeyStore set in code)";
        return resource + " of type " + (store.getType() != null ? store.getType() : "the JVM's default");
    }

    /** From the whole cause chain: the JDK's exception types differ between the store types. */
    private static String likelyCause(Throwable e) {
        if (anyInChain(e, t -> t instanceof UnrecoverableKeyException || messageOf(t).contains("password"))) {
            return "a wrong password (of the store, or keyPassword of the key)";
        }
        if (anyInChain(e, t -> t instanceof FileNotFoundException || t instanceof NoSuchFileException
                || messageOf(t).contains("could not open"))) {
            return "a missing file: check the resource (file:, classpath: or a URL)";
        }
        if (anyInChain(e, t -> t instanceof KeyStoreException || messageOf(t).contains("keystore format"))) {
            return "a wrong store type: check type (PKCS12, JKS) matches the file";
        }
        return "a wrong password, a wrong store type or a missing file";
    }

    private static boolean anyInChain(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messageOf(Throwable t) {
        return String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
    }

    /** The JDK does not put passwords in its messages; this makes sure no provider does it through us either. */
    private static String redact(String text, SSLContextParameters parameters) {
        String redacted = text;
        for (String secret : passwords(parameters)) {
            redacted = redacted.replace(secret, "***");
        }
        return redacted;
    }

    private static List<String> passwords(SSLContextParameters parameters) {
        List<String> passwords = new ArrayList<>();
        if (parameters.getTrustManagers() != null && parameters.getTrustManagers().getKeyStore() != null) {
            passwords.add(parameters.getTrustManagers().getKeyStore().getPassword());
        }
        if (parameters.getKeyManagers() != null) {
            passwords.add(parameters.getKeyManagers().getKeyPassword());
            if (parameters.getKeyManagers().getKeyStore() != null) {
                passwords.add(parameters.getKeyManagers().getKeyStore().getPassword());
            }
        }
        passwords.removeIf(password -> password == null || password.isEmpty());
        return passwords;
    }
}
