package org.openar.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openar.invoicing.CreditNoteId;
import org.openar.invoicing.CreditNoteSearch;
import org.openar.invoicing.InvoiceQueries;
import org.openar.invoicing.Invoicing;
import org.openar.invoicing.app.InvoicingProperties;
import org.openar.invoicing.web.DocumentDetails.CreditNoteDetailResponse;
import org.openar.invoicing.web.InvoicingRequests.CreditNoteBody;
import org.openar.invoicing.web.InvoicingResponses.CreditNotePreviewResponse;
import org.openar.invoicing.web.InvoicingResponses.CreditNoteResponse;
import org.openar.invoicing.web.InvoicingResponses.CreditNoteSummaryResponse;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit notes: issue against an invoice (full, by lines or by amount), preview, list, detail, PDF, CSV. */
@RestController
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "Credit notes", description = "Credit notes against issued invoices; the only way to cancel an invoice")
public class CreditNoteController {

  private final Invoicing invoicing;
  private final InvoiceQueries queries;
  private final DocumentDetails details;
  private final DocumentFiles files;
  private final Idempotency idempotency;
  private final InvoicingProperties properties;

  public CreditNoteController(Invoicing invoicing, InvoiceQueries queries, DocumentDetails details,
      DocumentFiles files, Idempotency idempotency, InvoicingProperties properties) {
    this.invoicing = invoicing;
    this.queries = queries;
    this.details = details;
    this.files = files;
    this.idempotency = idempotency;
    this.properties = properties;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "List credit notes, paged, sorted and filtered on the server",
      description = "sort: number, creditDate, invoiceNumber, customerCode, customerName, grossAmount, createdAt"
          + " (prefix - for descending).")
  public Page<CreditNoteSummaryResponse> list(@ParameterObject CreditNoteFilter filter,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, CreditNoteSearch.SORT_FIELDS, "-creditDate");
    return queries.searchCreditNotes(filter.search(null), pq).map(CreditNoteSummaryResponse::of);
  }

  @GetMapping("/export")
  @PreAuthorize(Access.READ)
  @Operation(summary = "CSV of the selected credit notes (ids) or of all matching the filters")
  public void export(@RequestParam(required = false) List<UUID> ids, @ParameterObject CreditNoteFilter filter,
      @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
    PageQuery order = PageQuery.of(0, 1, sort, CreditNoteSearch.SORT_FIELDS, "-creditDate");
    CreditNoteSearch search = filter.search(ids);
    files.csv(response, "credit-notes", properties.exportLimit(),
        (out, limit) -> queries.exportCreditNotes(search, order, DocumentFiles.locale(), limit, out));
  }

  @PostMapping
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Issue a credit note against an issued invoice and apply it to its open installments",
      description = "mode FULL, LINES (lines: lineNo and quantity) or AMOUNT (amount, gross). Over-crediting is 422"
          + " INVOICING_OVER_CREDIT. Send an Idempotency-Key: a repeated call returns the first result.")
  public ResponseEntity<CreditNoteResponse> issue(
      @RequestHeader(name = Idempotency.HEADER, required = false) String key, @RequestBody CreditNoteBody body) {
    CreditNoteResponse created = idempotency.execute("invoicing.credit-notes.issue", key, body,
        CreditNoteResponse.class, () -> CreditNoteResponse.of(invoicing.issueCreditNote(body.command())));
    return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + created.id())).body(created);
  }

  @PostMapping("/preview")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Compute a credit note (lines, tax, what is left to credit) without issuing it")
  public CreditNotePreviewResponse preview(@RequestBody CreditNoteBody body) {
    return CreditNotePreviewResponse.of(invoicing.previewCreditNote(body.command()));
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "A credit note with its ledger item (applied and unapplied amounts, history)")
  public CreditNoteDetailResponse get(@PathVariable UUID id) {
    return details.creditNote(queries.getCreditNote(new CreditNoteId(id)));
  }

  @GetMapping("/{id}/pdf")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The credit note as PDF, in zh-CN or en (default: the request's language)")
  public ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang) {
    CreditNoteId note = new CreditNoteId(id);
    byte[] pdf = queries.creditNotePdf(note, DocumentFiles.locale(lang));
    return DocumentFiles.pdf(pdf, queries.getCreditNote(note).number());
  }
}
