package vn.tthc.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.NotFoundException;
import vn.tthc.plan.Plan;

import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public Plan require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
