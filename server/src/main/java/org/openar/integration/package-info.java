/**
 * Integration: imports of customers, open invoices, settled (historical) invoices with their payments, and payments
 * from CSV and Excel files: declared target fields per import type, column mappings (auto-guessed from English and
 * Chinese headers, saved per user and company, shipped presets), value parsing, per-row rejection reports, chunked
 * commits, idempotent re-imports, pollable progress and a job history. Publishes ImportCompleted; consumes nothing.
 *
 * <h2>Facade</h2>
 * {@link org.openar.integration.Imports}: stage a file, preview a mapping on its first rows, start a job (bounded
 * executor) or run one synchronously (small files, the CLI), read jobs, progress and rejected rows, manage mappings,
 * read the attributes (disputed flag, extra columns) imported with a document.
 *
 * <h2>Rules callers rely on</h2>
 * <ul>
 *   <li>Natural keys: customer code per company; document number per company, ledger type and installment. A row
 *       whose document is already in the ledger with the same content counts as "already present", with different
 *       content it is rejected (INTEGRATION_DOCUMENT_CONFLICT). Re-importing a file therefore adds nothing.</li>
 *   <li>Rows are committed in chunks; a chunk that fails as a whole is split until the failing rows are isolated, so
 *       one bad row never loses the others. Every rejected row keeps its row number, original cells and, per problem,
 *       the column, field, stable code and message arguments (translated when read).</li>
 *   <li>A settled invoice is one unit: the invoice, a receipt with the same document number and type PAYMENT, and the
 *       allocation on the settled date are committed together or not at all.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Integration",
    allowedDependencies = {"shared", "audit", "identity", "customers", "ledger"})
package org.openar.integration;
