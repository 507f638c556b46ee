package org.openar.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.reporting.CollectionTarget;
import org.openar.reporting.Dashboard;
import org.openar.reporting.KpiMonth;
import org.openar.reporting.KpiTrend;
import org.openar.reporting.Kpis;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.security.Access;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard, the monthly KPI trend, and the collections targets the controller sets. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "KPIs", description = "Dashboard, DSO, CEI, overdue ratio, collections targets")
public class KpiController {

  private final Kpis kpis;
  private final BusinessCalendar calendar;

  public KpiController(Kpis kpis, BusinessCalendar calendar) {
    this.kpis = kpis;
    this.calendar = calendar;
  }

  record TrendResponse(UUID companyId, CurrencyCode currency, LocalDate asOf, List<KpiMonth> months) {}

  record TargetRequest(Money amount) {}

  record TargetResponse(UUID companyId, YearMonth month, Money amount, java.time.Instant updatedAt,
      String updatedBy) {
    static TargetResponse of(CollectionTarget t) {
      return new TargetResponse(t.companyId().value(), t.month(), t.amount(), t.updatedAt(), t.updatedBy());
    }
  }

  @GetMapping("/dashboard")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Every dashboard figure in one call, for one company in its base currency",
      description = "companyId may be left out when there is only one company.")
  public Dashboard dashboard(@RequestParam(required = false) UUID companyId) {
    return kpis.dashboard(companyId == null ? null : new CompanyId(companyId));
  }

  @GetMapping("/kpis")
  @PreAuthorize(Access.READ)
  @Operation(summary = "Monthly KPIs: receivables, overdue, sales, cash collected, DSO (standard and countback), CEI",
      description = "months: 1..36 (default 12); the last month is the current one to date.")
  public TrendResponse trend(@RequestParam(required = false) UUID companyId,
      @RequestParam(required = false, defaultValue = "12") int months) {
    KpiTrend t = kpis.trend(companyId == null ? null : new CompanyId(companyId), months);
    return new TrendResponse(t.companyId().value(), t.currency(), t.asOf(), t.months());
  }

  @GetMapping("/collection-targets")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "A company's monthly collections targets from one month to another (yyyy-MM)",
      description = "Default: the current year; with only one end given, the twelve months from or to it.")
  public List<TargetResponse> targets(@RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    YearMonth thisYear = YearMonth.of(calendar.today().getYear(), 1);
    YearMonth start = from != null ? month(from, "from") : to != null ? month(to, "to").minusMonths(11) : thisYear;
    YearMonth end = to != null ? month(to, "to") : start.plusMonths(11);
    return kpis.targets(companyId == null ? null : new CompanyId(companyId), start, end).stream()
        .map(TargetResponse::of).toList();
  }

  @PutMapping("/collection-targets/{companyId}/{month}")
  @PreAuthorize(Access.CONTROL)
  @Operation(summary = "Sets the collections target of a month (yyyy-MM), in the company's base currency")
  public TargetResponse setTarget(@PathVariable UUID companyId, @PathVariable String month,
      @RequestBody TargetRequest body) {
    if (body == null || body.amount() == null) {
      throw new OpenArException(SharedError.MISSING_FIELD, "amount").onField("amount");
    }
    return TargetResponse.of(kpis.setTarget(new CompanyId(companyId), month(month, "month"), body.amount()));
  }

  @DeleteMapping("/collection-targets/{companyId}/{month}")
  @PreAuthorize(Access.CONTROL)
  @Operation(summary = "Removes the collections target of a month")
  public ResponseEntity<Void> deleteTarget(@PathVariable UUID companyId, @PathVariable String month) {
    kpis.deleteTarget(new CompanyId(companyId), month(month, "month"));
    return ResponseEntity.noContent().build();
  }

  private static YearMonth month(String text, String field) {
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new OpenArException(ReportingError.REPORTING_INVALID_MONTH, text).onField(field);
    }
  }
}
