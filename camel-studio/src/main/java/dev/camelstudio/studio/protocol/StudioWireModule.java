package dev.camelstudio.studio.protocol;

import java.time.Instant;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Jackson module for the two value conventions of the Studio wire format: times are int64 milliseconds
 * since the epoch, and enum values are kebab-case strings that may grow new members at any time.
 */
final class StudioWireModule extends SimpleModule {

    StudioWireModule() {
        super("studio-wire");
        addDeserializer(Instant.class, new EpochMillisDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        // SimpleModule only registers deserializers per exact class; this covers every WireEnum at once.
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                    BeanDescription beanDesc) {
                return WireEnum.class.isAssignableFrom(type) ? new WireEnumDeserializer(type) : null;
            }
        });
    }
}
