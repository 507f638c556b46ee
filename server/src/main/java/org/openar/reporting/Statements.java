package org.openar.reporting;

import java.time.LocalDate;
import java.util.Locale;
import org.openar.customers.CustomerId;

/**
 * Customer statements of account. Both methods see what the current actor may see (the system actor of jobs sees
 * every customer) and refuse the same input:
 *
 * @see org.openar.ledger.AccountStatement for what the lines and balances mean
 */
public interface Statements {

  /**
   * The statement for {@code from}..{@code to} (inclusive): per currency the balance brought forward, every item
   * posted in the period with the running balance, the applications of receipts and credit notes, the closing balance,
   * the aging on {@code to} and the items open on {@code to}.
   *
   * @throws org.openar.shared.error.OpenArException CUSTOMERS_CUSTOMER_NOT_FOUND, REPORTING_INVALID_PERIOD
   *     ({@code from} after {@code to}), REPORTING_DATE_IN_FUTURE ({@code to} after today)
   */
  StatementDocument statement(CustomerId customer, LocalDate from, LocalDate to);

  /**
   * The same statement as an A4 PDF in {@code locale} (zh-CN or en; other locales fall back to English), with the
   * company letterhead, the customer's billing address and contact, and page numbers. Chinese text is embedded with
   * Noto Sans SC, so it renders on any reader.
   */
  byte[] statementPdf(CustomerId customer, LocalDate from, LocalDate to, Locale locale);
}
