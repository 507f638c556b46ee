package org.openar.integration;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.openar.customers.CompanyId;
import org.openar.ledger.ItemType;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;

/**
 * Imports of customers, open invoices, settled invoices with their payments, and payments from CSV and xlsx files.
 * Files are read as streams (a million rows do not sit in memory), rows are parsed with the mapping, checked, and
 * committed in chunks through the customers and ledger facades as the calling user (audited as such). Every import is
 * a job with a history, whether it ran in the background, synchronously or from the command line.
 */
public interface Imports {

  /** The import types and the fields each declares. */
  List<ImportTypeSpec> types();

  /**
   * Stores a file for preview and import (hashing it and finding its format and encoding on the way) and reads its
   * header and first rows; {@code encoding} and {@code sheet} may be null (detect, first sheet).
   */
  UploadView stage(String fileName, InputStream content, String encoding, String sheet);

  /** Re-reads a staged file with another encoding or sheet. */
  UploadView restage(UploadId upload, String encoding, String sheet);

  /** Tries a mapping (or, when it names no columns, the guess from the headers) on the file's first rows. */
  Preview preview(UploadId upload, PreviewRequest request);

  /** Queues a staged file for import on the bounded executor; poll {@link #find} for progress. */
  ImportJobView start(UploadId upload, ImportRequest request);

  /**
   * Imports a file now, in the caller's thread; {@code progress} (may be null) hears about the job about once a
   * second. For small files (the synchronous API) and the command line.
   */
  ImportResult run(Path file, String fileName, ImportRequest request, Consumer<ImportJobView> progress);

  Optional<ImportJobView> find(ImportJobId id);

  /** Past and running imports, newest first; {@code type} null for all. */
  Page<ImportJobView> jobs(ImportType type, PageQuery page);

  /** A job's rejected rows in file order. */
  Page<RejectedRow> rejected(ImportJobId id, PageQuery page);

  /** Every rejected row of a job in file order, read in slices (a million of them never sit in memory). */
  void eachRejected(ImportJobId id, Consumer<RejectedRow> consumer);

  /** The header of the job's file (the columns rejected rows' cells belong to). */
  List<String> header(ImportJobId id);

  /** The user's own mappings for {@code type} (of {@code company} or of every company) after the presets. */
  List<SavedMapping> mappings(ImportType type, CompanyId company);

  /** A shipped preset by its key ({@code ibm-ar}), as the command line names it. */
  Optional<SavedMapping> preset(String key);

  SavedMapping saveMapping(MappingDraft draft);

  SavedMapping updateMapping(UUID id, MappingDraft draft);

  void deleteMapping(UUID id);

  /** What an import kept about a ledger document (disputed flag, extra columns), if anything. */
  Optional<DocumentAttributes> documentAttributes(CompanyId company, ItemType type, String documentNumber);

  /** Documents a source system marked as disputed, for the disputes module. */
  Page<DocumentAttributes> disputedDocuments(CompanyId company, PageQuery page);

  /** What to preview: {@code rows} (1-200, default 20) first rows; company null when there is only one. */
  record PreviewRequest(ImportType type, CompanyId companyId, ColumnMapping mapping, String encoding, String sheet,
      Integer rows) {}

  /** A mapping to save under a name, for one company or (null) all. */
  record MappingDraft(String name, ImportType type, CompanyId companyId, ColumnMapping mapping) {}
}
