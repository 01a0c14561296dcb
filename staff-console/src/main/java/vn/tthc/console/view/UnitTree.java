package vn.tthc.console.view;

import vn.tthc.console.api.PlanViews.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units as a tree: roots are the units whose parent is not in the list. */
public final class UnitTree {

    @io.quarkus.qute.TemplateData
    public record Node(Unit unit, List<Node> children) {
    }

    private UnitTree() {
    }

    public static List<Node> of(List<Unit> units) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        units.stream().sorted(Comparator.comparing(Unit::code)).forEach(unit -> nodes.put(unit.code(), new Node(unit, new ArrayList<>())));
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes.values()) {
            Node parent = node.unit().parentCode() == null ? null : nodes.get(node.unit().parentCode());
            if (parent == null || parent == node) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }
}
