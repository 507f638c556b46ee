package org.openar.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerView;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingItem;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.reporting.StatementDocument;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** A statement of account as JSON: codes and amounts, no translated texts (the client labels them). */
record StatementResponse(Party company, Party customer, List<String> address, Contact contact, LocalDate from,
    LocalDate to, LocalDate issuedOn, List<Section> sections) {

  record Party(UUID id, String code, String nameZh, String nameEn, String taxId) {}

  record Contact(String name, String email, String phone, String language) {}

  record Section(CurrencyCode currency, Money opening, List<Line> lines, Money debits, Money credits, Money closing,
      List<Application> applications, Aging aging, List<OpenItem> openItems) {}

  record Line(UUID itemId, LocalDate date, ItemType type, Side side, String documentNumber, Integer installmentNo,
      String reference, LocalDate dueDate, ItemType reversedType, String reversedDocumentNumber, Money debit,
      Money credit, Money balance) {}

  record Application(LocalDate date, ItemType creditType, String creditDocumentNumber, String debitDocumentNumber,
      Integer debitInstallmentNo, Money amount, boolean undo) {}

  record Aging(List<String> buckets, List<Money> amounts, Money total) {}

  record OpenItem(UUID itemId, ItemType type, Side side, String documentNumber, Integer installmentNo,
      LocalDate documentDate, LocalDate dueDate, LocalDate valueDate, long daysPast, Money originalAmount,
      Money openAmount, Money signedAmount) {}

  static StatementResponse of(StatementDocument d) {
    CompanyView c = d.company();
    CustomerView cu = d.customer();
    ContactView ct = d.contact();
    return new StatementResponse(new Party(c.id().value(), c.code(), c.name(), c.nameEn(), null),
        new Party(cu.id().value(), cu.code(), cu.nameZh(), cu.nameEn(), cu.taxId()), d.address(),
        ct == null ? null : new Contact(ct.name(), ct.email(), ct.phone(), ct.language()), d.from(), d.to(),
        d.issuedOn(), d.sections().stream().map(StatementResponse::section).toList());
  }

  private static Section section(StatementDocument.Section s) {
    AccountStatement.Section a = s.account();
    return new Section(a.currency(), a.opening(), a.lines().stream().map(l -> new Line(l.itemId().value(), l.date(),
        l.type(), l.side(), l.documentNumber(), l.installmentNo(), l.reference(), l.dueDate(), l.reversedType(),
        l.reversedDocumentNumber(), l.debit(), l.credit(), l.balance())).toList(), a.debits(), a.credits(),
        a.closing(), a.applications().stream().map(x -> new Application(x.date(), x.creditType(),
            x.creditDocumentNumber(), x.debitDocumentNumber(), x.debitInstallmentNo(), x.amount(), x.undo()))
            .toList(),
        new Aging(s.aging().labels(), s.aging().buckets(), s.aging().total()),
        s.openItems().stream().map(StatementResponse::openItem).toList());
  }

  private static OpenItem openItem(AgingItem i) {
    return new OpenItem(i.id().value(), i.type(), i.side(), i.documentNumber(), i.installmentNo(), i.documentDate(),
        i.dueDate(), i.valueDate(), i.daysPast(), i.originalAmount(), i.openAmount(), i.signedAmount());
  }
}
