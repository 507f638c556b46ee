package org.openar.cashapp.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.customers.AliasSource;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.BankAccountData;
import org.openar.customers.Customers;
import org.openar.shared.error.OpenArException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learning from a person's match: the payer name becomes an alias of the customer (source LEARNED: learned from a
 * manual cash match) and an account nobody in the company pays from yet becomes one of its bank accounts, so the next
 * receipt from that payer is recognised. Done after the posting committed, each in its own transaction: a name the
 * customer master will not take (no letters, too long) must never undo the posting.
 */
@Component
class AliasLearner {

  private static final Logger log = LoggerFactory.getLogger(AliasLearner.class);

  /** What will be learned from a match; empty fields learn nothing. */
  record Lesson(CompanyId company, CustomerId customer, String payerName, String payerAccount) {

    List<String> describe() {
      List<String> out = new ArrayList<>();
      if (!payerName.isBlank()) {
        out.add("name:" + payerName);
      }
      if (!payerAccount.isBlank()) {
        out.add("account:" + payerAccount);
      }
      return out;
    }
  }

  private final Customers customers;
  private final CustomerMasterData masterData;
  private final TransactionTemplate tx;

  AliasLearner(Customers customers, CustomerMasterData masterData, PlatformTransactionManager txm) {
    this.customers = customers;
    this.masterData = masterData;
    this.tx = new TransactionTemplate(txm);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Learns once the current transaction commits (at once when there is none). */
  void learnAfterCommit(Lesson lesson) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      learn(lesson);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        learn(lesson);
      }
    });
  }

  void learn(Lesson l) {
    if (!l.payerName().isBlank()) {
      attempt(l, "alias", () -> customers.addAlias(l.customer(), l.payerName().strip(), AliasSource.LEARNED));
    }
    if (!l.payerAccount().isBlank()) {
      attempt(l, "account", () -> {
        if (customers.findByBankAccount(l.company(), l.payerAccount()).isEmpty()) {
          masterData.addBankAccount(l.customer(), new BankAccountData(l.payerAccount().strip(), null,
              l.payerName().isBlank() ? null : cut(l.payerName().strip(), 100), null, null));
        }
      });
    }
  }

  private void attempt(Lesson l, String what, Runnable action) {
    try {
      tx.executeWithoutResult(s -> action.run());
    } catch (OpenArException e) {
      log.info("not learning the {} of {} for customer {}: {}", what, l.describe(), l.customer(), e.getMessage());
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
