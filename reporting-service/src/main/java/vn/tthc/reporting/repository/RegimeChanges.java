package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.RegimeChange;

import java.util.List;

/** The history of report regimes. */
@ApplicationScoped
public class RegimeChanges implements PanacheRepositoryBase<RegimeChange, Long> {

    /** A regime's changes, oldest first (also after the regime was deleted). */
    public List<RegimeChange> of(String regimeCode) {
        return list("regimeCode = ?1 order by id", regimeCode);
    }
}
