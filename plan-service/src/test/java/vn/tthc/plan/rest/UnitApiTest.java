package vn.tthc.plan.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class UnitApiTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String province = "UBND-" + suffix;
    private final String department = "SKHCN-" + suffix;
    private final String office = "SKHCN-VP-" + suffix;

    @Test
    void theTreeIsKeptAndEveryUnitsStateIsPublishedToPlanUnits() {
        put(province, "{\"name\":\"Ủy ban nhân dân tỉnh Sóc Trăng\",\"kind\":\"PROVINCIAL_COMMITTEE\"}").then().statusCode(200);
        put(department, "{\"name\":\"Sở Khoa học và Công nghệ\",\"shortNames\":[\"Sở KH&CN\"],\"kind\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"}")
                .then().statusCode(200);
        put(office, """
                {"name":"Văn phòng Sở","shortNames":["VP Sở"],"aliases":["Văn phòng Sở KH&CN"],"kind":"DIVISION",
                 "parentCode":"%s","officers":[{"id":"tvu","name":"Trần Thế Vũ","title":"Chánh Văn phòng"}]}""".formatted(department))
                .then().statusCode(200)
                .body("version", equalTo(0))
                .body("officers[0].name", equalTo("Trần Thế Vũ"));

        given().queryParam("parentCode", department).get("/units")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.code", hasItem(office));

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.units")) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> office.equals(r.key()), Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
            assertThat(TopicReader.header(records.get(0), "ce_type")).contains("vn.tthc.plan.unit.v1");
            assertThat(EventSchema.forType("plan-service", "vn.tthc.plan.unit.v1").violations(records.get(0).value())).isEmpty();
            assertThat(records.get(0).value()).contains("\"parentCode\":\"" + department + "\"").contains("VP Sở");
        }
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        put(province, "{\"name\":\"UBND tỉnh\",\"kind\":\"PROVINCIAL_COMMITTEE\"}").then().statusCode(200);
        String etag = given().get("/units/{code}", province).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Ủy ban nhân dân tỉnh\",\"kind\":\"PROVINCIAL_COMMITTEE\"}")
                .put("/units/{code}", province).then().statusCode(200).header("ETag", "\"1\"");

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Tên khác\",\"kind\":\"PROVINCIAL_COMMITTEE\"}")
                .put("/units/{code}", province)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/stale"));
        given().get("/units/{code}", province).then().body("name", equalTo("Ủy ban nhân dân tỉnh"));
    }

    @Test
    void aParentMustExistAndMustNotMakeACycle() {
        put(province, "{\"name\":\"UBND tỉnh\",\"kind\":\"PROVINCIAL_COMMITTEE\"}").then().statusCode(200);
        put(department, "{\"name\":\"Sở\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"}").then().statusCode(200);

        put(office, "{\"name\":\"VP\",\"kind\":\"DIVISION\",\"parentCode\":\"NOPE-" + suffix + "\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].message", equalTo("không có đơn vị cấp trên với mã này"));
        given().get("/units/{code}", office).then().statusCode(404);

        put(province, "{\"name\":\"UBND tỉnh\",\"kind\":\"PROVINCIAL_COMMITTEE\",\"parentCode\":\"" + department + "\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void aUnitWithUnitsBelowCannotBeRemovedAndARemovalPublishesATombstone() {
        put(province, "{\"name\":\"UBND tỉnh\",\"kind\":\"PROVINCIAL_COMMITTEE\"}").then().statusCode(200);
        put(department, "{\"name\":\"Sở\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"" + province + "\"}").then().statusCode(200);

        given().delete("/units/{code}", province).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://tthc.vn/problems/unit.has-children"));
        given().delete("/units/{code}", department).then().statusCode(204);
        given().get("/units/{code}", department).then().statusCode(404);

        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.units")) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    r -> department.equals(r.key()) && r.value() == null, Duration.ofSeconds(20));
            assertThat(records).hasSize(1);
        }
    }

    @Test
    void badCodesAndKindsAreProblems() {
        put("has space", "{\"name\":\"X\",\"kind\":\"DIVISION\"}").then().statusCode(400);
        put("X-" + suffix, "{\"name\":\"X\",\"kind\":\"PLANET\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
    }

    private static io.restassured.response.Response put(String code, String body) {
        return given().contentType(ContentType.JSON).body(body).put("/units/{code}", code);
    }
}
