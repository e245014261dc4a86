package dev.camelstudio.studio.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The chain of an exception's causes, outermost first. Explaining a failure means looking through it (Tyrus and the
 * JDK wrap the telling exception several levels deep); each cause is taken once, so a cycle cannot loop.
 */
public final class Causes {

    private Causes() {
    }

    /**
     * {@code error} and its causes, outermost first.
     *
     * @param error the outermost exception; may be {@code null}
     * @return {@code error} followed by each of its causes once; empty if {@code error} is {@code null}
     */
    public static List<Throwable> of(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /**
     * The outermost cause of this type, or null.
     *
     * @param <T>   the type of cause looked for
     * @param error the exception whose cause chain is searched, itself included
     * @param type  the type of cause looked for; subtypes match too
     * @return the outermost exception in the chain that is a {@code type}, or {@code null} if there is none
     */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause : of(error)) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
