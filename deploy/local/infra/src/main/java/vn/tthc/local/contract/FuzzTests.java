package vn.tthc.local.contract;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.junit.jupiter.api.Test;
import vn.tthc.local.LocalStackTestResource;
import vn.tthc.local.security.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz test of a service (a {@code @QuarkusTest} with {@code @TestProfile(FuzzTests.Profile.class)} extends this
 * class): {@link Fuzzer} over every operation of the service's own OpenAPI document with the fixed seed
 * {@link #SEED} (override with {@code -Dfuzz.seed=N}), a few hundred requests, bounded in time, on a database
 * of its own ({@link Profile}).
 */
public abstract class FuzzTests {

    public static final long SEED = 20261206L;
    static final int PER_OPERATION = Integer.getInteger("fuzz.per-operation", 10);
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 40));

    /**
     * Its own profile, with its own database ("fuzz") on the module's PostgreSQL server: what the run creates, changes
     * and deletes never reaches the data of the module's other tests, whichever runs first.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalStackTestResource.class, Map.of("database", "fuzz")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The callers of the run: the default administrator first, then the service's own mix (a null sends no token). */
    protected List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        tokens.add(Tokens.defaultToken());
        tokens.add(Tokens.client("integration", "integration"));
        tokens.add(Tokens.portal());
        tokens.add(null);
        return tokens;
    }

    @Test
    void noOperationAnswers5xxAndEvery4xxIsAProblemTheDocumentDescribes() {
        long seed = Long.getLong("fuzz.seed", SEED);
        Fuzzer.Report report = Fuzzer.run(seed, PER_OPERATION, BUDGET, tokens());
        System.out.println(report);
        assertTrue(report.requests() >= Math.min(200, ContractValidation.contract().routes().size() * PER_OPERATION) / 2,
                "too few requests: " + report);
        assertEquals(List.of(), report.failures(), report.toString());
    }
}
