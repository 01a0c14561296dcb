package vn.tthc.platform.idempotency;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyInterceptorTest {

    @Path("/plans")
    static class Plans {
        @POST
        public void create() {
        }

        @POST
        @Path("{id}/tasks")
        public void addTask() {
        }
    }

    @Test
    void anOperationIsItsMethodAndPathTemplate() throws Exception {
        assertThat(IdempotencyInterceptor.operation(Plans.class.getMethod("create"))).isEqualTo("POST /plans");
        assertThat(IdempotencyInterceptor.operation(Plans.class.getMethod("addTask"))).isEqualTo("POST /plans/{id}/tasks");
    }

    @Test
    void aKeyIsOneTo200PrintableAsciiCharacters() {
        assertThat(IdempotencyKeyHeader.KEY.matcher("5f0c8a52-3d4e-4b6f-9a1e-7c2d8b9e0f13").matches()).isTrue();
        assertThat(IdempotencyKeyHeader.KEY.matcher("k".repeat(200)).matches()).isTrue();
        assertThat(IdempotencyKeyHeader.KEY.matcher("k".repeat(201)).matches()).isFalse();
        assertThat(IdempotencyKeyHeader.KEY.matcher("khóa").matches()).isFalse();
        assertThat(IdempotencyKeyHeader.KEY.matcher("a b").matches()).isFalse();
        assertThat(IdempotencyKeyHeader.KEY.matcher("").matches()).isFalse();
    }
}
