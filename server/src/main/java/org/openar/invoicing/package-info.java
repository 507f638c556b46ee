/**
 * Invoicing: invoice documents (drafts and issued invoices with lines, VAT, payment terms and installment schedules),
 * gap-free document numbers per company and year, credit notes, invoice PDFs and CSV exports. Issuing posts one ledger
 * debit per installment through {@link org.openar.ledger.Ledger} in the same transaction; a credit note posts a
 * CREDIT_NOTE item and allocates it to the invoice's open installments, oldest first.
 *
 * <p>Publishes InvoiceIssued, CreditNoteIssued, InvoiceCancelled; consumes the ledger's ItemsAllocated,
 * ItemsAllocatedInBulk, AllocationReversed and ItemReversed to keep the open amounts of its invoices (for list
 * filters) current.
 *
 * <h2>Facades</h2>
 * <ul>
 *   <li>{@link org.openar.invoicing.Invoicing} writes: drafts (create, update with optimistic version, discard),
 *       preview (computes without saving), issue, credit notes, and in bulk {@code issueAll} and
 *       {@code issueCreditNotes} (the same per-document checks, numbers, audit records and events, written in
 *       batches).</li>
 *   <li>{@link org.openar.invoicing.InvoiceQueries} reads, limited to what the current actor may see (a SALES_REP only
 *       its own customers' documents): detail, paged search, PDFs, CSV.</li>
 * </ul>
 *
 * <h2>Rules callers rely on</h2>
 * <ul>
 *   <li>Tax is computed per line and rounded with the invoice's {@link org.openar.invoicing.TaxRounding} (四舍五入 for
 *       Chinese VAT by default); totals are the exact sums of the lines, installments a largest-remainder split of the
 *       gross amount, so they always add up.</li>
 *   <li>Numbers ({@code INV-2026-000123}, {@code CN-2026-000007}) are allocated while issuing, in the issuing
 *       transaction, from a sequence row per company, kind and year of the document date that is locked until commit:
 *       a rolled-back issue leaves no gap. Drafts have no number.</li>
 *   <li>Issued invoices are never changed nor deleted (the database refuses it too); they are cancelled by credit notes
 *       only. The ledger items of an invoice carry its number, {@code installmentNo} when there are several, and the
 *       invoice id as {@code externalRef}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invoicing",
    allowedDependencies = {"shared", "audit", "customers", "ledger"})
package org.openar.invoicing;
