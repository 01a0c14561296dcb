package vn.tthc.local.architecture.planted.service;

public class ThingService {

    public int count() {
        return 1;
    }
}
