package org.openar.cashapp.app;

import java.util.List;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.domain.AccountNumbers;
import org.openar.cashapp.persistence.HouseAccountRepository;
import org.openar.cashapp.statement.Statement;
import org.openar.cashapp.statement.StatementLine;
import org.openar.customers.CompanyId;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;

/**
 * Finds the house account a statement is for and checks it may be imported there: a registered, active account (of
 * the given company, for a company's folder) that accepts the statement's currency. A statement for an account that
 * is not the company's is refused with the account shown.
 */
@Component
class AccountResolver {

  private final HouseAccountRepository accounts;
  private final Customers customers;

  AccountResolver(HouseAccountRepository accounts, Customers customers) {
    this.accounts = accounts;
    this.customers = customers;
  }

  HouseAccount resolve(Statement s, HouseAccount chosen, CompanyId company, String source) {
    HouseAccount account = chosen != null ? checkChosen(s, chosen) : lookUp(s, source);
    if (!account.active()) {
      throw new OpenArException(CashappError.CASHAPP_BANK_ACCOUNT_INACTIVE, account.accountNumber());
    }
    if (company != null && !company.equals(account.companyId())) {
      String code = customers.findCompany(company).map(CompanyView::code).orElse(company.toString());
      throw new OpenArException(CashappError.CASHAPP_ACCOUNT_OF_OTHER_COMPANY, account.accountNumber(), code);
    }
    if (account.currency() != null) {
      for (String currency : currencies(s)) {
        if (!currency.equals(account.currency().code())) {
          throw new OpenArException(CashappError.CASHAPP_CURRENCY_NOT_ACCEPTED, account.accountNumber(), currency,
              account.currency().code());
        }
      }
    }
    return account;
  }

  private static HouseAccount checkChosen(Statement s, HouseAccount chosen) {
    if (s.account() == null || s.account().isBlank()
        || AccountNumbers.candidates(s.account()).contains(chosen.accountKey())) {
      return chosen;
    }
    throw new OpenArException(CashappError.CASHAPP_ACCOUNT_MISMATCH, s.account(), chosen.accountNumber())
        .onField("bankAccountId");
  }

  private HouseAccount lookUp(Statement s, String source) {
    if (s.account() == null || s.account().isBlank()) {
      throw new OpenArException(CashappError.CASHAPP_ACCOUNT_REQUIRED, source).onField("bankAccountId");
    }
    List<HouseAccount> found = accounts.findByKeys(AccountNumbers.candidates(s.account()));
    if (found.isEmpty()) {
      throw new OpenArException(CashappError.CASHAPP_UNKNOWN_BANK_ACCOUNT, s.account());
    }
    return found.get(0);
  }

  private static java.util.Set<String> currencies(Statement s) {
    java.util.Set<String> all = new java.util.TreeSet<>();
    if (s.currency() != null && !s.currency().isBlank()) {
      all.add(s.currency());
    }
    for (StatementLine l : s.lines()) {
      all.add(l.amount().currency().code());
    }
    return all;
  }
}
