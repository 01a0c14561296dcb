package vn.tthc.local.architecture.clean.repository;

import vn.tthc.local.architecture.clean.Item;

public class ItemRepository {

    public Item find(String name) {
        return new Item(name);
    }
}
