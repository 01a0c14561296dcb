package vn.tthc.feedback;

import vn.tthc.local.architecture.LayeringTest;

/** The layering of ARCHITECTURE.md, checked on feedback-service's main classes: the assertions are in LayeringTest (assertHolds). */
class ArchitectureTest extends LayeringTest {

    ArchitectureTest() {
        super("vn.tthc.feedback", "calendar");
    }
}
