package org.openar.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportType;
import org.openar.integration.Imports;
import org.openar.integration.IntegrationError;
import org.openar.integration.web.ImportRequests.MappingBody;
import org.openar.integration.web.ImportResponses.MappingResponse;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rejected-row downloads, saved column mappings, and the disputed flags imports kept. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "CSV and Excel imports of customers, invoices and payments")
public class ImportFilesController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Imports imports;
  private final Messages messages;

  public ImportFilesController(Imports imports, Messages messages) {
    this.imports = imports;
    this.messages = messages;
  }

  @GetMapping("/{id}/rejected/download")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The rejected rows as CSV or xlsx: the original columns, then row, column and reason")
  public void download(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, Locale locale,
      HttpServletResponse response) throws IOException {
    ImportJobView job = imports.find(new ImportJobId(id))
        .orElseThrow(() -> new OpenArException(IntegrationError.INTEGRATION_JOB_NOT_FOUND, id));
    boolean xlsx = "xlsx".equalsIgnoreCase(format);
    if (!xlsx && !"csv".equalsIgnoreCase(format)) {
      throw new OpenArException(IntegrationError.INTEGRATION_INVALID_OPTION, "format", format).onField("format");
    }
    String base = job.fileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
    String name = base + "-" + messages.get(locale, "integration.rejected.suffix") + (xlsx ? ".xlsx" : ".csv");
    response.setContentType(xlsx ? XLSX : "text/csv;charset=UTF-8");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    RejectedRowsFile file = new RejectedRowsFile(imports, messages, locale);
    if (xlsx) {
      file.xlsx(job.id(), response.getOutputStream());
    } else {
      file.csv(job.id(), response.getOutputStream());
    }
  }

  @GetMapping("/mappings")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "The presets and the caller's saved mappings for a type (and company)")
  public List<MappingResponse> mappings(@RequestParam(required = false) ImportType type,
      @RequestParam(required = false) UUID companyId) {
    return imports.mappings(type, companyId == null ? null : new CompanyId(companyId)).stream()
        .map(MappingResponse::of).toList();
  }

  @PostMapping("/mappings")
  @PreAuthorize(Access.IMPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Save a mapping under a name (for one company, or all when companyId is empty)")
  public MappingResponse saveMapping(@RequestBody MappingBody body) {
    return MappingResponse.of(imports.saveMapping(body.command()));
  }

  @PutMapping("/mappings/{id}")
  @PreAuthorize(Access.IMPORT)
  @Operation(summary = "Replace one of the caller's saved mappings (presets are read-only)")
  public MappingResponse updateMapping(@PathVariable UUID id, @RequestBody MappingBody body) {
    return MappingResponse.of(imports.updateMapping(id, body.command()));
  }

  @DeleteMapping("/mappings/{id}")
  @PreAuthorize(Access.IMPORT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete one of the caller's saved mappings")
  public void deleteMapping(@PathVariable UUID id) {
    imports.deleteMapping(id);
  }

  @GetMapping("/disputed")
  @PreAuthorize(Access.READ_ALL)
  @Operation(summary = "Documents the source system marked as disputed (the Disputed column of an import)")
  public Page<DisputedResponse> disputed(@RequestParam UUID companyId, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return imports.disputedDocuments(new CompanyId(companyId),
        PageQuery.of(page == null ? 0 : page, size == null ? 50 : size)).map(DisputedResponse::of);
  }

  record DisputedResponse(String type, String documentNumber, boolean disputed, java.util.Map<String, String> attributes,
      UUID importId) {
    static DisputedResponse of(DocumentAttributes d) {
      return new DisputedResponse(d.type().name(), d.documentNumber(), d.disputed(), d.attributes(),
          d.jobId().value());
    }
  }
}
