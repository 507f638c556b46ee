package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.collections.DecisionOutcome;
import org.openar.collections.DecisionReason;
import org.openar.collections.DunningRuns;
import org.openar.collections.DunningRuns.DecisionQuery;
import org.openar.collections.DunningRuns.RunRequest;
import org.openar.collections.RunId;
import org.openar.collections.StepChannel;
import org.openar.collections.web.Responses.DecisionResponse;
import org.openar.collections.web.Responses.RunResponse;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.notifications.TemplatePreview;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dunning runs on demand (real or dry), their history and every decision with its reason. */
@RestController
@RequestMapping("/api/v1/collections/runs")
@Tag(name = "Dunning runs", description = "Run as of a date, dry runs, history, decisions and why")
public class RunController {

  private final DunningRuns runs;

  public RunController(DunningRuns runs) {
    this.runs = runs;
  }

  record RunBody(LocalDate asOf, Boolean dryRun, UUID companyId, List<UUID> customerIds) {}

  @PostMapping
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Run dunning as of a date (default today); dryRun decides and records but sends nothing",
      description = "409 COLLECTIONS_RUN_IN_PROGRESS while another real run works anywhere in the cluster.")
  public RunResponse run(@RequestBody RunBody body) {
    return RunResponse.of(runs.run(new RunRequest(body.asOf(), body.dryRun() == null || body.dryRun(),
        body.companyId() == null ? null : new CompanyId(body.companyId()),
        body.customerIds() == null ? List.of() : body.customerIds().stream().map(CustomerId::new).toList())));
  }

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Runs, newest first")
  public Page<RunResponse> history(@RequestParam(required = false) Boolean dryRun,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return runs.history(dryRun, PageQuery.of(page, size, null, java.util.Set.of(), null)).map(RunResponse::of);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One run with its decisions counted by outcome")
  public RunResponse get(@PathVariable UUID id) {
    return RunResponse.of(runs.get(new RunId(id)));
  }

  @GetMapping("/decisions")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Decisions of runs, filtered by run, customer, outcome, reason, channel",
      description = "A SALES_REP sees its own customers' decisions only. Sort: createdAt, customerCode, level, outcome.")
  public Page<DecisionResponse> decisions(@RequestParam(required = false) UUID runId,
      @RequestParam(required = false) UUID customerId, @RequestParam(required = false) DecisionOutcome outcome,
      @RequestParam(required = false) DecisionReason reason, @RequestParam(required = false) StepChannel channel,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, DunningRuns.DECISION_SORT_FIELDS, "customerCode");
    return runs.decisions(new DecisionQuery(runId == null ? null : new RunId(runId),
        customerId == null ? null : new CustomerId(customerId), outcome, reason, channel), q)
        .map(DecisionResponse::of);
  }

  @GetMapping("/decisions/{id}/preview")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The message of a SEND/DEFER decision rendered in both languages with its items")
  public TemplatePreview preview(@PathVariable UUID id) {
    return runs.preview(id);
  }

  /** Today's daily run as the scheduler would start it; for operators who run without the scheduler. */
  @PostMapping("/daily")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Start (or resume) today's scheduled run now if it is due and not done; 204 when nothing to do")
  public org.springframework.http.ResponseEntity<RunResponse> daily() {
    return runs.runDailyIfDue().map(r -> org.springframework.http.ResponseEntity.ok(RunResponse.of(r)))
        .orElse(org.springframework.http.ResponseEntity.noContent().build());
  }
}
