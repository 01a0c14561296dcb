package vn.tthc.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that creates something as safe to retry with an {@code Idempotency-Key} header
 * ({@link IdempotencyInterceptor}): a retry by the same caller with the same key and the same request answers the
 * first result (status, body, {@code Location}, {@code ETag}) and creates nothing; the same key with another request
 * is a 422 problem. The method takes the header as a bean parameter, {@code @BeanParam IdempotencyKey} (or
 * {@link RequiredIdempotencyKey} where a key is mandatory), which documents it in the OpenAPI document.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
