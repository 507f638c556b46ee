package org.openar.identity.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.identity.ApprovalDecision;
import org.openar.identity.ApprovalId;
import org.openar.identity.ApprovalPolicy;
import org.openar.identity.ApprovalStatus;
import org.openar.identity.ApprovalView;
import org.openar.identity.Approvals;
import org.openar.identity.Approvals.ApprovalFilter;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checkers' inbox and the makers' outbox. Requests are made by the module that owns the action, not here. */
@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "Maker-checker approvals: inbox, history, decisions")
public class ApprovalController {

  private final Approvals approvals;

  public ApprovalController(Approvals approvals) {
    this.approvals = approvals;
  }

  /** An approval plus what the caller may do with it, so the UI shows only buttons that will work. */
  public record ApprovalResponse(@JsonUnwrapped ApprovalView approval, boolean canDecide, boolean canCancel) {
    static ApprovalResponse of(ApprovalView v) {
      Actor me = CurrentActor.get();
      return new ApprovalResponse(v, v.decidableBy(me), v.cancellableBy(me));
    }
  }

  public record DecisionRequest(@NotNull ApprovalDecision decision, String comment) {}

  public record CancelRequest(String reason) {}

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Search all approvals (history), newest first by default")
  public Page<ApprovalResponse> search(
      @RequestParam(required = false) ApprovalStatus status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) UUID requestedBy,
      @RequestParam(required = false) UUID decidedBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    ApprovalFilter filter = new ApprovalFilter(status, type, subjectType, subjectId, requestedBy, decidedBy, from, to);
    PageQuery q = PageQuery.of(page, size, sort, Approvals.SORT_FIELDS, "-requestedAt");
    return approvals.search(filter, q).map(ApprovalResponse::of);
  }

  @GetMapping("/pending-for-me")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Pending requests the caller may decide (its roles, not its own requests), oldest first")
  public Page<ApprovalResponse> pendingForMe(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, Approvals.SORT_FIELDS, "requestedAt");
    return approvals.pendingForMe(q).map(ApprovalResponse::of);
  }

  @GetMapping("/requested-by-me")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Requests the caller made, optionally of one status, newest first")
  public Page<ApprovalResponse> requestedByMe(
      @RequestParam(required = false) ApprovalStatus status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, Approvals.SORT_FIELDS, "-requestedAt");
    return approvals.requestedByMe(status, q).map(ApprovalResponse::of);
  }

  @GetMapping("/types")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The approval types and which roles decide them, with amount thresholds")
  public List<ApprovalPolicy> types() {
    return approvals.policies();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One approval with its payload")
  public ApprovalResponse get(@PathVariable UUID id) {
    return ApprovalResponse.of(approvals.get(new ApprovalId(id)));
  }

  @PostMapping("/{id}/decision")
  @PreAuthorize(Access.DECIDE_APPROVAL)
  @Operation(summary = "Approve or reject (a rejection needs a comment); never the caller's own request")
  public ApprovalResponse decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest body) {
    return ApprovalResponse.of(approvals.decide(new ApprovalId(id), body.decision(), body.comment()));
  }

  @PostMapping("/{id}/cancel")
  @PreAuthorize(Access.REQUEST_APPROVAL)
  @Operation(summary = "Withdraw one's own pending request")
  public ApprovalResponse cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest body) {
    return ApprovalResponse.of(approvals.cancel(new ApprovalId(id), body == null ? null : body.reason()));
  }
}
