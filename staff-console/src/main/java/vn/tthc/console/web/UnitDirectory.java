package vn.tthc.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.tthc.console.api.PlanApi;
import vn.tthc.console.api.PlanViews.Page;
import vn.tthc.console.api.PlanViews.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** plan-service's organisation tree, read at most once per request (the tree is not secret; nothing is kept). */
@RequestScoped
public class UnitDirectory {

    @Inject
    @RestClient
    PlanApi plans;

    private Map<String, Unit> units;

    public Map<String, Unit> all() {
        if (units == null) {
            Map<String, Unit> read = new LinkedHashMap<>();
            int page = 0;
            Page<Unit> batch;
            do {
                batch = plans.units(null, page++, 200);
                batch.items().forEach(unit -> read.put(unit.code(), unit));
            } while (batch.hasNext() && page < 50);
            units = read;
        }
        return units;
    }

    public List<Unit> list() {
        return new ArrayList<>(all().values());
    }

    /** The unit's name, or its code when the tree does not know it. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        Unit unit = all().get(code);
        return unit == null ? code : unit.name();
    }

    /** The unit and the units above it, nearest first. */
    public List<String> ancestry(String code) {
        List<String> chain = new ArrayList<>();
        String current = code;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            Unit unit = all().get(current);
            current = unit == null ? null : unit.parentCode();
        }
        return chain;
    }

    /** The unit and every unit under it. */
    public List<Unit> subtree(String code) {
        List<Unit> result = new ArrayList<>();
        for (Unit unit : all().values()) {
            if (ancestry(unit.code()).contains(code)) {
                result.add(unit);
            }
        }
        return result;
    }
}
