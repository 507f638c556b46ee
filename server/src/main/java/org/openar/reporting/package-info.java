/**
 * Reporting, read-only: customer statements of account (JSON and PDF in zh-CN and en), the aging report grouped by
 * customer, sales rep, company or currency with drill-down and CSV/Excel export, KPIs (DSO by the countback and the
 * standard method, overdue ratio, CEI), the dashboard, and the monthly collections targets it compares against (its
 * only state). The figures come from the ledger's SQL reports ({@link org.openar.ledger.LedgerReports}); this module
 * groups, converts, names and renders them. Publishes nothing; consumes nothing. Must never depend on collections,
 * which uses {@link org.openar.reporting.Statements} for the statement it attaches to dunning letters.
 *
 * <h2>Facades</h2>
 * <ul>
 *   <li>{@link org.openar.reporting.Statements}: {@code statement(customer, from, to)} and
 *       {@code statementPdf(customer, from, to, locale)}.</li>
 *   <li>{@link org.openar.reporting.AgingReports}: the grouped report, its items, and exports.</li>
 *   <li>{@link org.openar.reporting.Kpis}: the dashboard, the monthly KPI trend and the collections targets.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
    allowedDependencies = {"shared", "audit", "identity", "customers", "ledger"})
package org.openar.reporting;
