package vn.tthc.platform.idempotency;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * An optional {@code Idempotency-Key} header, taken with {@code @BeanParam} by an {@link Idempotent} method: the one
 * place that documents the header.
 */
public final class IdempotencyKey implements IdempotencyKeyHeader {

    @HeaderParam(HEADER)
    @Parameter(name = HEADER, description = DESCRIPTION, example = "5f0c8a52-3d4e-4b6f-9a1e-7c2d8b9e0f13",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200, pattern = PATTERN))
    String value;

    public IdempotencyKey() {
    }

    public IdempotencyKey(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public boolean required() {
        return false;
    }
}
