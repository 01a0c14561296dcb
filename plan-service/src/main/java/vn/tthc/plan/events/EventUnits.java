package vn.tthc.plan.events;

import vn.tthc.plan.UnitRef;

import java.util.List;

final class EventUnits {

    private EventUnits() {
    }

    /** The codes of the matched units; units known only by their printed text are left out. */
    static List<String> codes(List<UnitRef> units) {
        return units.stream().filter(UnitRef::isMatched).map(UnitRef::code).toList();
    }
}
