package org.openar.ledger;

import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/**
 * What happened in one currency in one period of {@link LedgerReports#periodActivity}; every figure is a change during
 * the period (period 0: everything up to and including the first period end), so running sums give the state at each
 * period end. By ledger date (document date of debits, value date of credits) unless said otherwise:
 * <ul>
 *   <li>{@code net}: debits less credits posted (every type); its running sum is the net receivables balance.</li>
 *   <li>{@code sales}: credit sales, i.e. invoices, fees and interest less credit notes, each net of its reversals.</li>
 *   <li>{@code cash}: receipts (payments and advances) less reversed receipts.</li>
 *   <li>{@code debitPosted} less {@code debitSettled} (allocation rows on debits, by effective date, unallocations
 *       negative): running sum = the open debits.</li>
 *   <li>{@code overdue}: debits becoming overdue (the day after their due date) less allocation rows on overdue debits
 *       (on the later of the row's date and that day): running sum = the open debits past due.</li>
 * </ul>
 */
public record PeriodActivity(CurrencyCode currency, int period, Money net, Money sales, Money cash, Money debitPosted,
    Money debitSettled, Money overdue) {}
