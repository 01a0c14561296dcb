package vn.tthc.platform.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.tthc.platform.web.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every service's OpenAPI document shares, written once: the problem schema (RFC 9457 and the project's
 * {@code errors}), the error answers every operation can give (each a {@code application/problem+json} problem),
 * the headers ({@code ETag}, {@code If-Match}, {@code Idempotency-Key}, {@code Location}, {@code Retry-After}),
 * the OIDC security scheme with the roles moved out of the scopes list into {@code x-roles}, and nullable
 * (OpenAPI 3.1 {@code type: [..., "null"]}) wherever a property is not required.
 *
 * <p>Rules, applied to every operation after the annotations are read:
 * <ul>
 *   <li>400 (invalid parameter or body, the web layer's own), 414 and 431 everywhere;</li>
 *   <li>401 and 403 where the operation needs a token; 404 where the path names a resource;</li>
 *   <li>413 where the operation takes a body, 415 there and on every change; 409 on every POST, PUT and DELETE (a
 *       state that does not allow the change); 429 with Retry-After under {@code openapi.rate-limited-paths};</li>
 *   <li>412 where it takes {@code If-Match}; {@code Idempotency-Key} and 422 on every POST that creates (answers
 *       201), with {@code Location} on its 201 and {@code Idempotent-Replayed} on its success;</li>
 *   <li>a 4xx or 5xx the annotations left without a body gets the problem body.</li>
 * </ul>
 * Operation-specific answers (ETag on a read, a 409's reasons) stay on the resources.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractFilter implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String SECURITY_SCHEME = "oidc";
    public static final String ROLES_EXTENSION = "x-roles";
    /**
     * An operation extension for a create whose result has no address of its own (a section of a plan's appendix):
     * its 201 carries no Location. Read and removed by this filter.
     */
    public static final String NO_LOCATION = "x-no-location";

    /** The reusable error answers, by status, with their component name and Vietnamese description. */
    static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[]{"BadRequest", "Yêu cầu không hợp lệ: tham số, header hoặc nội dung sai (kèm `errors` theo từng trường)."});
        ERRORS.put("401", new String[]{"Unauthorized", "Chưa xác thực: thiếu token, token hết hạn hoặc không hợp lệ."});
        ERRORS.put("403", new String[]{"Forbidden", "Không có quyền: vai trò hoặc đơn vị của người gọi không cho phép thao tác này."});
        ERRORS.put("404", new String[]{"NotFound", "Không tìm thấy tài nguyên (hoặc người gọi không được xem)."});
        ERRORS.put("409", new String[]{"Conflict", "Xung đột: trạng thái hiện tại không cho phép thao tác này."});
        ERRORS.put("412", new String[]{"PreconditionFailed", "If-Match không khớp phiên bản hiện tại (ETag): đọc lại rồi gửi lại."});
        ERRORS.put("413", new String[]{"ContentTooLarge", "Nội dung yêu cầu vượt quá giới hạn cho phép."});
        ERRORS.put("414", new String[]{"UriTooLong", "Đường dẫn (URI) quá dài."});
        ERRORS.put("415", new String[]{"UnsupportedMediaType", "Kiểu nội dung (Content-Type) không được hỗ trợ."});
        ERRORS.put("422", new String[]{"UnprocessableContent", "Idempotency-Key đã dùng cho một yêu cầu có nội dung khác."});
        ERRORS.put("429", new String[]{"TooManyRequests", "Quá nhiều yêu cầu: thử lại sau số giây trong Retry-After."});
        ERRORS.put("431", new String[]{"RequestHeaderFieldsTooLarge", "Header của yêu cầu quá lớn."});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addProblemSchemas(components);
        addErrorResponses(components);
        addHeaders(components);
        addParameters(components);
        components.setSecuritySchemes(new TreeMap<>(Map.of(SECURITY_SCHEME, securityScheme())));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> contract(path, method, operation)));
        }
        Schemas.tidy(openAPI);
    }

    private static void contract(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<String> roles = securityToRoles(operation);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean mutates = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        boolean creates = method == PathItem.HttpMethod.POST && responses.hasAPIResponse("201");

        boolean noLocation = operation.getExtensions() != null && operation.getExtensions().containsKey(NO_LOCATION);
        if (noLocation) {
            operation.removeExtension(NO_LOCATION);
        }
        if (creates) {
            addParameterOnce(operation, "IdempotencyKey", "Idempotency-Key");
            Header location = OASFactory.createHeader().ref("Location");
            APIResponse created = responses.getAPIResponse("201");
            if (!noLocation && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
                created.addHeader("Location", location);
            }
        }
        boolean ifMatch = hasHeaderParameter(operation, "If-Match");
        if (ifMatch) {
            replaceHeaderParameter(operation, "If-Match", "IfMatch");
        }
        boolean idempotent = hasHeaderParameter(operation, "Idempotency-Key");
        if (idempotent && operation.getParameters().stream().noneMatch(p -> p.getIn() == Parameter.In.HEADER
                && "Idempotency-Key".equalsIgnoreCase(p.getName()) && Boolean.TRUE.equals(p.getRequired()))) {
            replaceHeaderParameter(operation, "Idempotency-Key", "IdempotencyKey");
        }

        responses.getAPIResponses().forEach((status, response) -> {
            String description = response.getDescription();
            if (status.startsWith("2") && (description == null || description.isBlank()
                    || List.of("OK", "Created", "No Content").contains(description))) {
                response.setDescription(status.equals("204") ? "Thành công, không có nội dung" : "Thành công");
            }
        });
        ensure(responses, "400");
        if (secured) {
            ensure(responses, "401");
            ensure(responses, "403");
        } else {
            responses.removeAPIResponse("401");
            responses.removeAPIResponse("403");
            // Said, not left out: an empty requirement is "no token needed".
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        if (path.contains("{")) {
            ensure(responses, "404");
        }
        if (mutates) {
            ensure(responses, "409");
        }
        if (ifMatch) {
            ensure(responses, "412");
        }
        if (hasBody) {
            ensure(responses, "413");
        }
        if (hasBody || mutates) {
            // A change is read with its declared media type: a body of another type, or none where one is named, is 415.
            ensure(responses, "415");
        }
        if (rateLimited(path)) {
            ensure(responses, "429");
        }
        ensure(responses, "414");
        if (idempotent) {
            ensure(responses, "422");
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getRef() == null
                        && (response.getHeaders() == null || !response.getHeaders().containsKey("Idempotent-Replayed"))) {
                    response.addHeader("Idempotent-Replayed", OASFactory.createHeader().ref("Idempotent-Replayed"));
                }
            });
        }
        ensure(responses, "431");

        // Error answers given by the annotations without a body (or with the generated plain descriptions) get the
        // problem body; the reusable ones are references.
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()
                        || response.getContent().hasMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
                    if (ERRORS.containsKey(status) && isGenerated(response)) {
                        sorted.put(status, OASFactory.createAPIResponse().ref(ERRORS.get(status)[0]));
                    } else {
                        response.setContent(problemContent());
                    }
                }
            }
        });
        responses.setAPIResponses(sorted);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, roles);
            String line = "Vai trò (roles): " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            if (description == null || !description.contains("Vai trò (roles)")) {
                operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
            }
        }
    }

    /**
     * Whether the path is rate-limited per client (429 with Retry-After): under one of the prefixes of
     * {@code openapi.rate-limited-paths} (a service's own setting, e.g. feedback-service's /public/ and /portal/).
     */
    private static boolean rateLimited(String path) {
        List<String> prefixes = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValues("openapi.rate-limited-paths", String.class).orElse(List.of());
        return prefixes.stream().anyMatch(prefix -> !prefix.isBlank() && path.startsWith(prefix.strip()));
    }

    /** Whether an error answer is one the generator made (a stock text): it becomes the shared one; others keep their text. */
    private static boolean isGenerated(APIResponse response) {
        String description = response.getDescription();
        return description == null || description.isBlank()
                || List.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found").contains(description);
    }

    private static void ensure(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(ERRORS.get(status)[0]));
        }
    }

    /** Moves the roles out of the security requirement's scopes (OIDC scopes are not roles) and returns them. */
    private static List<String> securityToRoles(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : security) {
            if (requirement.getSchemes() == null || requirement.getSchemes().isEmpty()) {
                continue;
            }
            requirement.getSchemes().values().forEach(scopes -> {
                if (scopes != null) {
                    scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                }
            });
            requirements.add(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, List.of()));
        }
        operation.setSecurity(requirements.isEmpty() ? null : List.of(requirements.get(0)));
        return roles;
    }

    private static boolean hasHeaderParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p ->
                (p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                        || ("#/components/parameters/" + name.replace("-", "")).equals(p.getRef()));
    }

    private static void replaceHeaderParameter(Operation operation, String name, String component) {
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(parameter.getName())) {
                parameters.add(OASFactory.createParameter().ref(component));
            } else {
                parameters.add(parameter);
            }
        }
        operation.setParameters(parameters);
    }

    private static void addParameterOnce(Operation operation, String component, String name) {
        if (!hasHeaderParameter(operation, name)) {
            operation.addParameter(OASFactory.createParameter().ref(component));
        }
    }

    private static void addProblemSchemas(Components components) {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Một trường dữ liệu sai và lý do.")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Tên trường (hoặc tham số, header) sai, ví dụ `title` hay `legalBases[2]`.")
                        .examples(List.of("title")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Lý do, bằng tiếng Việt (tiếng Anh khi yêu cầu gửi `Accept-Language: en`).")
                        .examples(List.of("không được để trống")))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Lỗi theo RFC 9457 (problem details, `application/problem+json`), chung cho cả ba dịch vụ. "
                        + "Thông điệp bằng tiếng Việt, trừ khi yêu cầu gửi `Accept-Language: en`.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("Loại lỗi, một URI ổn định (https://tthc.vn/problems/...).")
                        .examples(List.of("https://tthc.vn/problems/validation")))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Tóm tắt loại lỗi.").examples(List.of("Yêu cầu không hợp lệ")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("Mã trạng thái HTTP.").examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Giải thích cho trường hợp cụ thể này.")
                        .examples(List.of("Một số trường dữ liệu không hợp lệ.")))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Đường dẫn của yêu cầu gây lỗi, như ứng dụng đã đọc (đã giải mã phần trăm).")
                        .examples(List.of("/plans")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Các trường sai (chỉ có với lỗi dữ liệu).")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"))
                .examples(List.of(Map.of("type", "https://tthc.vn/problems/validation", "title", "Yêu cầu không hợp lệ",
                        "status", 400, "detail", "Một số trường dữ liệu không hợp lệ.", "instance", "/plans",
                        "errors", List.of(Map.of("field", "title", "message", "không được để trống")))));
        components.addSchema(PROBLEM, problem);
        components.addSchema(FIELD_ERROR, fieldError);
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static void addErrorResponses(Components components) {
        ERRORS.forEach((status, name) -> {
            APIResponse response = OASFactory.createAPIResponse().description(name[1]).content(problemContent());
            if (status.equals("429")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
            }
            components.addResponse(name[0], response);
        });
    }

    private static void addHeaders(Components components) {
        components.addHeader("ETag", OASFactory.createHeader().required(true)
                .description("Phiên bản hiện tại của tài nguyên; gửi lại trong If-Match khi sửa.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("\"3\""))));
        components.addHeader("Location", OASFactory.createHeader().required(true)
                .description("Địa chỉ của tài nguyên vừa tạo.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        components.addHeader("Retry-After", OASFactory.createHeader().required(true)
                .description("Số giây cần chờ trước khi gửi lại.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        components.addHeader("Idempotent-Replayed", OASFactory.createHeader()
                .description("`true` khi đây là câu trả lời đã lưu của một lần gửi trước với cùng Idempotency-Key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("true"))));
    }

    private static void addParameters(Components components) {
        components.addParameter("IfMatch", OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                .description("ETag đã đọc (phiên bản); khác phiên bản hiện tại thì trả 412. Bỏ qua thì không kiểm tra.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100))
                .example("\"3\""));
        components.addParameter("IdempotencyKey", OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .description("Khóa chống gửi trùng: gửi lại cùng khóa và cùng nội dung thì nhận lại kết quả lần đầu; "
                        + "cùng khóa với nội dung khác thì 422.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200))
                .example("5f0c6a36-2b1e-4f7e-9a43-0c1d2e3f4a5b"));
    }

    private static SecurityScheme securityScheme() {
        String issuer = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class).filter(s -> !s.isBlank())
                .orElse("http://localhost:18080/realms/tthc");
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
                .description("Bearer token (JWT) do Keycloak của tỉnh cấp (realm tthc). Vai trò nằm trong "
                        + "`realm_access.roles` của token; mỗi thao tác ghi các vai trò được phép trong `x-roles` "
                        + "và trong mô tả (không phải OIDC scope).");
    }
}
