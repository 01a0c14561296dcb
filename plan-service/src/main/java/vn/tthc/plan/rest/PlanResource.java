package vn.tthc.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.plan.repository.PlanRepository;
import vn.tthc.plan.repository.TaskRepository;
import vn.tthc.plan.service.PlanService;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/plans")
@Tag(name = "Kế hoạch", description = "Plans and their task tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService service;
    private final PlanRepository plans;
    private final TaskRepository tasks;

    public PlanResource(PlanService service, PlanRepository plans, TaskRepository tasks) {
        this.service = service;
        this.plans = plans;
        this.tasks = tasks;
    }

    @POST
    @Operation(summary = "Create a draft plan")
    public Response create(@Valid @NotNull PlanRequests.CreatePlan request) {
        var plan = service.createPlan(request.number(), request.title());
        return Response.created(URI.create("/plans/" + plan.id())).entity(PlanViews.PlanView.of(plan)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a plan")
    public PlanViews.PlanView get(@PathParam("id") UUID id) {
        return PlanViews.PlanView.of(plans.require(id));
    }

    @POST
    @Path("/{id}/tasks")
    @Operation(summary = "Add a task to a plan's appendix")
    public Response addTask(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.CreateTask request) {
        var task = service.addTask(id, request.label(), request.content(), request.leadUnitCode(), request.dueDate());
        return Response.created(URI.create("/tasks/" + task.id())).entity(PlanViews.TaskView.of(task)).build();
    }

    @GET
    @Path("/{id}/tasks")
    @Operation(summary = "List a plan's tasks")
    public List<PlanViews.TaskView> tasks(@PathParam("id") UUID id) {
        plans.require(id);
        return tasks.ofPlan(id).stream().map(PlanViews.TaskView::of).toList();
    }
}
