package vn.tthc.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.feedback.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The replica of the organisation tree: units, their ancestors and the units below them. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Optional<Unit> find(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }

    /** The unit and its ancestors up to the root, nearest first; empty if the unit is unknown. */
    public List<Unit> ancestorsOrSelf(String code) {
        List<Unit> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = code;
        while (current != null && seen.add(current)) {
            Optional<Unit> unit = find(current);
            if (unit.isEmpty()) {
                break;
            }
            chain.add(unit.get());
            current = unit.get().parentCode();
        }
        return chain;
    }

    /** The codes of the unit and every unit below it (the unit itself even if it is not in the replica). */
    @SuppressWarnings("unchecked")
    public List<String> descendantsOrSelf(String code) {
        return getEntityManager().createNativeQuery("""
                        with recursive below(code) as (
                            select cast(:code as varchar)
                            union
                            select u.code from unit_replica u join below b on u.parent_code = b.code
                        )
                        select code from below""")
                .setParameter("code", code)
                .getResultList();
    }

    /** Applies a snapshot unless the replica already has a newer version of the unit. */
    /** What plan-service publishes about a unit's documents (abbreviation, place, letterhead name, signer); each may be null. */
    public record Letterhead(String abbreviation, String place, String headerName, String signingAuthority,
                             String signerTitle, String signerName) {
    }

    public void upsert(String code, String name, String kind, String parentCode, long version, Letterhead letterhead) {
        getEntityManager().createNativeQuery("""
                        insert into unit_replica (code, name, kind, parent_code, version, updated_at, abbreviation, place,
                            header_name, signing_authority, signer_title, signer_name)
                        values (:code, :name, :kind, :parent, :version, now(), :abbreviation, :place, :headerName,
                            :signingAuthority, :signerTitle, :signerName)
                        on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                            parent_code = excluded.parent_code, version = excluded.version, updated_at = now(),
                            abbreviation = excluded.abbreviation, place = excluded.place, header_name = excluded.header_name,
                            signing_authority = excluded.signing_authority, signer_title = excluded.signer_title,
                            signer_name = excluded.signer_name
                        where unit_replica.version <= excluded.version""")
                .setParameter("code", code)
                .setParameter("name", name)
                .setParameter("kind", kind)
                .setParameter("parent", parentCode)
                .setParameter("version", version)
                .setParameter("abbreviation", letterhead.abbreviation())
                .setParameter("place", letterhead.place())
                .setParameter("headerName", letterhead.headerName())
                .setParameter("signingAuthority", letterhead.signingAuthority())
                .setParameter("signerTitle", letterhead.signerTitle())
                .setParameter("signerName", letterhead.signerName())
                .executeUpdate();
    }
}
