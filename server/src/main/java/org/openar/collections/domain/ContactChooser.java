package org.openar.collections.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openar.collections.ContactChannel;
import org.openar.collections.StepChannel;

/** Picks the recipient of a step: the best-ranked contact reachable on the channel, never an opted-out one. */
public final class ContactChooser {

  private ContactChooser() {}

  /**
   * @param postalAddress the customer's billing (else registered) address on one line, null when it has none
   * @param customerName addressee of a letter when the customer has no contacts
   * @param defaultLanguage language of a letter without a contact
   */
  public static Optional<ContactChoice> choose(StepChannel channel, List<ContactOption> contacts,
      String postalAddress, String customerName, String defaultLanguage) {
    return switch (channel) {
      case EMAIL -> best(contacts, ContactChannel.EMAIL).map(c -> new ContactChoice(c.id(), c.name(), c.email(),
          c.language()));
      case SMS -> best(contacts, ContactChannel.SMS).map(c -> new ContactChoice(c.id(), c.name(), c.phone(),
          c.language()));
      case PHONE_TASK -> best(contacts, ContactChannel.PHONE).map(c -> new ContactChoice(c.id(), c.name(), c.phone(),
          c.language()));
      case LETTER -> letter(contacts, postalAddress, customerName, defaultLanguage);
      case ESCALATE_AGENCY, ESCALATE_LEGAL -> Optional.empty();
    };
  }

  private static Optional<ContactOption> best(List<ContactOption> contacts, ContactChannel channel) {
    return contacts.stream().filter(c -> c.reachable(channel)).min(Comparator.comparingInt(ContactOption::rank));
  }

  private static Optional<ContactChoice> letter(List<ContactOption> contacts, String address, String customerName,
      String defaultLanguage) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    if (contacts.isEmpty()) {
      return Optional.of(new ContactChoice(null, customerName, address, defaultLanguage));
    }
    return best(contacts, ContactChannel.LETTER).map(c -> new ContactChoice(c.id(), c.name(), address, c.language()));
  }
}
