package org.openar.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportType;
import org.openar.integration.ImportTypeSpec;
import org.openar.integration.Imports;
import org.openar.integration.IntegrationError;
import org.openar.integration.UploadId;
import org.openar.integration.web.ImportRequests.PreviewBody;
import org.openar.integration.web.ImportRequests.ReadRequest;
import org.openar.integration.web.ImportRequests.StartRequest;
import org.openar.integration.web.ImportResponses.JobResponse;
import org.openar.integration.web.ImportResponses.PreviewResponse;
import org.openar.integration.web.ImportResponses.RejectedRowResponse;
import org.openar.integration.web.ImportResponses.ResultResponse;
import org.openar.integration.web.ImportResponses.UploadResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports for the web app and scripts: stage a file, preview a mapping, start a background job (202, poll it), or run
 * a small file synchronously; read jobs and their rejected rows.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "CSV and Excel imports of customers, invoices and payments")
public class ImportController {

  private final Imports imports;
  private final Messages messages;
  private final Idempotency idempotency;
  private final long syncMaxBytes;

  public ImportController(Imports imports, Messages messages, Idempotency idempotency,
      @Value("${openar.integration.sync-max-bytes:10485760}") long syncMaxBytes) {
    this.imports = imports;
    this.messages = messages;
    this.idempotency = idempotency;
    this.syncMaxBytes = syncMaxBytes;
  }

  @GetMapping("/types")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The import types and the fields each declares (name, type, required)")
  public List<ImportTypeSpec> types() {
    return imports.types();
  }

  @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.IMPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Stage a CSV or xlsx file: its hash, format, encoding, sheets, header and first rows")
  public UploadResponse upload(@RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String encoding, @RequestParam(required = false) String sheet, Locale locale) {
    try (InputStream in = file.getInputStream()) {
      return UploadResponse.of(imports.stage(file.getOriginalFilename(), in, encoding, sheet), messages, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/uploads/{id}/read")
  @PreAuthorize(Access.IMPORT)
  @Operation(summary = "Read a staged file again with another encoding (CSV) or sheet (xlsx)")
  public UploadResponse reread(@PathVariable UUID id, @RequestBody ReadRequest body, Locale locale) {
    return UploadResponse.of(imports.restage(new UploadId(id), body.encoding(), body.sheet()), messages, locale);
  }

  @PostMapping("/uploads/{id}/preview")
  @PreAuthorize(Access.IMPORT)
  @Operation(summary = "Try a mapping on the first rows: parsed values and problems per row, nothing is written",
      description = "Without mapping columns the mapping is guessed from the headers (English and Chinese).")
  public PreviewResponse preview(@PathVariable UUID id, @RequestBody PreviewBody body, Locale locale) {
    return PreviewResponse.of(imports.preview(new UploadId(id), body.command()), messages, locale);
  }

  @PostMapping
  @PreAuthorize(Access.IMPORT)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Import a staged file in the background; poll GET /imports/{id} for progress",
      description = "Send an Idempotency-Key: the same key and body return the same job instead of a second import.")
  public JobResponse start(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @RequestBody StartRequest body, Locale locale) {
    if (body.uploadId() == null) {
      throw new OpenArException(IntegrationError.INTEGRATION_UPLOAD_NOT_FOUND, "null").onField("uploadId");
    }
    return idempotency.execute("integration.imports", key, body, JobResponse.class,
        () -> JobResponse.of(imports.start(new UploadId(body.uploadId()), body.command()), messages, locale));
  }

  @PostMapping(path = "/run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.IMPORT)
  @Operation(summary = "Import a small file now and return the result with its rejected rows (up to 1,000)",
      description = "Files above openar.integration.sync-max-bytes (10 MB) are refused with 413: use the jobs.")
  public ResultResponse run(@RequestPart("file") MultipartFile file, @RequestParam(required = false) ImportType type,
      @RequestParam(required = false) UUID companyId, @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String encoding, @RequestParam(required = false) String sheet,
      @RequestPart(name = "mapping", required = false) ColumnMapping mapping, Locale locale) {
    if (file.getSize() > syncMaxBytes) {
      throw new OpenArException(IntegrationError.INTEGRATION_TOO_LARGE_FOR_SYNC, file.getSize(), syncMaxBytes);
    }
    ImportRequest request = new ImportRequest(type, ImportRequests.company(companyId), mapping, encoding, sheet,
        dryRun);
    return ResultResponse.of(runFromTemporaryFile(file, request), messages, locale);
  }

  private org.openar.integration.ImportResult runFromTemporaryFile(MultipartFile file, ImportRequest request) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("openar-import-", ".upload");
      file.transferTo(tmp);
      return imports.run(tmp, file.getOriginalFilename(), request, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Past and running imports, newest first")
  public Page<JobResponse> jobs(@RequestParam(required = false) ImportType type,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
    return imports.jobs(type, PageQuery.of(page == null ? 0 : page, size == null ? 20 : size))
        .map(j -> JobResponse.of(j, messages, locale));
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One import with its progress (rows read, accepted, rejected, already present; % of bytes)")
  public JobResponse job(@PathVariable UUID id, Locale locale) {
    return imports.find(new ImportJobId(id)).map(j -> JobResponse.of(j, messages, locale))
        .orElseThrow(() -> new OpenArException(IntegrationError.INTEGRATION_JOB_NOT_FOUND, id));
  }

  @GetMapping("/{id}/rejected")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The rejected rows of an import: row number, cells and each problem with column and reason")
  public Page<RejectedRowResponse> rejected(@PathVariable UUID id, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, Locale locale) {
    return imports.rejected(new ImportJobId(id), PageQuery.of(page == null ? 0 : page, size == null ? 50 : size))
        .map(r -> RejectedRowResponse.of(r, messages, locale));
  }

  private static void deleteQuietly(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temporary file; the OS cleans it up
    }
  }
}
