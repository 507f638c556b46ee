package org.openar.invoicing;

import java.math.BigDecimal;
import org.openar.shared.money.Money;

/**
 * One line of a credit note. A line crediting an invoice line carries its {@code invoiceLineNo}, quantity and unit
 * price; a line crediting an amount at one tax rate has neither. Amounts are positive (what is credited).
 */
public record CreditNoteLine(int lineNo, Integer invoiceLineNo, String description, String unit, BigDecimal quantity,
    BigDecimal unitPrice, BigDecimal taxRate, Money netAmount, Money taxAmount, Money grossAmount) {}
