package vn.tthc.feedback.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.tthc.local.contract.FuzzTests;

/** Property-based run over every operation of the OpenAPI document: no 5xx, every 4xx a documented problem. */
// The assertions are inherited from FuzzTests (deploy/local/infra): each test method there asserts and fails on a violation.
@QuarkusTest
@TestProfile(FuzzTests.Profile.class)
class FuzzTest extends FuzzTests {
}
