package org.openar.integration;

import java.time.Instant;
import java.util.List;
import org.openar.customers.CompanyId;

/**
 * One import as it stands: what was imported, how far it got and with what outcome. {@code previousJobId} is the last
 * finished import of the same file (same SHA-256) for the same company and type: a re-upload. {@code failureCode} and
 * {@code failureArgs} say why a FAILED job stopped (an error code and its message arguments).
 */
public record ImportJobView(
    ImportJobId id,
    ImportType type,
    ImportStatus status,
    CompanyId companyId,
    String fileName,
    String fileSha256,
    long fileBytes,
    String format,
    String encoding,
    boolean dryRun,
    ImportProgress progress,
    ImportJobId previousJobId,
    List<String> ignoredColumns,
    String failureCode,
    List<String> failureArgs,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  public ImportJobView {
    ignoredColumns = ignoredColumns == null ? List.of() : List.copyOf(ignoredColumns);
    failureArgs = failureArgs == null ? List.of() : List.copyOf(failureArgs);
  }

  public boolean finished() {
    return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
  }
}
