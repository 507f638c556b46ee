package org.openar.cashapp.app;

import java.time.Instant;
import org.openar.cashapp.HouseAccountId;
import org.openar.customers.CompanyId;
import org.openar.shared.money.CurrencyCode;

/**
 * One of the company's own bank accounts. {@code currency} null accepts statements in any currency; {@code mapping}
 * is the saved column mapping for CSV/xlsx exports of this account (null: the contract columns).
 */
public record HouseAccount(HouseAccountId id, CompanyId companyId, String accountNumber, String accountKey,
    boolean iban, String name, String bankName, String bic, CurrencyCode currency, CsvMapping mapping,
    boolean active, long version, Instant createdAt, Instant updatedAt, String createdBy) {}
