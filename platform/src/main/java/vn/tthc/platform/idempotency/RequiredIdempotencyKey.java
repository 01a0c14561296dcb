package vn.tthc.platform.idempotency;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A mandatory {@code Idempotency-Key} header (a request without one is a 400), for {@link Idempotent} methods. */
public final class RequiredIdempotencyKey implements IdempotencyKeyHeader {

    @HeaderParam(HEADER)
    @Parameter(name = HEADER, required = true, description = DESCRIPTION + " Bắt buộc với thao tác này.",
            example = "5f0c8a52-3d4e-4b6f-9a1e-7c2d8b9e0f13",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = PATTERN))
    String value;

    public RequiredIdempotencyKey() {
    }

    public RequiredIdempotencyKey(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean required() {
        return true;
    }
}
