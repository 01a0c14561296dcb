package vn.tthc.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.NotFoundException;
import vn.tthc.plan.Task;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public Task require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    public List<Task> ofPlan(UUID planId) {
        return list("planId = ?1 order by label, id", planId);
    }
}
