package vn.tthc.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.tthc.platform.text.VietnameseText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Path and query values follow the text policy of request bodies ({@link VietnameseText#isClean}): one holding a
 * control character (a NUL above all, which PostgreSQL refuses) or an unpaired surrogate is answered with a 400
 * problem before any resource or query sees it.
 */
public class CleanParameters {

    private final ProblemResponses problems;

    public CleanParameters(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (!VietnameseText.isClean(uri.getPath(), false) || !clean(uri.getQueryParameters())) {
            return Optional.of(problems.of(400, "invalid-parameter", "http.control-character"));
        }
        return Optional.empty();
    }

    private static boolean clean(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!VietnameseText.isClean(parameter.getKey(), false)) {
                return false;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !VietnameseText.isClean(value, false)) {
                    return false;
                }
            }
        }
        return true;
    }
}
