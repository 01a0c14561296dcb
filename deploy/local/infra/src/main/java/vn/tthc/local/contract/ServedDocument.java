package vn.tthc.local.contract;

import io.quarkus.test.common.http.TestHTTPResourceManager;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The OpenAPI document the service under test serves (on its management interface), read as a tree for assertions. */
public final class ServedDocument {

    private static final String PARAMETER_REF = "#/components/parameters/";

    private final Map<String, Object> document;

    private ServedDocument(Map<String, Object> document) {
        this.document = document;
    }

    public static ServedDocument read() {
        return new ServedDocument(given().queryParam("format", "json").get(TestHTTPResourceManager.getManagementUri() + "/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("$"));
    }

    /** The operation's parameters, each reference to a shared parameter component replaced by the component. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> parameters(String path, String method) {
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) paths.get(path).get(method).get("parameters");
        Map<String, Map<String, Object>> shared = (Map<String, Map<String, Object>>) components().getOrDefault("parameters", Map.of());
        return parameters == null ? List.of() : parameters.stream()
                .map(parameter -> parameter.get("$ref") instanceof String ref && ref.startsWith(PARAMETER_REF)
                        ? shared.get(ref.substring(PARAMETER_REF.length())) : parameter)
                .toList();
    }

    /** The properties of a schema component. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> properties(String schema) {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) components().get("schemas");
        return (Map<String, Map<String, Object>>) schemas.get(schema).get("properties");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> components() {
        return (Map<String, Object>) document.get("components");
    }
}
