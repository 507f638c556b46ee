package org.openar.cashapp.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.openar.cashapp.HouseAccountId;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.app.CashImports;
import org.openar.cashapp.app.CashQueries;
import org.openar.cashapp.app.ImportOutcome;
import org.openar.cashapp.app.ImportRequest;
import org.openar.cashapp.app.MatchRunner;
import org.openar.cashapp.app.StatementImporter;
import org.openar.cashapp.persistence.BankStatementRepository;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.web.StatementResponses.ImportResponse;
import org.openar.cashapp.web.StatementResponses.MatchingResponse;
import org.openar.cashapp.web.StatementResponses.StatementResponse;
import org.openar.customers.CompanyId;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bank statements: upload (import and match), list with match rates, one statement, matching again. */
@RestController
@RequestMapping("/api/v1/cashapp/statements")
@Tag(name = "Cash application: statements", description = "Import bank statements and see how they were matched")
public class BankStatementController {

  private static final java.util.Set<String> SORT = java.util.Set.of("importedAt", "toDate", "fromDate", "account",
      "lineCount");

  private final StatementImporter importer;
  private final CashImports imports;
  private final MatchRunner runner;
  private final CashQueries queries;
  private final Idempotency idempotency;

  public BankStatementController(StatementImporter importer, CashImports imports, MatchRunner runner,
      CashQueries queries, Idempotency idempotency) {
    this.importer = importer;
    this.imports = imports;
    this.runner = runner;
    this.queries = queries;
    this.idempotency = idempotency;
  }

  /** What makes two uploads with one idempotency key "the same". */
  record UploadKey(String sha256, String filename, String format, UUID bankAccountId) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.POST_CASH)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Import a statement file (camt.052/053/054, MT940/942, BAI2, CSV, xlsx) and match it",
      description = "The file's statements are stored in one transaction; a statement or entry imported before is "
          + "skipped and listed. Then every receipt is matched: confident matches are posted to the ledger, the rest "
          + "wait in the exception queue. A file that cannot be read is refused naming the place, and nothing is "
          + "stored. bankAccountId is required for CSV/xlsx files that do not name their account.")
  public ImportResponse upload(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @RequestPart("file") MultipartFile file, @RequestParam(required = false) String format,
      @RequestParam(required = false) UUID bankAccountId, @RequestParam(defaultValue = "true") boolean match) {
    byte[] bytes = bytes(file);
    String name = name(file);
    StatementFormat f = format(format);
    ImportRequest req = new ImportRequest(name, bytes, f, bankAccountId == null ? null
        : new HouseAccountId(bankAccountId), null, "API");
    UploadKey same = new UploadKey(sha256(bytes), name, f == null ? null : f.name(), bankAccountId);
    ImportOutcome outcome = idempotency.execute("cashapp.statements", key, same, ImportOutcome.class,
        () -> importer.importFile(req));
    return ImportResponse.of(imports.matchAll(outcome, match));
  }

  @GetMapping
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Imported statements, newest first, with line counts by status and the auto-match rate")
  public Page<StatementResponse> list(@RequestParam(required = false) UUID companyId,
      @RequestParam(required = false) UUID bankAccountId,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, SORT, "-importedAt");
    BankStatementRepository.Filter filter = new BankStatementRepository.Filter(companyId == null ? null
        : new CompanyId(companyId), bankAccountId == null ? null : new HouseAccountId(bankAccountId), from, to, q);
    return queries.statements(filter, pq).map(StatementResponse::of);
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "One statement with its balances, warnings and line counts")
  public StatementResponse get(@PathVariable UUID id) {
    return StatementResponse.of(queries.statement(new StatementId(id)));
  }

  @PostMapping("/{id}/match")
  @PreAuthorize(Access.POST_CASH)
  @Operation(summary = "Match the statement's queued receipts again (after new invoices or aliases)",
      description = "Lines already posted or set aside are left alone; confident matches are posted.")
  public MatchingResponse match(@PathVariable UUID id) {
    return MatchingResponse.of(runner.run(new StatementId(id)));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(MultipartFile file) {
    String n = file.getOriginalFilename();
    n = n == null || n.isBlank() ? "upload" : n.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    return n.length() > 200 ? n.substring(0, 200) : n;
  }

  static StatementFormat format(String format) {
    if (format == null || format.isBlank()) {
      return null;
    }
    try {
      return StatementFormat.fromCli(format);
    } catch (IllegalArgumentException e) {
      throw new OpenArException(SharedError.INVALID_VALUE, "format", format).onField("format");
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
