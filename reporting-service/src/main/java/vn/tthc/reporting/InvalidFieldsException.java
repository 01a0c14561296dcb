package vn.tthc.reporting;

import java.util.List;

/**
 * Several request values that break rules, each with its message in Vietnamese and English (answered with
 * 400 and every field named). Nothing is stored.
 */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldMessage> fields;

    public InvalidFieldsException(List<FieldMessage> fields) {
        super(fields.toString());
        this.fields = List.copyOf(fields);
    }

    public List<FieldMessage> fields() {
        return fields;
    }

    public record FieldMessage(String field, String vietnamese, String english) {
    }
}
