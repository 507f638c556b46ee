package org.openar.customers;

import org.openar.shared.money.CurrencyCode;

/**
 * An account the customer pays from. {@code accountNumber} is as entered, {@code numberKey} the normalised form used
 * for matching ({@link PayerKeys#accountNumber}); {@code iban} tells whether it is a checksum-validated IBAN.
 * {@code currency} may be null (any currency).
 */
public record BankAccountView(BankAccountId id, CustomerId customerId, String accountNumber, String numberKey,
    boolean iban, String bankName, String holderName, String bic, CurrencyCode currency, long version) {}
