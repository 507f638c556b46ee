package org.openar.customers;

import java.time.ZoneId;
import org.openar.shared.money.CurrencyCode;

/** A legal entity that issues invoices; every document belongs to one. */
public record CompanyView(CompanyId id, String code, String name, String nameEn, CurrencyCode baseCurrency, ZoneId timeZone) {}
