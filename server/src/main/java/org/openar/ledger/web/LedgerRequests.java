package org.openar.ledger.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.FxRates.NewFxRate;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger.AllocationLine;
import org.openar.ledger.Ledger.PostItem;
import org.openar.ledger.LedgerError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** Request bodies of the ledger API. */
final class LedgerRequests {

  private LedgerRequests() {}

  /** An item to post; {@code paymentTerms} in the compact form ({@code 2/10,NET30}). */
  record PostItemRequest(
      @NotNull ItemType type,
      UUID companyId,
      @NotNull UUID customerId,
      @NotBlank String documentNumber,
      Integer installmentNo,
      @NotNull Money amount,
      @NotNull LocalDate documentDate,
      LocalDate dueDate,
      LocalDate valueDate,
      String paymentTerms,
      String reference,
      String description,
      String externalRef) {

    PostItem command() {
      return new PostItem(type, companyId == null ? null : new CompanyId(companyId), new CustomerId(customerId),
          documentNumber, installmentNo, amount, documentDate, dueDate, valueDate, terms(paymentTerms), reference,
          description, externalRef);
    }
  }

  /**
   * A receipt: PAYMENT (default) or ADVANCE, received on {@code valueDate}, optionally applied at once to debits.
   * {@code documentDate} defaults to the value date.
   */
  record ReceiptRequest(
      ItemType type,
      UUID companyId,
      @NotNull UUID customerId,
      @NotBlank String documentNumber,
      @NotNull Money amount,
      @NotNull LocalDate valueDate,
      LocalDate documentDate,
      String reference,
      String description,
      String externalRef,
      LocalDate effectiveDate,
      List<@Valid LineRequest> allocations) {

    PostItem command() {
      return new PostItem(type == null ? ItemType.PAYMENT : type, companyId == null ? null : new CompanyId(companyId),
          new CustomerId(customerId), documentNumber, null, amount, documentDate == null ? valueDate : documentDate,
          null, valueDate, null, reference, description, externalRef);
    }

    List<AllocationLine> lines() {
      return allocations == null ? List.of() : allocations.stream().map(LineRequest::line).toList();
    }
  }

  /** One debit to apply to; no amount means "what settles it" (after any discount earned). */
  record LineRequest(@NotNull UUID debitItemId, Money amount, Boolean takeDiscount) {
    AllocationLine line() {
      return new AllocationLine(new ItemId(debitItemId), amount, takeDiscount);
    }
  }

  record AllocateRequest(@NotNull UUID creditItemId, LocalDate effectiveDate, String note,
      @NotEmpty List<@Valid @NotNull LineRequest> lines) {}

  record UnallocateRequest(LocalDate effectiveDate, String note) {}

  record ReverseRequest(@NotBlank String reason, LocalDate date) {}

  record FxRateRequest(@NotNull CurrencyCode from, @NotNull CurrencyCode to, @NotNull LocalDate validFrom,
      @NotNull BigDecimal rate, String source) {
    NewFxRate command() {
      return new NewFxRate(from, to, validFrom, rate, source);
    }
  }

  /** What makes two calls with one idempotency key "the same": the path's id and the body. */
  record Keyed(UUID id, Object body) {}

  static PaymentTerms terms(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return PaymentTerms.parse(code);
    } catch (IllegalArgumentException e) {
      throw new OpenArException(LedgerError.LEDGER_INVALID_TERMS, code, e.getMessage()).onField("paymentTerms");
    }
  }

  static CurrencyCode currency(String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return CurrencyCode.of(code.trim());
    } catch (OpenArException e) {
      throw e.onField(field);
    }
  }
}
