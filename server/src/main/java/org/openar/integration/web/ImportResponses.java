package org.openar.integration.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openar.integration.ColumnMapping;
import org.openar.integration.DateFormat;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportProgress;
import org.openar.integration.ImportResult;
import org.openar.integration.ImportStatus;
import org.openar.integration.ImportType;
import org.openar.integration.Preview;
import org.openar.integration.RejectedRow;
import org.openar.integration.RowProblem;
import org.openar.integration.SavedMapping;
import org.openar.integration.UploadView;
import org.openar.shared.i18n.Messages;

/** Response bodies of the imports API: plain UUIDs, problems with their message in the caller's language. */
final class ImportResponses {

  private ImportResponses() {}

  record ProgressResponse(long rowsRead, long accepted, long rejected, long alreadyPresent, long customersCreated,
      long bytesRead, long totalBytes, double percent) {
    static ProgressResponse of(ImportProgress p) {
      return new ProgressResponse(p.rowsRead(), p.accepted(), p.rejected(), p.alreadyPresent(), p.customersCreated(),
          p.bytesRead(), p.totalBytes(), p.percent());
    }
  }

  record JobResponse(UUID id, ImportType type, ImportStatus status, UUID companyId, String fileName, String sha256,
      long fileBytes, String format, String encoding, boolean dryRun, ProgressResponse progress, UUID previousJobId,
      List<String> ignoredColumns, String failureCode, String failureMessage, String createdBy, Instant createdAt,
      Instant startedAt, Instant finishedAt) {

    static JobResponse of(ImportJobView v, Messages messages, Locale locale) {
      String failure = v.failureCode() == null ? null
          : messages.get(locale, "error." + v.failureCode(), v.failureArgs().toArray());
      return new JobResponse(v.id().value(), v.type(), v.status(), v.companyId().value(), v.fileName(),
          v.fileSha256(), v.fileBytes(), v.format(), v.encoding(), v.dryRun(), ProgressResponse.of(v.progress()),
          v.previousJobId() == null ? null : v.previousJobId().value(), v.ignoredColumns(), v.failureCode(),
          failure, v.createdBy(), v.createdAt(), v.startedAt(), v.finishedAt());
    }
  }

  record ProblemResponse(String column, String field, String code, List<String> args, String message) {
    static ProblemResponse of(RowProblem p, Messages messages, Locale locale) {
      return new ProblemResponse(p.column(), p.field(), p.code(), p.args(),
          messages.get(locale, "error." + p.code(), p.args().toArray()));
    }
  }

  record RejectedRowResponse(long rowNumber, List<ProblemResponse> problems, List<String> cells) {
    static RejectedRowResponse of(RejectedRow r, Messages messages, Locale locale) {
      return new RejectedRowResponse(r.rowNumber(), r.problems().stream()
          .map(p -> ProblemResponse.of(p, messages, locale)).toList(), r.cells());
    }
  }

  record ResultResponse(JobResponse job, List<RejectedRowResponse> rejected, long rejectedTotal) {
    static ResultResponse of(ImportResult r, Messages messages, Locale locale) {
      return new ResultResponse(JobResponse.of(r.job(), messages, locale), r.rejected().stream()
          .map(x -> RejectedRowResponse.of(x, messages, locale)).toList(), r.rejectedTotal());
    }
  }

  record UploadResponse(UUID id, String fileName, long size, String sha256, String format, String encoding,
      List<String> sheets, String sheet, List<String> header, List<List<String>> sample,
      List<JobResponse> earlierImports) {
    static UploadResponse of(UploadView u, Messages messages, Locale locale) {
      return new UploadResponse(u.id().value(), u.fileName(), u.size(), u.sha256(), u.format(), u.encoding(),
          u.sheets(), u.sheet(), u.header(), u.sample(), u.earlierImports().stream()
          .map(j -> JobResponse.of(j, messages, locale)).toList());
    }
  }

  record PreviewRowResponse(long rowNumber, List<String> cells, Map<String, String> values,
      List<ProblemResponse> problems) {}

  record PreviewResponse(List<String> header, ColumnMapping mapping, List<String> ignoredColumns,
      List<String> unmappedRequired, DateFormat suggestedDateFormat, List<PreviewRowResponse> rows) {
    static PreviewResponse of(Preview p, Messages messages, Locale locale) {
      return new PreviewResponse(p.header(), p.mapping(), p.ignoredColumns(), p.unmappedRequired(),
          p.suggestedDateFormat(), p.rows().stream().map(r -> new PreviewRowResponse(r.rowNumber(), r.cells(),
              r.values(), r.problems().stream().map(x -> ProblemResponse.of(x, messages, locale)).toList())).toList());
    }
  }

  record MappingResponse(UUID id, String name, ImportType type, UUID companyId, String owner, boolean preset,
      ColumnMapping mapping, Instant updatedAt) {
    static MappingResponse of(SavedMapping m) {
      return new MappingResponse(m.id(), m.name(), m.type(), m.companyId() == null ? null : m.companyId().value(),
          m.owner(), m.preset(), m.mapping(), m.updatedAt());
    }
  }
}
