package vn.tthc.feedback;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.tthc.local.LocalStackTestResource;

/** Every @QuarkusTest of this module runs on the module's real PostgreSQL (database "feedback") and Kafka. */
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "feedback"))
public final class LocalStack {
}
