package org.openar.invoicing;

import java.math.BigDecimal;
import org.openar.shared.money.Money;

/**
 * A line with its amounts: {@code listAmount} = quantity x unit price, {@code discountAmount} what the discount took
 * off it; {@code netAmount} + {@code taxAmount} = {@code grossAmount}, each rounded with the invoice's tax rounding.
 */
public record PricedLine(
    int lineNo,
    String description,
    String unit,
    BigDecimal quantity,
    BigDecimal unitPrice,
    BigDecimal discountPercent,
    BigDecimal taxRate,
    Money listAmount,
    Money discountAmount,
    Money netAmount,
    Money taxAmount,
    Money grossAmount) {}
