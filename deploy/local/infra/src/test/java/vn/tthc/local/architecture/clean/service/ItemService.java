package vn.tthc.local.architecture.clean.service;

import jakarta.transaction.Transactional;
import vn.tthc.local.architecture.clean.Item;
import vn.tthc.local.architecture.clean.repository.ItemRepository;

public class ItemService {

    private final ItemRepository items = new ItemRepository();

    @Transactional
    public Item item(String name) {
        return items.find(name);
    }
}
