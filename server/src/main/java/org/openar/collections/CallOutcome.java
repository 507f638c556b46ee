package org.openar.collections;

/** How a call went. REACHED, PROMISED, DISPUTED, REFUSED and CALLBACK_REQUESTED count as a contact with the customer. */
public enum CallOutcome {
  REACHED(true),
  PROMISED(true),
  DISPUTED(true),
  REFUSED(true),
  CALLBACK_REQUESTED(true),
  NO_ANSWER(false),
  LEFT_MESSAGE(false),
  WRONG_NUMBER(false);

  private final boolean contact;

  CallOutcome(boolean contact) {
    this.contact = contact;
  }

  public boolean isContact() {
    return contact;
  }
}
