package dev.camelstudio.release;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which licenses camel-studio accepts in what it depends on. camel-studio is Apache-2.0, and its users must be free to
 * ship what they build on it under terms of their own: so a published artifact may depend only on permissively
 * licensed code, or on code under a file-level copyleft (EPL) or the GPL with the Classpath exception, none of which
 * reaches into the code that merely uses it. A module that is never published (examples, benchmarks) may also use a
 * library under the LGPL, unmodified (the benchmarks draw their charts with JFreeChart), or under the original,
 * four-clause BSD license, whose advertising clause binds only whoever redistributes it (the Kafka example's embedded
 * broker brings paranamer, through Jackson's Scala module). A component licensed under
 * several licenses at the user's choice is accepted if one of them is.
 */
final class LicensePolicy {

    /** SPDX ids accepted everywhere. */
    private static final Set<String> PUBLISHABLE = Set.of("Apache-2.0", "MIT", "MIT-0", "BSD-2-Clause",
            "BSD-3-Clause", "EDL-1.0", "ISC", "CC0-1.0", "EPL-1.0", "EPL-2.0", "GPL-2.0-with-classpath-exception");
    /** SPDX ids accepted in modules that are never published. */
    private static final Set<String> UNPUBLISHED_ONLY = Set.of("LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only",
            "LGPL-3.0-or-later", "BSD-4-Clause");
    /**
     * License names, without an SPDX id, that components of ours declare, as their SPDX ids (read in each license's
     * text). A name not here is refused until someone reads the license and adds it.
     */
    private static final Map<String, String> NAMES = Map.of(
            "gnu general public license, version 2 with the gnu classpath exception",
            "GPL-2.0-with-classpath-exception",
            "gnu general public license (gpl), version 2, with the classpath exception",
            "GPL-2.0-with-classpath-exception",
            "gnu lesser general public license", "LGPL-2.1-only",
            "gnu lesser general public licence", "LGPL-2.1-only",
            // The MIT license's text with the Legion of the Bouncy Castle's copyright (bouncycastle.org/licence.html).
            "bouncy castle licence", "MIT");

    private LicensePolicy() {
    }

    /**
     * Whether a component may be depended on.
     *
     * @param licenses  the component's licenses as its SBOM gives them (SPDX ids, names or expressions)
     * @param published whether the module that depends on it is published
     * @return true if one of the licenses is accepted for such a module
     */
    static boolean accepts(List<String> licenses, boolean published) {
        return licenses.stream().anyMatch(license -> acceptsExpression(license, published));
    }

    /**
     * A license's id or name, or an SPDX expression: alternatives joined by OR, each a license or all of several
     * joined by AND (SPDX writes its operators in capitals; a name may say "with" in its own words).
     */
    private static boolean acceptsExpression(String license, boolean published) {
        if (acceptsOne(spdxId(license), published)) {
            return true;
        }
        for (String alternative : license.split(" OR ")) {
            boolean all = true;
            for (String term : alternative.replaceAll("[()]", "").split(" AND ")) {
                all &= acceptsOne(spdxId(term.trim()), published);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsOne(String spdxId, boolean published) {
        return PUBLISHABLE.contains(spdxId) || !published && UNPUBLISHED_ONLY.contains(spdxId);
    }

    /** "GPL-2.0 WITH Classpath-exception-2.0" is the expression form of the id the SBOM's list form uses. */
    private static String spdxId(String license) {
        if (license.matches("GPL-2\\.0(-only)? WITH Classpath-exception-2\\.0")) {
            return "GPL-2.0-with-classpath-exception";
        }
        return NAMES.getOrDefault(license.toLowerCase(Locale.ROOT), license);
    }
}
