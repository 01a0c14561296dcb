package vn.tthc.local.architecture.planted.repository;

public class ThingRepository {

    public String find() {
        return "thing";
    }
}
