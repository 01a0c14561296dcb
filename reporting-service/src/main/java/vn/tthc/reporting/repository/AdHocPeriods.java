package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.AdHocPeriod;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AdHocPeriods implements PanacheRepositoryBase<AdHocPeriod, UUID> {

    public Optional<AdHocPeriod> find(String regimeCode, String periodKey) {
        return find("regimeCode = ?1 and periodKey = ?2", regimeCode, periodKey).firstResultOptional();
    }

    public List<AdHocPeriod> ofRegime(String regimeCode) {
        return list("regimeCode = ?1 order by windowStart, periodKey", regimeCode);
    }
}
