package vn.tthc.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitKind;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Unit require(String code) {
        return findByIdOptional(code).orElseThrow(() -> new NotFoundException("unit", code));
    }

    public long countChildren(String code) {
        return count("parentCode", code);
    }

    public PanacheQuery<Unit> search(UnitKind kind, String parentCode) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (parentCode != null) {
            query.append(" and parentCode = :parent");
            parameters.and("parent", parentCode);
        }
        return find(query.toString(), Sort.by("code"), parameters);
    }

    /**
     * The unit's path in the tree: the codes of its ancestors, root first, then its own. A code the registry
     * does not know is a path of itself alone; no code is the empty path.
     */
    public List<String> pathOf(String code) {
        if (code == null) {
            return List.of();
        }
        // No result class (String.class): Hibernate caches a native query's plan only when its result mapping compares
        // equal, and one made from a result class never does, so every call added a plan to the cache and the lookups
        // grew slower with it; a third of plan-service's CPU under load (issue 16's profile).
        @SuppressWarnings("unchecked")
        List<String> path = getEntityManager().createNativeQuery("""
                        with recursive up (code, parent_code, depth) as (
                            select code, parent_code, 0 from unit where code = :code
                            union all
                            select u.code, u.parent_code, up.depth + 1 from unit u join up on u.code = up.parent_code
                            where up.depth < 100)
                        select code from up order by depth desc""")
                .setParameter("code", code).getResultList();
        return path.isEmpty() ? List.of(code) : List.copyOf(path);
    }

    /** The codes of the unit and all units below it. */
    public List<String> subtreeCodes(String code) {
        List<String> codes = new ArrayList<>();
        List<String> level = List.of(code);
        while (!level.isEmpty()) {
            codes.addAll(level);
            level = find("parentCode in ?1", level).project(CodeOnly.class).list().stream().map(CodeOnly::code).toList();
        }
        return codes;
    }

    public record CodeOnly(String code) {
    }
}
