package org.openar.collections.app;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.openar.customers.CustomerId;
import org.openar.notifications.Attachment;
import org.springframework.stereotype.Component;

/**
 * The statement of account attached to dunning e-mails and enclosed with letters. Statements are the reporting
 * module's; until it offers its statement PDF there is nothing to attach, and dunning e-mails carry the dunning
 * letter only.
 */
@Component
class StatementAttachments {

  Optional<Attachment> statement(CustomerId customer, LocalDate asOf, Locale language) {
    return Optional.empty();
  }
}
