package org.openar.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.openar.reporting.Statements;
import org.openar.shared.security.Access;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customer statements of account, as JSON or as a PDF download. */
@RestController
@RequestMapping("/api/v1/reports/statements/{customerId}")
@Tag(name = "Statements", description = "Customer statements of account")
public class StatementController {

  private final Statements statements;
  private final BusinessCalendar calendar;

  public StatementController(Statements statements, BusinessCalendar calendar) {
    this.statements = statements;
    this.calendar = calendar;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "A customer's statement of account for a period",
      description = "to: default today; from: default the first day of the month before to's month. Per currency: "
          + "balance brought forward, every item posted in the period with the running balance, applications, closing "
          + "balance, aging and open items on to.")
  public StatementResponse statement(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
    LocalDate end = to == null ? calendar.today() : to;
    return StatementResponse.of(statements.statement(new CustomerId(customerId), start(from, end), end));
  }

  @GetMapping("/pdf")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The statement as a PDF (A4) in zh-CN or en",
      description = "lang: zh-CN or en, default the request's Accept-Language. Same period defaults as the JSON.")
  public ResponseEntity<byte[]> pdf(@PathVariable UUID customerId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) String lang, Locale requestLocale) {
    LocalDate end = to == null ? calendar.today() : to;
    LocalDate begin = start(from, end);
    Locale locale = Languages.parse(lang, requestLocale);
    byte[] pdf = statements.statementPdf(new CustomerId(customerId), begin, end, locale);
    return Downloads.file(pdf, "application/pdf",
        "statement-" + customerId.toString().substring(0, 8) + "-" + begin + "-" + end + ".pdf");
  }

  private static LocalDate start(LocalDate from, LocalDate end) {
    return from != null ? from : end.withDayOfMonth(1).minusMonths(1);
  }
}
