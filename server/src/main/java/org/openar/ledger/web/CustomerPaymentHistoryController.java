package org.openar.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.ledger.app.PaymentHistoryService;
import org.openar.ledger.app.PaymentHistoryService.PaymentHistory;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How a customer pays: days to pay and days late of its settled invoices (the 360° page's payment chart). */
@RestController
@RequestMapping("/api/v1/ledger/customers/{customerId}")
@Tag(name = "Ledger accounts", description = "Customer balances and aging")
public class CustomerPaymentHistoryController {

  private final PaymentHistoryService history;

  public CustomerPaymentHistoryController(PaymentHistoryService history) {
    this.history = history;
  }

  @GetMapping("/payment-history")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Settled invoices with days to pay and days late, per month and in total",
      description = "An invoice counts when cash (a payment or advance) helped settle it; it is dated by the latest"
          + " allocation still in force. from/to bound that settlement date (default: the last 24 months).")
  public PaymentHistory paymentHistory(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @Parameter(description = "how many invoices to list, newest first (1..2000, default 500)")
      @RequestParam(required = false) Integer limit) {
    return history.of(new CustomerId(customerId), from, to, limit);
  }
}
