package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.openar.collections.AssignmentRule;
import org.openar.collections.TaskId;
import org.openar.collections.TaskStatus;
import org.openar.collections.Worklists;
import org.openar.collections.web.Responses.TaskResponse;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.Tier;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.openar.shared.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Collectors' worklists, tasks, reassignment and the assignment rules. */
@RestController
@RequestMapping("/api/v1/collections/worklist")
@Tag(name = "Worklist", description = "Prioritised customers per collector, tasks, assignment")
public class WorklistController {

  private final Worklists worklists;

  public WorklistController(Worklists worklists) {
    this.worklists = worklists;
  }

  record CompleteRequest(@NotNull TaskStatus status, String note) {}

  record ReassignRequest(List<UUID> customerIds, UUID fromCollectorId, @NotNull UUID toCollectorId) {}

  record RuleRequest(UUID companyId, Tier tier, String region, UUID salesRepId, @NotNull UUID collectorId,
      Integer priority) {
    AssignmentRule rule(UUID id) {
      return new AssignmentRule(id, companyId == null ? null : new CompanyId(companyId), tier, region, salesRepId,
          collectorId, priority == null ? 100 : priority);
    }
  }

  record ReassignResult(int customers) {}

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "A collector's customers (default: the caller's; unassigned=true: nobody's) by priority",
      description = "Sort: score (default, highest first), overdue, days, nextAction, name.")
  public Page<WorkResponses> worklist(@RequestParam(required = false) UUID collectorId,
      @RequestParam(required = false, defaultValue = "false") boolean unassigned,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    UUID who = unassigned ? null : collectorId != null ? collectorId : CurrentActor.get().userId();
    return worklists.worklist(who, PageQuery.of(page, size, sort, Worklists.SORT_FIELDS, "-score"))
        .map(WorkResponses::of);
  }

  @GetMapping("/tasks")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Tasks by assignee, customer and status, earliest due first")
  public Page<TaskResponse> tasks(@RequestParam(required = false) UUID assigneeId,
      @RequestParam(required = false) UUID customerId, @RequestParam(required = false) TaskStatus status,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return worklists.tasks(assigneeId, customerId == null ? null : new CustomerId(customerId), status,
        PageQuery.of(page, size)).map(TaskResponse::of);
  }

  @PostMapping("/tasks/{id}/completion")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Close a task as DONE or CANCELLED")
  public TaskResponse complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest body) {
    return TaskResponse.of(worklists.completeTask(new TaskId(id), body.status(), body.note()));
  }

  @PostMapping("/reassignment")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Give customers (or all of one collector's) to another collector, open tasks included")
  public ReassignResult reassign(@Valid @RequestBody ReassignRequest body) {
    List<CustomerId> ids = body.customerIds() == null ? List.of()
        : body.customerIds().stream().map(CustomerId::new).toList();
    return new ReassignResult(worklists.reassign(ids, body.fromCollectorId(), body.toCollectorId()));
  }

  @GetMapping("/assignment-rules")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Assignment rules (most specific match wins, then lowest priority)")
  public List<AssignmentRule> rules() {
    return worklists.rules();
  }

  @PostMapping("/assignment-rules")
  @PreAuthorize(Access.CREDIT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an assignment rule")
  public AssignmentRule addRule(@Valid @RequestBody RuleRequest body) {
    return worklists.saveRule(body.rule(null));
  }

  @DeleteMapping("/assignment-rules/{id}")
  @PreAuthorize(Access.CREDIT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove an assignment rule")
  public void deleteRule(@PathVariable UUID id) {
    worklists.deleteRule(id);
  }
}
