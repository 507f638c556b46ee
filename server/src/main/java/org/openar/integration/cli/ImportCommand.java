package org.openar.integration.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportResult;
import org.openar.integration.ImportStatus;
import org.openar.integration.ImportType;
import org.openar.integration.Imports;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code openar import}: the same import as the web app's, from a terminal, with progress while it runs and the
 * rejected rows at the end. Exit code 0 when every row was imported or already present, 3 when rows were rejected
 * (all of them are in {@code --rejected FILE} and in the job's history), 1 when the import could not run.
 */
@OpenArCommand
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Import customers, open invoices, settled invoices or payments from a CSV or xlsx file.",
    footer = {"", "Exit codes: 0 all rows imported (or already present), 3 rows rejected, 1 the import failed.",
        "Example: openar import --type settled-invoices --file WA_Fn-UseC_-Accounts-Receivable.csv "
            + "--mapping preset:ibm-ar --company IBM"})
public class ImportCommand implements Callable<Integer> {

  @Option(names = "--type", required = true, paramLabel = "TYPE",
      description = "customers, open-invoices, settled-invoices or payments")
  String type;

  @Option(names = "--file", required = true, paramLabel = "FILE", description = "The CSV or xlsx file.")
  Path file;

  @Mixin
  MappingOptions mapping;

  @Option(names = "--company", paramLabel = "CODE", description = "The company's code (needed when there are several).")
  String company;

  @Option(names = "--dry-run", description = "Check everything, write nothing.")
  boolean dryRun;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "CSV encoding (default: detected; e.g. GB18030).")
  String encoding;

  @Option(names = "--sheet", paramLabel = "NAME", description = "xlsx sheet (default: the first).")
  String sheet;

  @Option(names = "--rejected", paramLabel = "FILE", description = "Write every rejected row with its reason as CSV.")
  Path rejectedFile;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Messages in en or zh-CN.")
  String lang;

  @Mixin
  DataOptions data;

  @Override
  public Integer call() throws IOException {
    ImportType t = ImportType.parse(type).orElseThrow(() -> new IllegalArgumentException(
        "unknown --type " + type + " (customers, open-invoices, settled-invoices, payments)"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    try (ConfigurableApplicationContext ctx = SpringCli.start(data)) {
      Imports imports = ctx.getBean(Imports.class);
      ColumnMapping m = mapping.resolve(t, imports, ctx.getBean(JsonMapper.class));
      ImportReport report = new ImportReport(System.out, ctx.getBean(Messages.class), Locale.forLanguageTag(lang));
      try {
        ImportRequest request = new ImportRequest(t, companyId(ctx.getBean(Customers.class)), m, encoding, sheet,
            dryRun);
        ImportResult r = imports.run(file, file.getFileName().toString(), request, report::progress);
        report.summary(r);
        if (rejectedFile != null) {
          report.writeRejected(imports, r.job().id(), rejectedFile);
        }
        return r.job().status() != ImportStatus.COMPLETED ? 1 : r.job().progress().rejected() > 0 ? 3 : 0;
      } catch (OpenArException e) {
        report.refused(e);
        return 1;
      }
    }
  }

  private org.openar.customers.CompanyId companyId(Customers customers) {
    if (company == null) {
      return null;
    }
    return customers.companies().stream().filter(c -> c.code().equalsIgnoreCase(company)).findFirst()
        .map(CompanyView::id).orElseThrow(() -> new IllegalArgumentException("no company with code " + company
            + " (companies: " + String.join(", ", customers.companies().stream().map(CompanyView::code).toList())
            + ")"));
  }
}
