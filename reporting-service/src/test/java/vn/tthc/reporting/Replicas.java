package vn.tthc.reporting;

import vn.tthc.reporting.events.PlanEventFixtures;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Publishes units to plan.units as plan-service would, and waits until the service's replica has them. */
public final class Replicas {

    private Replicas() {
    }

    public static void unit(String code, String name, String kind, String parentCode) {
        TestKafka.send(PlanEventFixtures.unit(code, name, kind, parentCode, 1));
        awaitUnit(code, name);
    }

    public static void awaitUnit(String code, String name) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/units/{code}", code)
                .then().statusCode(200).body("name", equalTo(name)));
    }

    /**
     * A small tree with a unique suffix: province {@code P-s} → department {@code D-s} → its office {@code D-s-VP}
     * and divisions {@code D-s-P1}, {@code D-s-P2} and inspectorate {@code D-s-TT}.
     */
    public static Tree tree() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        Tree tree = new Tree("P-" + suffix, "D-" + suffix, "D-" + suffix + "-VP", "D-" + suffix + "-P1",
                "D-" + suffix + "-P2", "D-" + suffix + "-TT");
        TestKafka.send(PlanEventFixtures.unit(tree.province(), "Ủy ban nhân dân tỉnh " + suffix, "PROVINCIAL_COMMITTEE", null, 1,
                ",\"abbreviation\":\"UBND\",\"place\":\"Hà Giang\",\"headerName\":\"UBND tỉnh Hà Giang\""));
        TestKafka.send(PlanEventFixtures.unit(tree.department(), "Sở Khoa học và Công nghệ " + suffix, "DEPARTMENT", tree.province(), 1,
                ",\"abbreviation\":\"SKHCN\",\"headerName\":\"Sở Khoa học và Công nghệ\",\"signingAuthority\":\"KT. Giám đốc\","
                        + "\"signerTitle\":\"Phó Giám đốc\",\"signerName\":\"Nguyễn Văn An\""));
        TestKafka.send(PlanEventFixtures.unit(tree.office(), "Văn phòng Sở " + suffix, "DIVISION", tree.department(), 1,
                ",\"abbreviation\":\"VP\",\"headerName\":\"Văn phòng\",\"signerTitle\":\"Chánh Văn phòng\",\"signerName\":\"Trần Thế Vũ\""));
        TestKafka.send(PlanEventFixtures.unit(tree.division1(), "Phòng Quản lý khoa học " + suffix, "DIVISION", tree.department(), 1,
                ",\"abbreviation\":\"QLKH\",\"signerTitle\":\"Trưởng phòng\""));
        TestKafka.send(PlanEventFixtures.unit(tree.division2(), "Phòng Quản lý công nghệ " + suffix, "DIVISION", tree.department(), 1));
        TestKafka.send(PlanEventFixtures.unit(tree.inspectorate(), "Thanh tra Sở " + suffix, "INSPECTORATE", tree.department(), 1));
        // Six keys on several partitions: every snapshot is applied once the group has consumed plan.units to its end.
        TestKafka.awaitConsumedToEnd("plan.units");
        awaitUnit(tree.inspectorate(), "Thanh tra Sở " + suffix);
        return tree;
    }

    public record Tree(String province, String department, String office, String division1, String division2,
                       String inspectorate) {
    }
}
