package org.openar.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingBuckets;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.web.LedgerResponses.AgingResponse;
import org.openar.ledger.web.LedgerResponses.BalanceResponse;
import org.openar.shared.security.Access;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's account: balances per currency and aging, today or as of a past date. */
@RestController
@RequestMapping("/api/v1/ledger/customers/{customerId}")
@Tag(name = "Ledger accounts", description = "Customer balances and aging")
public class CustomerLedgerController {

  private final LedgerQueries queries;
  private final BusinessCalendar calendar;

  public CustomerLedgerController(LedgerQueries queries, BusinessCalendar calendar) {
    this.queries = queries;
    this.calendar = calendar;
  }

  @GetMapping("/balances")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Open debit, unapplied credit (on account), net and overdue per currency",
      description = "asOf reconstructs the balances of a past date from the allocation history.")
  public List<BalanceResponse> balances(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf) {
    return queries.balances(new CustomerId(customerId), asOf).stream().map(BalanceResponse::of).toList();
  }

  @GetMapping("/aging")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The customer's aging as of a date (default today), by due date or document date",
      description = "buckets: upper bounds in days, default 30,60,90,180 (current, 1-30, ..., >180).")
  public AgingResponse aging(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) AgingBasis basis,
      @RequestParam(required = false) String buckets) {
    return AgingResponse.of(queries.aging(new CustomerId(customerId), asOf == null ? calendar.today() : asOf,
        basis == null ? AgingBasis.DUE_DATE : basis, AgingBuckets.parse(buckets)));
  }
}
