package vn.tthc.reporting.regime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.tthc.platform.web.StrictJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads regime definitions from JSON files and checks them: unknown or duplicate keys, misspelt enumeration
 * values, impossible days, rules that do not parse or name indicators the form lacks. Every problem in a
 * file is reported at once, in an {@link InvalidRegimeException}.
 * <p>
 * The regimes shipped with the service live under {@code regimes/} on the class path, listed in
 * {@value #SHIPPED_INDEX}.
 */
public final class RegimeLoader {

    public static final String SHIPPED_DIRECTORY = "regimes/";
    public static final String SHIPPED_INDEX = SHIPPED_DIRECTORY + "index.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addModule(StrictJson.cleanText())
            .build();

    /** Reads one regime; {@code source} names it in error messages. */
    public RegimeDefinition read(InputStream json, String source) {
        RegimeFile file;
        try {
            file = mapper.readValue(json, RegimeFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRegimeException(source, List.of(describe(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regime " + source, e);
        }
        if (file == null) {
            throw new InvalidRegimeException(source, List.of(InvalidRegimeException.Issue.at("",
                    "tài liệu không chứa chế độ báo cáo nào", "the file holds no regime")));
        }
        RegimeAssembler assembler = new RegimeAssembler();
        RegimeDefinition definition = assembler.assemble(file);
        if (definition == null) {
            throw new InvalidRegimeException(source, assembler.problems());
        }
        return definition;
    }

    /** Reads one regime from JSON text. */
    public RegimeDefinition read(String json, String source) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
    }

    public RegimeDefinition read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regime " + file, e);
        }
    }

    /** Reads a regime from the class path, e.g. {@code regimes/tthc-control-quarterly-annual.json}. */
    public RegimeDefinition readResource(String resource) {
        try (InputStream in = open(resource)) {
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regime " + resource, e);
        }
    }

    /** The text of a regime file on the class path, e.g. {@code regimes/tthc-control-quarterly-annual.json}. */
    public String resourceText(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read regime " + resource, e);
        }
    }

    /** The names of the shipped regime files, as {@value #SHIPPED_INDEX} lists them. */
    public List<String> shippedFileNames() {
        try (InputStream in = open(SHIPPED_INDEX)) {
            return mapper.readValue(in, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED_INDEX, e);
        }
    }

    /** Every shipped regime; their codes are distinct. */
    public List<RegimeDefinition> readShipped() {
        List<RegimeDefinition> regimes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String name : shippedFileNames()) {
            RegimeDefinition regime = readResource(SHIPPED_DIRECTORY + name);
            if (!codes.add(regime.code())) {
                throw new InvalidRegimeException(SHIPPED_DIRECTORY + name, List.of(InvalidRegimeException.Issue.at("code",
                        "một chế độ báo cáo kèm theo khác cũng có mã " + regime.code(), "another shipped regime is coded " + regime.code())));
            }
            regimes.add(regime);
        }
        return regimes;
    }

    private static InputStream open(String resource) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
        if (in == null) {
            in = RegimeLoader.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IOException("no resource " + resource + " on the class path");
        }
        return in;
    }

    /**
     * A JSON problem with its place (the property path for mapping errors, line and column otherwise), in our own
     * words: Jackson's messages (English, naming Java classes) never reach a client.
     */
    static InvalidRegimeException.Issue describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("control characters")) {
            return InvalidRegimeException.Issue.at(path, "văn bản chứa ký tự điều khiển (như NUL), không được chấp nhận",
                    "text holds a control character (such as NUL), which is not accepted");
        }
        if (e instanceof UnrecognizedPropertyException) {
            return InvalidRegimeException.Issue.at(path, "trường không được hỗ trợ", "unknown field");
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            if (message.startsWith("No content")) {
                return InvalidRegimeException.Issue.at("", "tài liệu trống", "no content: the document is empty");
            }
            Expected expected = Expected.of(mismatched.getTargetType());
            return InvalidRegimeException.Issue.at(path, "giá trị sai kiểu: cần " + expected.vietnamese,
                    "wrong type: expected " + expected.english);
        }
        if (e instanceof JsonMappingException && !path.isEmpty()) {
            return InvalidRegimeException.Issue.at(path, "giá trị sai kiểu hoặc sai định dạng", "wrong type or format");
        }
        String line = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getLineNr());
        String column = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getColumnNr());
        String where = line.isEmpty() ? "" : "dòng " + line + ", cột " + column + ": ";
        String whereEnglish = line.isEmpty() ? "" : "line " + line + ", column " + column + ": ";
        if (message.startsWith("Duplicate field")) {
            String field = message.replaceFirst("^Duplicate field '(.*)'$", "$1");
            return InvalidRegimeException.Issue.at(path, where + "trường " + field + " xuất hiện hai lần",
                    whereEnglish + "duplicate field " + field);
        }
        return InvalidRegimeException.Issue.at("", where + "nội dung không phải JSON hợp lệ", whereEnglish + "malformed JSON");
    }

    private static String pathOf(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a JSON value should have been, in words. */
    private enum Expected {
        TEXT("một chuỗi", "a string"), NUMBER("một số nguyên", "an integer"), BOOLEAN("true hoặc false", "true or false"),
        LIST("một danh sách (mảng JSON)", "a list (JSON array)"), OBJECT("một đối tượng JSON", "a JSON object");

        final String vietnamese;
        final String english;

        Expected(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        static Expected of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return NUMBER;
            }
            if (type == Boolean.class || type == boolean.class) {
                return BOOLEAN;
            }
            if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                return LIST;
            }
            return OBJECT;
        }
    }
}
