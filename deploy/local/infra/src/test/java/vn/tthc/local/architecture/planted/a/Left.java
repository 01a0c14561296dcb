package vn.tthc.local.architecture.planted.a;

import vn.tthc.local.architecture.planted.b.Right;

/** Planted violation: a cycle between packages a and b. */
public class Left {

    public Right right() {
        return new Right();
    }
}
