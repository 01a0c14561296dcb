package vn.tthc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import vn.tthc.platform.text.VietnameseText;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Request bodies are read strictly: a number is not a text, a text is not a number, nothing trails the JSON,
 * and no text holds control characters (other than tab and line breaks) or unpaired surrogates, which
 * PostgreSQL could not store. A list or map field with {@code @Size(max)} is refused as soon as it is read with more
 * items ({@link TooManyItemsException}), so a 200,000-item list never reaches Bean Validation (which would check,
 * and describe, each item). Responses escape {@code <}, {@code >}, {@code &} and {@code '}, so text such
 * as a script tag sent in a petition is returned as inert JSON even if a page embeds it carelessly.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(cleanText());
        mapper.registerModule(new SimpleModule("bounded-containers").setDeserializerModifier(new BoundedContainers()));
        mapper.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    /** The module that refuses control characters and unpaired surrogates in every JSON string read. */
    public static SimpleModule cleanText() {
        return new SimpleModule("clean-text").addDeserializer(String.class, new CleanText());
    }

    /** Reads a JSON string, refusing characters that are not text. */
    static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && !isClean(text)) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "control characters or unpaired surrogates are not allowed");
            }
            return text;
        }

        static boolean isClean(String text) {
            return VietnameseText.isClean(text, true);
        }
    }

    /** Puts every collection and map read behind the {@code @Size(max)} of the field it is read into. */
    static final class BoundedContainers extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new BoundedContainer(deserializer, Integer.MAX_VALUE);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                         BeanDescription description, JsonDeserializer<?> deserializer) {
            return new BoundedContainer(deserializer, Integer.MAX_VALUE);
        }
    }

    /** A collection or map deserializer that refuses more items than the property's {@code @Size(max)}. */
    static final class BoundedContainer extends DelegatingDeserializer {
        private final int max;

        BoundedContainer(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedContainer(delegate, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(context, property);
            Size size = property == null ? null : property.getAnnotation(Size.class);
            int bound = size == null ? Integer.MAX_VALUE : size.max();
            JsonDeserializer<?> delegate = contextual instanceof BoundedContainer bounded ? bounded.getDelegatee() : contextual;
            return new BoundedContainer(delegate, bound);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return bounded(parser, super.deserialize(parser, context));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
            return bounded(parser, ((JsonDeserializer<Object>) _delegatee).deserialize(parser, context, into));
        }

        private Object bounded(JsonParser parser, Object value) throws TooManyItemsException {
            int items = value instanceof Collection<?> collection ? collection.size() : value instanceof Map<?, ?> map ? map.size() : 0;
            if (items > max) {
                throw new TooManyItemsException(parser, max, value.getClass());
            }
            return value;
        }
    }

    /** Escapes the characters that matter to HTML, as \\u003C and so on. */
    static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
