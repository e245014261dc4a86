package dev.camelstudio.starter.generator;

import java.util.Map;

/**
 * How a component option is written as a property of the starter: its Java type and the description that the IDE
 * shows (Spring Boot's configuration processor reads it from the field's comment).
 *
 * @param option the component's option
 */
public record StarterProperty(ComponentOption option) {

    /** Marks a credential: Spring's metadata has no flag for it, so the description says it first. */
    public static final String SECRET_MARKER = "Secret:";

    /** Boxed, so that an option left unset is null and the component's own default stays. */
    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float",
            "short", "java.lang.Short", "byte", "java.lang.Byte", "char", "java.lang.Character");

    /** {@return the option's name, which is the field's name} */
    public String name() {
        return option.name();
    }

    /**
     * The field's type: the option's, boxed, and a {@link java.time.Duration} for a duration, so that Spring reads
     * {@code 30s}, {@code 2m} or {@code PT1M30S} (Camel's own starters use milliseconds as a {@code Long}).
     *
     * @return the type, qualified, generics included, e.g. {@code java.util.Map<java.lang.String, java.lang.Object>}
     */
    public String javaType() {
        if (option.type().equals("duration")) {
            return "java.time.Duration";
        }
        return BOXED.getOrDefault(option.javaType(), option.javaType().replace('$', '.'));
    }

    /**
     * The component's description, and what a reader of the properties needs besides: that the value is a secret,
     * the default, how durations are written, how a bean is referred to.
     *
     * @return the description, plain text
     */
    public String description() {
        StringBuilder text = new StringBuilder();
        if (option.secret()) {
            text.append(SECRET_MARKER).append(' ');
        }
        text.append(option.description());
        if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
            text.append(" Default: ").append(option.defaultValue()).append('.');
        }
        if (option.type().equals("duration")) {
            text.append(" Written as Spring Boot durations: 30s, 2m, 500ms, PT1M30S, or milliseconds.");
        }
        if (option.type().equals("object")) {
            text.append(" A bean reference such as #bean:name")
                    .append(option.autowired() ? "; when unset, the application's single bean of this type, if there "
                            + "is one." : ".");
        }
        return text.toString().strip();
    }

    /** {@return whether the option is deprecated} */
    public boolean deprecated() {
        return option.deprecated();
    }

    /** {@return why the option is deprecated, as the IDE shows it} */
    public String deprecationReason() {
        return option.deprecationNote().isBlank() ? "The component deprecates this option." : option.deprecationNote();
    }
}
