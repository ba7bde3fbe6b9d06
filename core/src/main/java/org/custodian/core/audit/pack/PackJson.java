package org.custodian.core.audit.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;

/** The JSON mapper for pack content and review results: records as objects, instants as ISO-8601 text. */
public final class PackJson {

    private PackJson() {
    }

    public static ObjectMapper mapper() {
        SimpleModule instants = new SimpleModule("instants");
        instants.addSerializer(Instant.class, ToStringSerializer.instance);
        instants.addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return Instant.parse(parser.getValueAsString());
            }
        });
        return new ObjectMapper().registerModule(instants)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    }
}
