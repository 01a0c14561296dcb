package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Unit;

import java.util.Collection;
import java.util.List;

/** The replica of the organisation tree, with the tree walks reports need. */
@ApplicationScoped
public class Units implements PanacheRepositoryBase<Unit, String> {

    /** Guards the tree walks against a cycle in the published parents. */
    static final int MAX_DEPTH = 30;

    /** The unit's ancestors, its parent first, up to the root; empty for a root or an unknown unit. */
    public List<Unit> ancestors(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery("""
                        with recursive up (code, parent_code, depth) as (
                            select code, parent_code, 0 from unit where code = :code
                            union all
                            select u.code, u.parent_code, up.depth + 1 from unit u join up on u.code = up.parent_code
                            where up.depth < :max)
                        select code from up where depth > 0 order by depth""")
                .setParameter("code", code)
                .setParameter("max", MAX_DEPTH)
                .getResultList();
        return inOrder(codes);
    }

    /** The unit's path: the codes of its ancestors from the root down, then its own code (alone when the replica lacks it). */
    public List<String> pathCodes(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery("""
                        with recursive up (code, parent_code, depth) as (
                            select code, parent_code, 0 from unit where code = :code
                            union all
                            select u.code, u.parent_code, up.depth + 1 from unit u join up on u.code = up.parent_code
                            where up.depth < :max)
                        select code from up where depth > 0 order by depth desc""")
                .setParameter("code", code)
                .setParameter("max", MAX_DEPTH)
                .getResultList();
        List<String> path = new java.util.ArrayList<>(codes);
        path.add(code);
        return List.copyOf(path);
    }

    /** The codes of the unit and of every unit under it; the unit's own code even when the replica lacks it. */
    public List<String> subtreeCodes(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager().createNativeQuery(SUBTREE + " select distinct code from down order by code")
                .setParameter("code", code)
                .setParameter("max", MAX_DEPTH)
                .getResultList();
        return codes;
    }

    /** Which of the codes the replica knows. */
    public java.util.Set<String> knownCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Set.of();
        }
        // One array parameter, not "in :codes": Hibernate translates a query with a list parameter again at every call
        // (half of the event consumer's CPU in the bench's profile), and a native query without a result class keeps
        // its plan in the cache.
        @SuppressWarnings("unchecked")
        List<String> known = getEntityManager().createNativeQuery("select code from unit where code = any(?1)")
                .setParameter(1, codes.toArray(String[]::new)).getResultList();
        return new java.util.HashSet<>(known);
    }

    /** The known units under {@code root} (itself included) whose kind is one of {@code kinds}. */
    public List<Unit> inSubtreeOfKinds(String root, Collection<String> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return list("code in ?1 and kind in ?2 order by code", subtreeCodes(root), kinds);
    }

    /** Selects {@code code} of every unit under {@code :code}, itself included, to depth {@code :max}. */
    public static final String SUBTREE = """
            with recursive down (code, depth) as (
                select cast(:code as varchar(50)), 0
                union all
                select u.code, down.depth + 1 from unit u join down on u.parent_code = down.code
                where down.depth < :max)""";

    private List<Unit> inOrder(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, Unit> byCode = new java.util.HashMap<>();
        list("code in ?1", codes).forEach(unit -> byCode.put(unit.code, unit));
        return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }
}
