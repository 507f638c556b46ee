package org.openar.ledger.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openar.customers.CustomerId;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AccountStatement.Application;
import org.openar.ledger.AccountStatement.Line;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.ledger.persistence.StatementRepository.ApplicationRow;
import org.openar.ledger.persistence.StatementRepository.LineRow;
import org.openar.ledger.persistence.StatementRepository.Opening;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Puts the rows of a statement into sections per currency with running balances. */
final class StatementAssembler {

  private StatementAssembler() {}

  static AccountStatement assemble(CustomerId customer, LocalDate from, LocalDate to, List<Opening> openings,
      List<LineRow> lines, List<ApplicationRow> applications) {
    Map<String, Long> opening = new TreeMap<>();
    openings.forEach(o -> opening.put(o.currency(), o.net()));
    Map<String, List<LineRow>> linesBy = new TreeMap<>();
    lines.forEach(l -> linesBy.computeIfAbsent(l.currency(), c -> new ArrayList<>()).add(l));
    Map<String, List<ApplicationRow>> appsBy = new TreeMap<>();
    applications.forEach(a -> appsBy.computeIfAbsent(a.currency(), c -> new ArrayList<>()).add(a));
    TreeMap<String, Boolean> currencies = new TreeMap<>();
    opening.forEach((c, net) -> {
      if (net != 0) {
        currencies.put(c, true);
      }
    });
    linesBy.keySet().forEach(c -> currencies.put(c, true));
    appsBy.keySet().forEach(c -> currencies.put(c, true));
    List<AccountStatement.Section> sections = new ArrayList<>();
    for (String c : currencies.keySet()) {
      sections.add(section(CurrencyCode.of(c), opening.getOrDefault(c, 0L), linesBy.getOrDefault(c, List.of()),
          appsBy.getOrDefault(c, List.of())));
    }
    return new AccountStatement(customer, from, to, sections);
  }

  private static AccountStatement.Section section(CurrencyCode ccy, long opening, List<LineRow> rows,
      List<ApplicationRow> apps) {
    long balance = opening;
    long debits = 0;
    long credits = 0;
    List<Line> lines = new ArrayList<>(rows.size());
    for (LineRow r : rows) {
      Side side = Side.ofCode(r.side());
      balance += side.sign() * r.amount();
      if (side == Side.DEBIT) {
        debits += r.amount();
      } else {
        credits += r.amount();
      }
      Money amount = Money.ofMinor(r.amount(), ccy);
      lines.add(new Line(new ItemId(r.id()), r.ledgerDate(), ItemType.valueOf(r.type()), side, r.documentNumber(),
          r.installmentNo(), r.reference(), r.dueDate(),
          r.reversedType() == null ? null : ItemType.valueOf(r.reversedType()), r.reversedNumber(),
          side == Side.DEBIT ? amount : null, side == Side.CREDIT ? amount : null, Money.ofMinor(balance, ccy)));
    }
    List<Application> applications = apps.stream().map(a -> new Application(a.date(),
        ItemType.valueOf(a.creditType()), a.creditNumber(), a.debitNumber(), a.debitInstallment(),
        Money.ofMinor(a.amount(), ccy), a.undo())).toList();
    return new AccountStatement.Section(ccy, Money.ofMinor(opening, ccy), lines, Money.ofMinor(debits, ccy),
        Money.ofMinor(credits, ccy), Money.ofMinor(balance, ccy), applications);
  }
}
