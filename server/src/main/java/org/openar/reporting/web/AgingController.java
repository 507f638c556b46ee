package org.openar.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.openar.ledger.LedgerReports;
import org.openar.reporting.AgingReports;
import org.openar.reporting.AgingReports.ExportLevel;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.ExportFormat;
import org.openar.reporting.app.AgingReportService;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The aging report, its drill-down to items, and its CSV/Excel export. */
@RestController
@RequestMapping("/api/v1/reports/aging")
@Tag(name = "Aging report", description = "Aging as of any date, grouped, with drill-down and export")
public class AgingController {

  private static final java.util.Set<ExportFormat> OFFERED = java.util.EnumSet.of(ExportFormat.CSV, ExportFormat.XLSX);

  private final AgingReports aging;

  public AgingController(AgingReports aging) {
    this.aging = aging;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "The aging report: one row per group and currency, one page of them, with totals",
      description = "Reconstructed from the ledger's history for asOf (default today, never in the future). sort: "
          + "total (default -total), overdue, code, b0..bN (a bucket); prefix - for descending.")
  public AgingResponses.Report report(@ParameterObject AgingParams params,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    AgingRequest r = params.request();
    return AgingResponses.Report.of(aging.report(r,
        PageQuery.of(page, size, sort, AgingReportService.sortFields(r), "-total")));
  }

  @GetMapping("/items")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The items behind the report, a group of it (group = a row's key) or one bucket",
      description = "sort: daysPast (default -daysPast: oldest first), documentDate, dueDate, documentNumber, "
          + "openAmount.")
  public Page<AgingResponses.Item> items(@ParameterObject AgingParams params,
      @RequestParam(required = false) String group, @RequestParam(required = false) Integer bucket,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    return aging.items(params.request(), group, bucket,
        PageQuery.of(page, size, sort, LedgerReports.AGING_ITEM_SORT_FIELDS, "-daysPast"))
        .map(AgingResponses.Item::of);
  }

  @GetMapping("/export")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The report (level=groups, default) or its items (level=items) as CSV or Excel",
      description = "format: csv (UTF-8 with BOM) or xlsx (numeric cells with currency formats, frozen header). "
          + "lang: zh-CN or en for the headers, default Accept-Language.")
  public void export(@ParameterObject AgingParams params, @RequestParam(required = false) String group,
      @RequestParam(required = false) Integer bucket,
      @Parameter(description = "groups or items") @RequestParam(required = false) String level,
      @RequestParam(required = false, defaultValue = "xlsx") String format,
      @RequestParam(required = false) String lang, Locale requestLocale, HttpServletResponse response)
      throws IOException {
    AgingReports.Export export = aging.export(params.request(), group, bucket, level(level),
        ExportFormat.parse(format, OFFERED, "csv, xlsx"), Languages.parse(lang, requestLocale));
    Downloads.headers(export.format().contentType(), export.filename()).forEach((name, values) ->
        values.forEach(v -> response.addHeader(name, v)));
    export.writeTo(response.getOutputStream());
  }

  private static ExportLevel level(String level) {
    if (level == null || level.isBlank() || level.equalsIgnoreCase("groups")) {
      return ExportLevel.GROUPS;
    }
    if (level.equalsIgnoreCase("items")) {
      return ExportLevel.ITEMS;
    }
    throw new OpenArException(SharedError.INVALID_VALUE, "level", level).onField("level");
  }
}
