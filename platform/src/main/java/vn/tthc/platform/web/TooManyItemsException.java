package vn.tthc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON list or object holding more items than its field's {@code @Size(max)} allows, refused while the body is
 * read ({@link StrictJson}), before any item is validated: a 400 problem naming the field.
 */
public class TooManyItemsException extends MismatchedInputException {

    private final int max;

    public TooManyItemsException(JsonParser parser, int max, Class<?> type) {
        super(parser, "more than " + max + " items", type);
        this.max = max;
    }

    public int max() {
        return max;
    }
}
