package vn.tthc.reporting;

import vn.tthc.local.architecture.LayeringTest;

/** The layering of ARCHITECTURE.md, checked on reporting-service's main classes: the assertions are in LayeringTest (assertHolds). */
class ArchitectureTest extends LayeringTest {

    ArchitectureTest() {
        super("vn.tthc.reporting", "form", "period", "regime");
    }
}
