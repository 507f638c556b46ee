package org.openar.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.openar.shared.money.Money;

/**
 * The KPIs of one month (to date for the current month, {@code end} = today) in the company's base currency. Flows
 * (sales, collected, cleared) are converted at the rates in force on {@code end}, balances too.
 *
 * <ul>
 *   <li>{@code receivables}: net receivables at {@code end}: open debits less unapplied credits (= aging total).</li>
 *   <li>{@code overdue}: open debits past their due date at {@code end}; {@code overdueRatio} = overdue ÷ open
 *       debits (null without open debits).</li>
 *   <li>{@code sales}: credit sales of the month: invoices, fees and interest less credit notes, net of reversals.</li>
 *   <li>{@code collected}: cash received: payments and advances by value date, less reversed (returned) ones.</li>
 *   <li>{@code dsoStandard}, {@code dsoCountback}: see {@link org.openar.reporting.domain.Dso}; {@code cei}: see
 *       {@link org.openar.reporting.domain.Cei}.</li>
 * </ul>
 */
public record KpiMonth(YearMonth month, LocalDate end, Money receivables, Money openDebit, Money overdue,
    BigDecimal overdueRatio, Money sales, Money collected, BigDecimal dsoStandard, BigDecimal dsoCountback,
    BigDecimal cei) {}
