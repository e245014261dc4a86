package dev.camelstudio.studio.springboot;

import java.util.Set;

import dev.camelstudio.studio.StudioConfiguration;
import dev.camelstudio.studio.auth.StudioTokenProvider;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets the bean-typed options be written as references in properties, {@code #bean:name} or {@code #name}, as in
 * endpoint URIs: {@code camel.component.studio.ssl-context-parameters=#bean:studioTls}. The bean is looked up when
 * the properties are bound, so a missing one fails startup naming the property.
 */
@AutoConfiguration
public class StudioComponentConverter {

    /** Made by Spring, as an auto-configuration. */
    public StudioComponentConverter() {
    }

    @Bean
    @ConfigurationPropertiesBinding
    static GenericConverter studioBeanReferenceConverter(ApplicationContext applicationContext) {
        return new BeanReferenceConverter(applicationContext);
    }

    static final class BeanReferenceConverter implements GenericConverter {

        private static final Set<Class<?>> BEAN_TYPES = Set.of(StudioConfiguration.class, StudioTokenProvider.class,
                SSLContextParameters.class, StateRepository.class);

        private final ApplicationContext applicationContext;

        BeanReferenceConverter(ApplicationContext applicationContext) {
            this.applicationContext = applicationContext;
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, StudioConfiguration.class),
                    new ConvertiblePair(String.class, StudioTokenProvider.class),
                    new ConvertiblePair(String.class, SSLContextParameters.class),
                    new ConvertiblePair(String.class, StateRepository.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            String reference = source.toString();
            if (!reference.startsWith("#") || !BEAN_TYPES.contains(targetType.getType())) {
                throw new IllegalArgumentException("Expected a bean reference such as #bean:name, got another value");
            }
            String name = reference.startsWith("#bean:") ? reference.substring(6) : reference.substring(1);
            try {
                return applicationContext.getBean(name, targetType.getType());
            } catch (NoSuchBeanDefinitionException e) {
                throw new IllegalArgumentException("No bean named '" + name + "' of type "
                        + targetType.getType().getName(), e);
            }
        }
    }
}
