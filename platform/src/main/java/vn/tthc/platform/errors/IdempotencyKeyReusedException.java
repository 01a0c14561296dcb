package vn.tthc.platform.errors;

/** An Idempotency-Key the caller already used for another request of the same operation (answered with 422). */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("idempotency key reused with another request");
    }
}
