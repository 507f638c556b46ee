package org.openar.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.LedgerError;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.LedgerQueries.ItemQuery;
import org.openar.ledger.web.LedgerRequests.Keyed;
import org.openar.ledger.web.LedgerRequests.PostItemRequest;
import org.openar.ledger.web.LedgerRequests.ReverseRequest;
import org.openar.ledger.web.LedgerResponses.DiscountResponse;
import org.openar.ledger.web.LedgerResponses.ItemDetailResponse;
import org.openar.ledger.web.LedgerResponses.ItemResponse;
import org.openar.ledger.web.LedgerResponses.OpenAmountResponse;
import org.openar.ledger.web.LedgerResponses.ReversalResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Open items: post (debits and credit notes), list with filters, detail with history, discounts, reversal. */
@RestController
@RequestMapping("/api/v1/ledger/items")
@Tag(name = "Ledger items", description = "Open items of the AR ledger")
public class LedgerItemController {

  private final Ledger ledger;
  private final LedgerQueries queries;
  private final Idempotency idempotency;

  public LedgerItemController(Ledger ledger, LedgerQueries queries, Idempotency idempotency) {
    this.ledger = ledger;
    this.queries = queries;
    this.idempotency = idempotency;
  }

  @PostMapping
  @PreAuthorize(Access.POST_ITEMS)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Post an item (invoice, credit note, fee, interest); normally invoicing posts invoices",
      description = "Receipts go through /receipts. Send an Idempotency-Key: a repeated call returns the first result.")
  public ItemResponse post(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @Valid @RequestBody PostItemRequest body) {
    if (body.type() != null && body.type().isCash()) {
      throw new OpenArException(LedgerError.LEDGER_TYPE_NOT_ALLOWED_HERE, body.type()).onField("type");
    }
    return idempotency.execute("ledger.items.post", key, body, ItemResponse.class,
        () -> ItemResponse.of(ledger.post(body.command())));
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "List items, paged, sorted and filtered on the server",
      description = "sort: documentDate, dueDate, documentNumber, originalAmount, openAmount, createdAt, type, status"
          + " (prefix - for descending). minAmount/maxAmount bound the original amount and need currency.")
  public Page<ItemResponse> list(
      @RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) UUID customerId,
      @RequestParam(required = false) Set<ItemType> type,
      @RequestParam(required = false) Set<ItemStatus> status,
      @RequestParam(required = false) String currency,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueTo,
      @Parameter(description = "open debits at least this many days past due")
      @RequestParam(required = false) Integer minDaysOverdue,
      @RequestParam(required = false) BigDecimal minAmount,
      @RequestParam(required = false) BigDecimal maxAmount,
      @Parameter(description = "part of the document number, case-insensitive")
      @RequestParam(required = false) String documentNumber,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, LedgerQueries.SORT_FIELDS, "-documentDate");
    ItemQuery q = new ItemQuery(companyId == null ? null : new CompanyId(companyId),
        customerId == null ? null : new CustomerId(customerId), type, status,
        LedgerRequests.currency(currency, "currency"), dueFrom, dueTo, minDaysOverdue, minAmount, maxAmount,
        documentNumber);
    return queries.search(q, pq).map(ItemResponse::of);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "An item with its allocations in force and its full allocation history")
  public ItemDetailResponse detail(@PathVariable UUID id) {
    return ItemDetailResponse.of(queries.detail(new ItemId(id)));
  }

  @GetMapping("/{id}/discount")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The early-payment discount available if the item is paid on a date")
  public DiscountResponse discount(@PathVariable UUID id,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate paymentDate) {
    return DiscountResponse.of(queries.discountAvailable(new ItemId(id), paymentDate));
  }

  @GetMapping("/{id}/open-amount")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The item's open amount as of a date, reconstructed from its history")
  public OpenAmountResponse openAmount(@PathVariable UUID id,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
    return new OpenAmountResponse(id, asOf, queries.openAsOf(new ItemId(id), asOf));
  }

  @PostMapping("/{id}/reversal")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Reverse an item (not a receipt: see /receipts/{id}/reversal) by counter-entry, with a reason",
      description = "Its allocations are undone on the reversal date first. Send an Idempotency-Key.")
  public ReversalResponse reverse(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @Valid @RequestBody ReverseRequest body) {
    ItemView item = queries.get(new ItemId(id));
    if (item.type().isCash()) {
      throw new OpenArException(LedgerError.LEDGER_TYPE_NOT_ALLOWED_HERE, item.type()).onField("id");
    }
    return idempotency.execute("ledger.items.reverse", key, new Keyed(id, body), ReversalResponse.class,
        () -> ReversalResponse.of(ledger.reverse(new Ledger.Reverse(new ItemId(id), body.reason(), body.date()))));
  }
}
