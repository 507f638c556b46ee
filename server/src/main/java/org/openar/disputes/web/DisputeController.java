package org.openar.disputes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.disputes.DisputeId;
import org.openar.disputes.DisputeOutcome;
import org.openar.disputes.DisputeReason;
import org.openar.disputes.DisputeStatus;
import org.openar.disputes.DisputeView;
import org.openar.disputes.Disputes;
import org.openar.disputes.DisputesError;
import org.openar.ledger.ItemId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dispute flags on ledger debits: open, resolve, list. A disputed item leaves dunning until resolved. */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "Disputes", description = "Dispute flags on items (reason code, note), open and resolve")
public class DisputeController {

  private final Disputes disputes;

  public DisputeController(Disputes disputes) {
    this.disputes = disputes;
  }

  record OpenRequest(@NotNull UUID itemId, @NotNull DisputeReason reason, String note) {}

  record ResolveRequest(@NotNull DisputeOutcome outcome, String note) {}

  record DisputeResponse(UUID id, UUID itemId, UUID customerId, UUID companyId, String documentNumber,
      Money openAmount, DisputeReason reason, String note, DisputeStatus status, String openedBy, Instant openedAt,
      DisputeOutcome outcome, String resolutionNote, String resolvedBy, Instant resolvedAt) {

    static DisputeResponse of(DisputeView d) {
      return new DisputeResponse(d.id().value(), d.itemId().value(), d.customerId().value(), d.companyId().value(),
          d.documentNumber(), d.openAmount(), d.reason(), d.note(), d.status(), d.openedBy(), d.openedAt(),
          d.outcome(), d.resolutionNote(), d.resolvedBy(), d.resolvedAt());
    }
  }

  @PostMapping
  @PreAuthorize(Access.COLLECT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open a dispute on a debit item; the item leaves dunning until the dispute is resolved")
  public DisputeResponse open(@Valid @RequestBody OpenRequest body) {
    return DisputeResponse.of(disputes.open(new ItemId(body.itemId()), body.reason(), body.note()));
  }

  @PostMapping("/{id}/resolution")
  @PreAuthorize(Access.COLLECT)
  @Operation(summary = "Resolve an open dispute with its outcome and a note")
  public DisputeResponse resolve(@PathVariable UUID id, @Valid @RequestBody ResolveRequest body) {
    return DisputeResponse.of(disputes.resolve(new DisputeId(id), body.outcome(), body.note()));
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "One dispute")
  public DisputeResponse get(@PathVariable UUID id) {
    return DisputeResponse.of(disputes.get(new DisputeId(id)));
  }

  @GetMapping("/items/{itemId}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The open dispute of an item (404 when the item is not disputed)")
  public DisputeResponse openForItem(@PathVariable UUID itemId) {
    return disputes.openFor(new ItemId(itemId)).map(DisputeResponse::of)
        .orElseThrow(() -> new OpenArException(DisputesError.DISPUTES_NOT_FOUND, itemId));
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "Disputes, newest first; sort by openedAt, resolvedAt, status, reason, documentNumber")
  public Page<DisputeResponse> search(@RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) DisputeStatus status, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
    PageQuery q = PageQuery.of(page, size, sort, Disputes.SORT_FIELDS, "-openedAt");
    return disputes.search(customerId == null ? null : new CustomerId(customerId), status, q)
        .map(DisputeResponse::of);
  }
}
