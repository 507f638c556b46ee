package org.openar.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.openar.ledger.AllocationId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerError;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.web.LedgerRequests.AllocateRequest;
import org.openar.ledger.web.LedgerRequests.Keyed;
import org.openar.ledger.web.LedgerRequests.LineRequest;
import org.openar.ledger.web.LedgerRequests.ReceiptRequest;
import org.openar.ledger.web.LedgerRequests.ReverseRequest;
import org.openar.ledger.web.LedgerRequests.UnallocateRequest;
import org.openar.ledger.web.LedgerResponses.AllocationResponse;
import org.openar.ledger.web.LedgerResponses.ReversalResponse;
import org.openar.ledger.web.LedgerResponses.UnallocationResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cash: receipts, allocations of credits to debits, unallocations, receipt reversals. All idempotent by key. */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger cash", description = "Receipts, allocations, unallocations")
public class LedgerCashController {

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final Idempotency idempotency;

  public LedgerCashController(Ledger ledger, LedgerQueries queries, Idempotency idempotency) {
    this.ledger = ledger;
    this.queries = queries;
    this.idempotency = idempotency;
  }

  @PostMapping("/receipts")
  @PreAuthorize(Access.POST_CASH)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a receipt (PAYMENT or ADVANCE) and optionally apply it to debits in the same call",
      description = "Send an Idempotency-Key: the same key and body return the first result; another body is a 409.")
  public AllocationResponse receive(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody ReceiptRequest body) {
    return idempotency.execute("ledger.receipts", key, body, AllocationResponse.class,
        () -> AllocationResponse.of(ledger.receive(body.command(), body.effectiveDate(), body.lines())));
  }

  @PostMapping("/receipts/{id}/reversal")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Reverse a receipt with a reason; the debits it paid re-open")
  public ReversalResponse reverseReceipt(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @Valid @RequestBody ReverseRequest body) {
    ItemView item = queries.get(new ItemId(id));
    if (!item.type().isCash()) {
      throw new OpenArException(LedgerError.LEDGER_TYPE_NOT_ALLOWED_HERE, item.type()).onField("id");
    }
    return idempotency.execute("ledger.receipts.reverse", key, new Keyed(id, body), ReversalResponse.class,
        () -> ReversalResponse.of(ledger.reverse(new Ledger.Reverse(new ItemId(id), body.reason(), body.date()))));
  }

  @PostMapping("/allocations")
  @PreAuthorize(Access.POST_CASH)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Apply one credit (payment, advance, credit note) to one or more debits of its customer",
      description = "Lines without an amount take what settles the debit, after an early-payment discount earned "
          + "inside its window. All lines succeed or none. A payment busy in another call is a 409.")
  public AllocationResponse allocate(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody AllocateRequest body) {
    Ledger.Allocate command = new Ledger.Allocate(new ItemId(body.creditItemId()), body.effectiveDate(),
        body.lines().stream().map(LineRequest::line).toList(), body.note());
    return idempotency.execute("ledger.allocations", key, body, AllocationResponse.class,
        () -> AllocationResponse.of(ledger.allocate(command)));
  }

  @PostMapping("/allocations/{id}/unallocation")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Undo an allocation (and the discount it earned) from a date; both items re-open")
  public UnallocationResponse unallocate(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @Valid @RequestBody(required = false) UnallocateRequest body) {
    UnallocateRequest b = body == null ? new UnallocateRequest(null, null) : body;
    return idempotency.execute("ledger.unallocations", key, new Keyed(id, b), UnallocationResponse.class,
        () -> UnallocationResponse.of(ledger.unallocate(
            new Ledger.Unallocate(new AllocationId(id), b.effectiveDate(), b.note()))));
  }
}
