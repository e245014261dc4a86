package dev.camelstudio.studio.springboot;

import java.beans.PropertyDescriptor;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.camelstudio.studio.support.NearestName;

import org.springframework.beans.BeanUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Refuses a {@code camel.component.studio.*} property that is no option of the component, naming it and the option it
 * was most likely meant to be, never its value. Spring binds the properties it knows and leaves the others unread: a
 * misspelt {@code client-secret} would otherwise surface much later as a refused token that names no property (and
 * Spring's strict binding would quote the value). Environment variables are not checked: their names map to
 * properties too loosely to tell a misspelling from an option.
 */
final class StudioPropertyNames {

    private static final String PREFIX = "camel.component.studio.";
    /** Every option, canonical (no dashes, lower case), as Spring's relaxed binding compares names. */
    private static final Set<String> OPTIONS = options();

    private StudioPropertyNames() {
    }

    /**
     * Checks the names of the environment's {@code camel.component.studio.*} properties.
     *
     * @param environment the application's environment
     * @throws IllegalStateException naming the properties that are no option, if there are any
     */
    static void check(ConfigurableEnvironment environment) {
        Set<String> unknown = new TreeSet<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> names
                    && !(source instanceof SystemEnvironmentPropertySource)) {
                for (String name : names.getPropertyNames()) {
                    if (name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                            && !OPTIONS.contains(canonical(firstSegment(name.substring(PREFIX.length()))))) {
                        unknown.add(name);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(unknown.stream().map(StudioPropertyNames::withSuggestion)
                    .collect(Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is not an option" : " are not options")
                    + " of the studio component (values not shown). Its options are in the README's Options table, and "
                    + "in your IDE's completion of camel.component.studio.*");
        }
    }

    private static String withSuggestion(String name) {
        String nearest = NearestName.of(firstSegment(name.substring(PREFIX.length())), kebabOptions());
        return nearest == null ? name : name + " (did you mean " + PREFIX + nearest + "?)";
    }

    private static String firstSegment(String rest) {
        int end = rest.length();
        for (char stop : new char[]{'.', '['}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return rest.substring(0, end);
    }

    private static String canonical(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The options as the configuration class has them (and Spring's common ones: enabled, customizer). */
    private static Stream<String> propertyNames() {
        return Stream.of(BeanUtils.getPropertyDescriptors(StudioComponentConfiguration.class))
                .filter(property -> property.getWriteMethod() != null || property.getName().equals("customizer"))
                .map(PropertyDescriptor::getName);
    }

    private static Set<String> options() {
        return propertyNames().map(StudioPropertyNames::canonical).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> kebabOptions() {
        return propertyNames().map(name -> name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
