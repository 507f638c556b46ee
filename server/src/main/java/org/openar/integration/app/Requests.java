package org.openar.integration.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.domain.ColumnBinding;
import org.openar.integration.domain.Schemas;
import org.openar.integration.persistence.JobRecord;
import org.openar.integration.persistence.JobRepository;
import org.openar.integration.source.FileFacts;
import org.openar.integration.source.Sources;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks an import request before a job exists, so a wrong request is a 400 naming the field (an unknown column in
 * the mapping, a required field left unmapped, an unknown encoding or sheet) rather than a failed job.
 */
@Component
class Requests {

  private final Customers customers;
  private final JobRepository jobs;

  Requests(Customers customers, JobRepository jobs) {
    this.customers = customers;
    this.jobs = jobs;
  }

  /** A request found runnable: its company and the mapping as it will be used (guessed when it named no column). */
  record Checked(CompanyView company, ImportRequest request) {
    RunSpec spec(ImportJobId id, Path file, FileFacts facts) {
      ImportRequest r = request;
      return new RunSpec(id, company, r.type(), r.mapping(), file, facts, r.encoding(), r.sheet(), r.dryRun());
    }
  }

  Checked check(ImportRequest r, Path file, FileFacts facts) {
    ImportType type = type(r.type());
    checkEncoding(r.encoding());
    checkOptions(r.mapping());
    CompanyView company = company(r.companyId());
    ColumnMapping mapping = r.mapping() == null ? ColumnMapping.of(java.util.Map.of()) : r.mapping();
    try {
      TableSample sample = TableSample.read(file, facts, r.encoding(), r.sheet(), mapping.decimalChar(), 1);
      mapping = mapping.withColumns(ColumnBinding.bind(Schemas.of(type), sample.header(), mapping).columns());
    } catch (IOException e) {
      throw new OpenArException(IntegrationError.INTEGRATION_UNREADABLE_FILE, e.getMessage());
    }
    return new Checked(company, new ImportRequest(type, company.id(), mapping, blankToNull(r.encoding()),
        blankToNull(r.sheet()), r.dryRun()));
  }

  ImportType type(ImportType type) {
    if (type == null) {
      throw new OpenArException(IntegrationError.INTEGRATION_TYPE_REQUIRED).onField("type");
    }
    return type;
  }

  /** The given company, or the only one there is. */
  CompanyView company(CompanyId id) {
    if (id != null) {
      return customers.findCompany(id).orElseThrow(() ->
          new OpenArException(CustomersError.CUSTOMERS_COMPANY_NOT_FOUND, id).onField("companyId"));
    }
    List<CompanyView> all = customers.companies();
    if (all.size() != 1) {
      throw new OpenArException(IntegrationError.INTEGRATION_COMPANY_REQUIRED,
          String.join(", ", all.stream().map(CompanyView::code).toList())).onField("companyId");
    }
    return all.get(0);
  }

  JobRecord job(ImportJobId id) {
    return jobs.find(id).orElseThrow(() -> new OpenArException(IntegrationError.INTEGRATION_JOB_NOT_FOUND, id));
  }

  static void checkEncoding(String encoding) {
    if (encoding != null && !encoding.isBlank()) {
      Sources.charset(encoding.strip());
    }
  }

  static void checkOptions(ColumnMapping m) {
    if (m == null) {
      return;
    }
    if (m.decimalSeparator() != null && !List.of(".", ",").contains(m.decimalSeparator())) {
      throw new OpenArException(IntegrationError.INTEGRATION_INVALID_OPTION, "decimalSeparator",
          m.decimalSeparator()).onField("mapping.decimalSeparator");
    }
    if (m.defaultCurrency() != null && !m.defaultCurrency().isBlank()
        && !CurrencyCode.isKnown(m.defaultCurrency().strip().toUpperCase(Locale.ROOT))) {
      throw new OpenArException(IntegrationError.INTEGRATION_INVALID_OPTION, "defaultCurrency",
          m.defaultCurrency()).onField("mapping.defaultCurrency");
    }
  }

  /** Runs {@code work} once the current transaction commits (at once when there is none). */
  static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        work.run();
      }
    });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
