package org.openar.ledger.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Ledger.PostItem;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/** Fixture builder: {@code anInvoice().dueOn("2026-01-31").amount("100.00 CNY").postTo(book)}. */
public final class ItemBuilder {

  public static final CompanyId COMPANY = new CompanyId(UUID.fromString("00000000-0000-7000-8000-00000000c0de"));
  public static final CustomerId ACME = new CustomerId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
  public static final CustomerId GLOBEX = new CustomerId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
  private static int counter;

  private ItemType type;
  private CustomerId customer = ACME;
  private String number;
  private Integer installment;
  private Money amount = Money.of("100.00", "CNY");
  private LocalDate documentDate = LocalDate.parse("2026-01-01");
  private LocalDate dueDate;
  private LocalDate valueDate;
  private PaymentTerms terms;
  private String reference;

  private ItemBuilder(ItemType type, String prefix) {
    this.type = type;
    this.number = prefix + "-" + (++counter);
    if (type.side() == org.openar.ledger.Side.DEBIT) {
      this.dueDate = LocalDate.parse("2026-01-31");
    }
  }

  public static ItemBuilder anInvoice() {
    return new ItemBuilder(ItemType.INVOICE, "INV");
  }

  public static ItemBuilder aFee() {
    return new ItemBuilder(ItemType.FEE, "FEE");
  }

  public static ItemBuilder anInterestCharge() {
    return new ItemBuilder(ItemType.INTEREST, "INT");
  }

  public static ItemBuilder aPayment() {
    return new ItemBuilder(ItemType.PAYMENT, "PAY");
  }

  public static ItemBuilder anAdvance() {
    return new ItemBuilder(ItemType.ADVANCE, "ADV");
  }

  public static ItemBuilder aCreditNote() {
    return new ItemBuilder(ItemType.CREDIT_NOTE, "CN");
  }

  public ItemBuilder ofType(ItemType t) {
    this.type = t;
    return this;
  }

  public ItemBuilder number(String n) {
    this.number = n;
    return this;
  }

  public ItemBuilder installment(Integer n) {
    this.installment = n;
    return this;
  }

  public ItemBuilder of(CustomerId c) {
    this.customer = c;
    return this;
  }

  /** "100.00 CNY" */
  public ItemBuilder amount(String text) {
    this.amount = Money.parse(text);
    return this;
  }

  public ItemBuilder amount(Money m) {
    this.amount = m;
    return this;
  }

  public ItemBuilder dated(String date) {
    this.documentDate = LocalDate.parse(date);
    if (valueDate != null) {
      this.valueDate = documentDate;
    }
    return this;
  }

  public ItemBuilder dueOn(String date) {
    this.dueDate = date == null ? null : LocalDate.parse(date);
    return this;
  }

  public ItemBuilder receivedOn(String date) {
    this.valueDate = LocalDate.parse(date);
    this.documentDate = valueDate;
    return this;
  }

  public ItemBuilder terms(String code) {
    this.terms = PaymentTerms.parse(code);
    this.dueDate = null;
    return this;
  }

  public ItemBuilder reference(String r) {
    this.reference = r;
    return this;
  }

  public PostItem build() {
    return new PostItem(type, null, customer, number, installment, amount, documentDate, dueDate, valueDate, terms,
        reference, null, null);
  }

  public Item postTo(LedgerBook book) {
    return book.post(COMPANY, build());
  }
}
