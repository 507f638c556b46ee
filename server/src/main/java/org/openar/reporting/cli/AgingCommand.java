package org.openar.reporting.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.ledger.AgingBuckets;
import org.openar.reporting.AgingGroupBy;
import org.openar.reporting.AgingReports;
import org.openar.reporting.AgingReports.ExportLevel;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.ExportFormat;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Locales;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.CurrencyCode;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code openar aging}: the aging report on the command line, as a table, CSV or Excel, from the real report path. */
@OpenArCommand
@Command(name = "aging", mixinStandardHelpOptions = true,
    description = "Aging report as of a date (default today), reconstructed from the ledger's history.")
public class AgingCommand implements Callable<Integer> {

  @Option(names = "--as-of", paramLabel = "DATE", description = "report date, yyyy-MM-dd (default: today)")
  LocalDate asOf;

  @Option(names = "--by", paramLabel = "GROUP", defaultValue = "customer",
      description = "customer, sales-rep, company or currency (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--basis", defaultValue = "due", description = "due (due date) or document (document date)")
  String basis;

  @Option(names = "--buckets", paramLabel = "DAYS", defaultValue = "30,60,90,180",
      description = "upper bounds of the buckets in days (default: ${DEFAULT-VALUE})")
  String buckets;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or xlsx (xlsx needs --out)")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of the console")
  Path out;

  @Option(names = "--level", defaultValue = "groups", description = "groups (one row per group) or items")
  String level;

  @Option(names = "--company", paramLabel = "CODE", description = "only this company (code or id)")
  String company;

  @Option(names = "--currency", description = "only items in this currency")
  String currency;

  @Option(names = "--convert", description = "convert amounts to the company's base currency")
  boolean convert;

  @Option(names = "--lang", defaultValue = "en", description = "language of the headers: en or zh-CN")
  String lang;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    try {
      f = format();
    } catch (OpenArException e) {
      System.err.println("openar aging: unsupported format '" + format + "'; use table, csv or xlsx");
      return 2;
    }
    if (f == ExportFormat.XLSX && out == null) {
      System.err.println("openar aging: --format xlsx writes a binary file; give it --out FILE");
      return 2;
    }
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      return run(ctx, System.out, System.err);
    }
  }

  /** Runs against a started application (tests pass theirs); messages go to {@code err} in the chosen language. */
  public int run(ApplicationContext ctx, PrintStream console, PrintStream err) throws IOException {
    Locale locale = Locales.fromTag(lang);
    try {
      AgingRequest request = new AgingRequest(asOf, AgingRequest.parseBasis(basis), AgingBuckets.parse(buckets),
          AgingGroupBy.parse(by), company(ctx.getBean(Customers.class)), currency(), convert);
      AgingReports.Export export = ctx.getBean(AgingReports.class).export(request, null, null, level(), format(),
          locale);
      if (out == null) {
        export.writeTo(console);
        console.flush();
      } else {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
          export.writeTo(file);
        }
        err.println("openar aging: wrote " + out);
      }
      return 0;
    } catch (OpenArException e) {
      err.println("openar aging: " + ctx.getBean(Messages.class).describe(locale, e));
      return 1;
    }
  }

  private ExportFormat format() {
    return ExportFormat.parse("table".equalsIgnoreCase(format) ? "txt" : format,
        EnumSet.of(ExportFormat.TEXT, ExportFormat.CSV, ExportFormat.XLSX), "table, csv, xlsx");
  }

  private ExportLevel level() {
    if ("items".equalsIgnoreCase(level)) {
      return ExportLevel.ITEMS;
    }
    if ("groups".equalsIgnoreCase(level)) {
      return ExportLevel.GROUPS;
    }
    throw new OpenArException(org.openar.shared.error.SharedError.INVALID_VALUE, "--level", level);
  }

  private CurrencyCode currency() {
    return currency == null ? null : CurrencyCode.of(currency.trim().toUpperCase(Locale.ROOT));
  }

  private CompanyId company(Customers customers) {
    if (company == null) {
      return null;
    }
    for (CompanyView c : customers.companies()) {
      if (c.code().equalsIgnoreCase(company) || c.id().value().toString().equals(company)) {
        return c.id();
      }
    }
    throw new OpenArException(org.openar.customers.CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, company);
  }
}
