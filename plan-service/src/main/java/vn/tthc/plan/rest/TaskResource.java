package vn.tthc.plan.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.plan.repository.TaskRepository;
import vn.tthc.plan.service.PlanService;

import java.util.UUID;

@Path("/tasks")
@Tag(name = "Nhiệm vụ", description = "Tasks and their progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final PlanService service;
    private final TaskRepository tasks;

    public TaskResource(PlanService service, TaskRepository tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a task")
    public PlanViews.TaskView get(@PathParam("id") UUID id) {
        return PlanViews.TaskView.of(tasks.require(id));
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Mark a task done",
            description = "Done after the due date counts as late. Publishes vn.tthc.plan.task.completed.v1.")
    public PlanViews.TaskView complete(@PathParam("id") UUID id, @Valid PlanRequests.CompleteTask request) {
        return PlanViews.TaskView.of(service.completeTask(id, request == null ? null : request.completedOn()));
    }
}
