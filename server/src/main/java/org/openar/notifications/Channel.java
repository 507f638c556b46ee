package org.openar.notifications;

/** How a message reaches its recipient; the recipient is an e-mail address, a phone number or a postal addressee. */
public enum Channel {
  EMAIL,
  SMS,
  LETTER
}
