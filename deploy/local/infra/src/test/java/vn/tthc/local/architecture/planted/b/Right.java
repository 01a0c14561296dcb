package vn.tthc.local.architecture.planted.b;

import vn.tthc.local.architecture.planted.a.Left;

public class Right {

    public Left left() {
        return new Left();
    }
}
