package vn.tthc.local;

import static io.restassured.RestAssured.given;

/** Gets access tokens from the local Keycloak's token endpoint, as a client of the realm would. */
final class KeycloakTokens {

    private final String tokenUrl;

    KeycloakTokens(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    /** A staff member's token through the password grant of the local staff client. */
    String password(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "tthc-staff")
                .formParam("username", username).formParam("password", password)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    /** A machine client's token through the client-credentials grant. */
    String clientCredentials(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }
}
