package vn.tthc.reporting;

import io.restassured.http.ContentType;
import vn.tthc.reporting.regime.RegimeLoader;

import static io.restassured.RestAssured.given;

/** Regimes for tests: the shipped TTHC-control regime, re-coded for a test's own unit tree. */
public final class TestRegimes {

    private TestRegimes() {
    }

    /** The shipped tthc-control document (quarterly, annual, ad hoc; Biểu 06 and the summary form) for a tree. */
    public static String tthcControlFor(Replicas.Tree tree, String code) {
        return new RegimeLoader().resourceText(RegimeLoader.SHIPPED_DIRECTORY + "tthc-control-quarterly-annual.json")
                .replace("\"code\": \"tthc-control\"", "\"code\": \"" + code + "\"")
                .replace("\"receivingUnitCode\": \"ST-SKHCN-VP\"", "\"receivingUnitCode\": \"" + tree.office() + "\"")
                .replace("\"under\": \"ST-SKHCN\"", "\"under\": \"" + tree.department() + "\"");
    }

    /** Creates the regime over REST and returns its code. */
    public static String createTthcControl(Replicas.Tree tree) {
        String code = "tthc-control-" + tree.department().toLowerCase();
        given().contentType(ContentType.JSON).body(tthcControlFor(tree, code)).post("/regimes").then().statusCode(201);
        return code;
    }
}
