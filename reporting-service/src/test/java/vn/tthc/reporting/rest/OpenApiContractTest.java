package vn.tthc.reporting.rest;

import io.quarkus.test.junit.QuarkusTest;
import vn.tthc.local.contract.ContractDocumentTests;

/** The service's OpenAPI document keeps the project's contract rules (and is written to target/openapi.json). */
// The assertions are inherited from ContractDocumentTests (deploy/local/infra): each test method there asserts and fails on a violation.
@QuarkusTest
class OpenApiContractTest extends ContractDocumentTests {
}
