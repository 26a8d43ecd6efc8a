package com.interviewed.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Request bodies of the JSON API read text strictly: a text field takes a JSON string only ({@code "text": 123} is a
 * 400, not the text "123"), and no string may carry NUL or other control characters (PostgreSQL refuses NUL in text,
 * and the rest only ever comes from attacks or broken clients). Tabs and line breaks stay allowed. The failure names
 * the field ({@link ApiExceptionHandler}). Only HTTP request bodies: the application's own JSON is read as before.
 */
@Configuration
class StrictJsonConfiguration {

    /** Replaces the JSON converter in its usual place (after the String and byte[] converters). Runs last. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper jsonMapper) {
        SimpleModule strictText = new SimpleModule("strict-text").addDeserializer(String.class, new StrictText());
        JsonMapper strict = jsonMapper.rebuild().addModule(strictText).build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /** Why a text value was refused, or null when it is acceptable. */
    static String problemWith(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control) {
                return c == 0 ? "must not contain NUL characters" : "must not contain control characters";
            }
        }
        return null;
    }

    static final class StrictText extends StdScalarDeserializer<String> {

        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            String problem = problemWith(text);
            if (problem != null) {
                return (String) context.reportInputMismatch(this, problem);
            }
            return text;
        }
    }
}
