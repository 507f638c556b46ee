package org.openar.cashapp.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.app.CashQueries;
import org.openar.cashapp.app.LineReversal;
import org.openar.cashapp.app.QueueActions;
import org.openar.cashapp.domain.LineStatus;
import org.openar.cashapp.persistence.LineSearch;
import org.openar.cashapp.web.LineRequests.AcceptRequest;
import org.openar.cashapp.web.LineRequests.Keyed;
import org.openar.cashapp.web.LineRequests.OnAccountRequest;
import org.openar.cashapp.web.LineRequests.ReasonRequest;
import org.openar.cashapp.web.LineRequests.SplitLine;
import org.openar.cashapp.web.LineRequests.SplitRequest;
import org.openar.cashapp.web.LineResponses.LineDetailResponse;
import org.openar.cashapp.web.LineResponses.LineResponse;
import org.openar.cashapp.web.LineResponses.OpenItemResponse;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.i18n.Messages;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statement lines and the exception queue: list and filter, a line's ranked suggestions with explanations, the open
 * items it may pay, and what a clerk does with it (accept, split, on account, not AR, undo). Actions send an
 * Idempotency-Key: the same key and body return the first result.
 */
@RestController
@RequestMapping("/api/v1/cashapp/lines")
@Tag(name = "Cash application: lines", description = "Exception queue and reconciliation")
public class LineController {

  private final CashQueries queries;
  private final QueueActions actions;
  private final LineReversal reversal;
  private final Idempotency idempotency;
  private final Messages messages;
  private final JsonMapper json;

  public LineController(CashQueries queries, QueueActions actions, LineReversal reversal, Idempotency idempotency,
      Messages messages, JsonMapper json) {
    this.queries = queries;
    this.actions = actions;
    this.reversal = reversal;
    this.idempotency = idempotency;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Statement lines by status (the queue is NEW, SUGGESTED, UNMATCHED) and other filters",
      description = "minAmount/maxAmount need currency. Sort: valueDate, amount, confidence, payerName, ordinal, "
          + "status (prefix - for descending).")
  public Page<LineResponse> list(@RequestParam(required = false) List<LineStatus> status,
      @RequestParam(required = false) UUID statementId, @RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) UUID bankAccountId, @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) String q, @RequestParam(required = false) String currency,
      @RequestParam(required = false) BigDecimal minAmount, @RequestParam(required = false) BigDecimal maxAmount,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, LineSearch.SORT_FIELDS, "valueDate");
    LineFilters.Amounts amounts = LineFilters.amounts(currency, minAmount, maxAmount);
    LineSearch search = new LineSearch(companyId == null ? null : new CompanyId(companyId),
        statementId == null ? null : new StatementId(statementId),
        bankAccountId == null ? null : new HouseAccountId(bankAccountId), status == null ? Set.of() : Set.copyOf(status),
        customerId == null ? null : new CustomerId(customerId), q, amounts.currency(), amounts.min(), amounts.max(),
        from, to);
    return queries.lines(search, pq).map(LineResponse::of);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One line with its ranked suggestions and their explanations, and what was posted")
  public LineDetailResponse get(@PathVariable UUID id) {
    return detail(id);
  }

  @GetMapping("/{id}/open-items")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Open invoices, fees and interest in the line's currency that it may pay, of any customer",
      description = "number matches the document number anywhere; customerId limits to one customer. Each item "
          + "shows the early-payment discount it offers on the line's value date.")
  public Page<OpenItemResponse> openItems(@PathVariable UUID id, @RequestParam(required = false) String number,
      @RequestParam(required = false) UUID customerId, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageQuery pq = PageQuery.of(page, size, "dueDate", Set.of("dueDate"), "dueDate");
    return queries.openItems(new StatementLineId(id), number, customerId == null ? null : new CustomerId(customerId),
        pq).map(OpenItemResponse::of);
  }

  @PostMapping("/{id}/accept")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Post a suggestion (default the best) as it stands; the payer is learned for the customer")
  public LineDetailResponse accept(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @RequestBody(required = false) AcceptRequest body) {
    AcceptRequest b = body == null ? new AcceptRequest(null, null) : body;
    return act("cashapp.lines.accept", key, id, b, () -> actions.accept(new StatementLineId(id),
        b.suggestion() == null ? 0 : b.suggestion(), b.version()));
  }

  @PostMapping("/{id}/split")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Apply the line across open items with amounts per item; the rest goes on account",
      description = "Each item must be open, of the line's company and currency; cash plus earned discount plus "
          + "write-off may not exceed its open amount; write-offs stay within the bank-fee tolerance; the amounts "
          + "may not exceed the line. The remainder goes on customerId's account (default: the first item's).")
  public LineDetailResponse split(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @Valid @RequestBody SplitRequest body) {
    return act("cashapp.lines.split", key, id, body, () -> actions.split(new StatementLineId(id),
        body.allocations() == null ? List.of() : body.allocations().stream().map(SplitLine::requested).toList(),
        body.customerId() == null ? null : new CustomerId(body.customerId()), body.version()));
  }

  @PostMapping("/{id}/on-account")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Post the whole line as an unapplied receipt on the customer's account")
  public LineDetailResponse onAccount(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @RequestBody OnAccountRequest body) {
    return act("cashapp.lines.on-account", key, id, body, () -> actions.onAccount(new StatementLineId(id),
        body.customerId() == null ? null : new CustomerId(body.customerId()), body.version()));
  }

  @PostMapping("/{id}/not-ar")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Set the line aside as not a customer receipt, with the reason")
  public LineDetailResponse notAr(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @RequestBody ReasonRequest body) {
    return act("cashapp.lines.not-ar", key, id, body,
        () -> actions.notAr(new StatementLineId(id), body.reason(), body.version()));
  }

  @PostMapping("/{id}/undo")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Undo a posting (receipts and write-offs reversed, items re-open) or a not-AR decision",
      description = "The line returns to the exception queue with its suggestions.")
  public LineDetailResponse undo(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @RequestBody ReasonRequest body) {
    return act("cashapp.lines.undo", key, id, body,
        () -> reversal.undo(new StatementLineId(id), body.reason(), body.version()));
  }

  private LineDetailResponse act(String scope, String key, UUID id, Object body, Runnable action) {
    Supplier<LineDetailResponse> work = () -> {
      action.run();
      return detail(id);
    };
    return idempotency.execute(scope, key, new Keyed(id, body), LineDetailResponse.class, work);
  }

  private LineDetailResponse detail(UUID id) {
    return LineDetailResponse.of(queries.line(new StatementLineId(id)), messages, json);
  }
}
