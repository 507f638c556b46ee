package org.openar.integration.web;

import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportType;
import org.openar.integration.Imports.MappingDraft;
import org.openar.integration.Imports.PreviewRequest;

/** Request bodies of the imports API. */
final class ImportRequests {

  private ImportRequests() {}

  /** Start importing a staged upload. */
  record StartRequest(UUID uploadId, ImportType type, UUID companyId, ColumnMapping mapping, String encoding,
      String sheet, Boolean dryRun) {
    ImportRequest command() {
      return new ImportRequest(type, company(companyId), mapping, encoding, sheet, Boolean.TRUE.equals(dryRun));
    }
  }

  /** Read a staged upload again with another encoding or sheet. */
  record ReadRequest(String encoding, String sheet) {}

  record PreviewBody(ImportType type, UUID companyId, ColumnMapping mapping, String encoding, String sheet,
      Integer rows) {
    PreviewRequest command() {
      return new PreviewRequest(type, company(companyId), mapping, encoding, sheet, rows);
    }
  }

  record MappingBody(String name, ImportType type, UUID companyId, ColumnMapping mapping) {
    MappingDraft command() {
      return new MappingDraft(name, type, company(companyId), mapping);
    }
  }

  static CompanyId company(UUID id) {
    return id == null ? null : new CompanyId(id);
  }
}
