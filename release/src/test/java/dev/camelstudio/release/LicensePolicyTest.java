package dev.camelstudio.release;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The licenses a module may depend on, as the SBOMs of camel-studio's dependencies declare them. */
class LicensePolicyTest {

    @ParameterizedTest(name = "{0}: published {1}, unpublished {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Apache-2.0                                                                 | true  | true
            MIT                                                                        | true  | true
            BSD-3-Clause                                                               | true  | true
            EPL-2.0                                                                    | true  | true
            EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0                            | true  | true
            (EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0)                          | true  | true
            GNU General Public License, version 2 with the GNU Classpath Exception     | true  | true
            GNU General Public License (GPL), version 2, with the Classpath exception  | true  | true
            Apache-2.0 AND MIT                                                         | true  | true
            Apache-2.0 AND GPL-3.0-only                                                | false | false
            Bouncy Castle Licence                                                      | true  | true
            GNU Lesser General Public Licence                                          | false | true
            LGPL-2.1-only                                                              | false | true
            BSD-4-Clause                                                               | false | true
            GPL-2.0-only                                                               | false | false
            GPL-3.0-or-later                                                           | false | false
            AGPL-3.0-only                                                              | false | false
            SSPL-1.0                                                                   | false | false
            Some License Nobody Has Read                                               | false | false
            """)
    void acceptsWhatItShould(String license, boolean published, boolean unpublished) {
        assertThat(LicensePolicy.accepts(List.of(license), true)).isEqualTo(published);
        assertThat(LicensePolicy.accepts(List.of(license), false)).isEqualTo(unpublished);
    }

    @ParameterizedTest(name = "{0} or {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EPL-1.0 | GNU Lesser General Public License
            LGPL-2.1-only | Apache-2.0
            """)
    void acceptsAComponentUnderSeveralLicensesIfOneIsAccepted(String one, String other) {
        assertThat(LicensePolicy.accepts(List.of(one, other), true)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void refusesAComponentThatDeclaresNoLicense(boolean published) {
        assertThat(LicensePolicy.accepts(List.of(), published)).isFalse();
    }
}
