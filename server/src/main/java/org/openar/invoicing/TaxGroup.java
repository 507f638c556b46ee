package org.openar.invoicing;

import java.math.BigDecimal;
import org.openar.shared.money.Money;

/** The lines of one tax rate added up (the VAT summary by rate printed on the invoice). */
public record TaxGroup(BigDecimal taxRate, Money net, Money tax, Money gross) {}
