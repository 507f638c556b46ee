package org.openar.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.InvoiceQueries;
import org.openar.invoicing.InvoiceSearch;
import org.openar.invoicing.Invoicing;
import org.openar.invoicing.app.InvoicingProperties;
import org.openar.invoicing.web.DocumentDetails.InvoiceDetailResponse;
import org.openar.invoicing.web.InvoicingRequests.InvoiceRequest;
import org.openar.invoicing.web.InvoicingRequests.IssueRequest;
import org.openar.invoicing.web.InvoicingRequests.Keyed;
import org.openar.invoicing.web.InvoicingResponses.InvoiceResponse;
import org.openar.invoicing.web.InvoicingResponses.InvoiceSummaryResponse;
import org.openar.invoicing.web.InvoicingResponses.PreviewResponse;
import org.openar.shared.idempotency.Idempotency;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Access;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Invoices: drafts, preview, issue (one or many), list, detail with ledger history, PDF, CSV. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoice documents: drafts, issuing into the ledger, PDFs and exports")
public class InvoiceController {

  private final Invoicing invoicing;
  private final InvoiceQueries queries;
  private final DocumentDetails details;
  private final DocumentFiles files;
  private final Idempotency idempotency;
  private final InvoicingProperties properties;

  public InvoiceController(Invoicing invoicing, InvoiceQueries queries, DocumentDetails details, DocumentFiles files,
      Idempotency idempotency, InvoicingProperties properties) {
    this.invoicing = invoicing;
    this.queries = queries;
    this.details = details;
    this.files = files;
    this.idempotency = idempotency;
    this.properties = properties;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  @Operation(summary = "List invoices, paged, sorted and filtered on the server (a SALES_REP sees its own customers')",
      description = "sort: number, invoiceDate, dueDate, nextDueDate, customerCode, customerName, grossAmount,"
          + " openAmount, status, createdAt (prefix - for descending).")
  public Page<InvoiceSummaryResponse> list(@ParameterObject InvoiceFilter filter,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort) {
    PageQuery pq = PageQuery.of(page, size, sort, InvoiceSearch.SORT_FIELDS, "-invoiceDate");
    return queries.search(filter.search(null), pq).map(InvoiceSummaryResponse::of);
  }

  @GetMapping("/export")
  @PreAuthorize(Access.READ)
  @Operation(summary = "CSV of the selected invoices (ids) or of all matching the list's filters, in the list's order",
      description = "UTF-8 with BOM, headers in the request's language; at most 100,000 rows.")
  public void export(@RequestParam(required = false) List<UUID> ids, @ParameterObject InvoiceFilter filter,
      @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
    PageQuery order = PageQuery.of(0, 1, sort, InvoiceSearch.SORT_FIELDS, "-invoiceDate");
    InvoiceSearch search = filter.search(ids);
    files.csv(response, "invoices", properties.exportLimit(),
        (out, limit) -> queries.exportInvoices(search, order, DocumentFiles.locale(), limit, out));
  }

  @PostMapping
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Save a new draft (no number, nothing in the ledger); defaults come from the customer")
  public ResponseEntity<InvoiceResponse> create(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @RequestBody InvoiceRequest body) {
    InvoiceResponse created = idempotency.execute("invoicing.invoices.create", key, body, InvoiceResponse.class,
        () -> InvoiceResponse.of(invoicing.createDraft(body.draft())));
    return ResponseEntity.created(URI.create("/api/v1/invoices/" + created.id())).body(created);
  }

  @PostMapping("/preview")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Compute lines, tax, totals, due dates and installments without saving anything")
  public PreviewResponse preview(@RequestBody InvoiceRequest body) {
    return PreviewResponse.of(invoicing.preview(body.draft()));
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  @Operation(summary = "An invoice with its credit notes, its installments' ledger allocations and history")
  public InvoiceDetailResponse get(@PathVariable UUID id) {
    InvoiceId invoice = new InvoiceId(id);
    return details.invoice(queries.get(invoice), queries.creditNotesOf(invoice));
  }

  @PutMapping("/{id}")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Replace a draft's content; send the version you read (409 when stale or issued)")
  public InvoiceResponse update(@PathVariable UUID id, @RequestBody InvoiceRequest body) {
    return InvoiceResponse.of(invoicing.updateDraft(new InvoiceId(id), body.requiredVersion(), body.draft()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Discard a draft (an issued invoice is never deleted: credit it)")
  public ResponseEntity<Void> discard(@PathVariable UUID id, @RequestParam long version) {
    invoicing.discardDraft(new InvoiceId(id), version);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/issue")
  @PreAuthorize(Access.POST_ITEMS)
  @Operation(summary = "Issue a draft: number it and post its installments to the ledger",
      description = "Send an Idempotency-Key: a repeated call returns the first result; without one a second issue"
          + " is 409 INVOICING_ALREADY_ISSUED.")
  public InvoiceResponse issue(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
      @PathVariable UUID id, @RequestBody(required = false) IssueRequest body) {
    Long version = body == null ? null : body.version();
    return idempotency.execute("invoicing.invoices.issue", key, new Keyed(id, body), InvoiceResponse.class,
        () -> InvoiceResponse.of(invoicing.issue(new InvoiceId(id), version)));
  }

  @GetMapping("/{id}/pdf")
  @PreAuthorize(Access.READ)
  @Operation(summary = "The invoice as PDF, in zh-CN or en (default: the request's language)")
  public ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang) {
    InvoiceId invoice = new InvoiceId(id);
    byte[] pdf = queries.invoicePdf(invoice, DocumentFiles.locale(lang));
    String number = queries.get(invoice).number();
    return DocumentFiles.pdf(pdf, number != null ? number : "invoice-draft-" + id.toString().substring(0, 8));
  }
}
