package vn.tthc.plan;

import vn.tthc.local.architecture.LayeringTest;

/** The layering of ARCHITECTURE.md, checked on plan-service's main classes: the assertions are in LayeringTest (assertHolds). */
class ArchitectureTest extends LayeringTest {

    ArchitectureTest() {
        super("vn.tthc.plan", "schedule");
    }
}
