package org.openar.integration.app;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The transaction shapes imports use: a chunk (a new transaction) and a savepoint inside it for one row's work. */
@Component
class Transactions {

  private final TransactionTemplate chunk;
  private final TransactionTemplate savepoint;

  Transactions(PlatformTransactionManager manager) {
    this.chunk = new TransactionTemplate(manager);
    this.chunk.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.savepoint = new TransactionTemplate(manager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  TransactionTemplate chunk() {
    return chunk;
  }

  /** Rolls back only its own work when what runs in it fails; the chunk goes on. */
  TransactionTemplate savepoint() {
    return savepoint;
  }
}
