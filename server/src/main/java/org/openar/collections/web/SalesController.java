package org.openar.collections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.collections.SalesCollaboration;
import org.openar.collections.web.Responses.PromiseResponse;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sales reps' view of their customers' overdue items and promises, and their weekly digest. */
@RestController
@RequestMapping("/api/v1/collections/sales")
@Tag(name = "Sales collaboration", description = "Sales reps' customers in collections; weekly digest")
public class SalesController {

  private final SalesCollaboration sales;
  private final BusinessCalendar calendar;

  public SalesController(SalesCollaboration sales, BusinessCalendar calendar) {
    this.sales = sales;
    this.calendar = calendar;
  }

  record SalesCustomerResponse(UUID customerId, String code, String name, List<Money> overdue, int maxDaysOverdue,
      List<SalesCollaboration.OverdueItem> items, List<PromiseResponse> promises, boolean blocked) {}

  record DigestRequest(LocalDate date) {}

  record DigestResult(int messages) {}

  @GetMapping("/customers")
  @PreAuthorize(Access.READ)
  @Operation(summary = "A sales rep's customers with overdue items or promises (a SALES_REP always gets its own)")
  public List<SalesCustomerResponse> customers(@RequestParam(required = false) UUID repId) {
    return sales.view(repId).stream().map(c -> new SalesCustomerResponse(c.customerId().value(), c.code(), c.name(),
        c.overdue(), c.maxDaysOverdue(), c.items(), c.promises().stream().map(PromiseResponse::of).toList(),
        c.blocked())).toList();
  }

  @PostMapping("/digests")
  @PreAuthorize(Access.CREDIT)
  @Operation(summary = "Queue the weekly digest of the week of a date (default today) to every sales rep now")
  public DigestResult digests(@RequestBody DigestRequest body) {
    return new DigestResult(sales.sendDigests(body.date() == null ? calendar.today() : body.date()));
  }
}
