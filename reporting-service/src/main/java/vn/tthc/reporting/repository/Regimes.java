package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Regime;

import java.time.Instant;

@ApplicationScoped
public class Regimes implements PanacheRepositoryBase<Regime, String> {

    /**
     * Loads a shipped regime: inserts it when absent, refreshes it when it is still as shipped but differs;
     * leaves a customised one alone. Safe when several replicas start at once.
     *
     * @return whether anything changed
     */
    public boolean putShipped(String code, String name, String definition, Instant now) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into regime (code, name, definition, origin, created_at, updated_at, version)
                        values (:code, :name, :definition, 'SHIPPED', :now, :now, 0)
                        on conflict (code) do nothing""")
                .setParameter("code", code).setParameter("name", name).setParameter("definition", definition)
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        return getEntityManager().createNativeQuery("""
                        update regime set name = :name, definition = :definition, updated_at = :now, version = version + 1
                        where code = :code and origin = 'SHIPPED' and definition <> :definition""")
                .setParameter("code", code).setParameter("name", name).setParameter("definition", definition)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }
}
