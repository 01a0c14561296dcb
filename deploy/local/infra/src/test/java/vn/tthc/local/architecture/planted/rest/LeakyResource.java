package vn.tthc.local.architecture.planted.rest;

import jakarta.transaction.Transactional;
import vn.tthc.local.architecture.planted.repository.ThingRepository;

/** Planted violation: a resource that reads a repository in a transaction of its own. */
public class LeakyResource {

    private final ThingRepository things = new ThingRepository();

    @Transactional
    public String read() {
        return things.find();
    }
}
