package dev.camelstudio.starter.generator;

/**
 * One option of a component as its catalog ({@code componentProperties} in the component's JSON) describes it.
 *
 * @param name            the option's name, e.g. {@code heartbeatTimeout}
 * @param type            the catalog's kind of value: {@code string}, {@code integer}, {@code duration},
 *                        {@code object}...
 * @param javaType        the type of the component's property, e.g. {@code long} for a duration in milliseconds
 * @param description     the option's description, from the component's Javadoc
 * @param defaultValue    the default as the catalog writes it ({@code 30s}, {@code false}), or null if it has none
 * @param secret          whether the value is a credential
 * @param autowired       whether the component takes the application's single bean of the type when it is unset
 * @param deprecated      whether the option is deprecated
 * @param deprecationNote why it is deprecated and what to use instead; empty if the component says nothing
 */
public record ComponentOption(String name, String type, String javaType, String description, String defaultValue,
        boolean secret, boolean autowired, boolean deprecated, String deprecationNote) {
}
