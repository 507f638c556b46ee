package org.openar.notifications.app;

/** Sends one text message; implementations say whether a failure is worth retrying. */
public interface SmsProvider {

  /**
   * @return the provider's answer or message reference, for the delivery log
   * @throws DeliveryException when the provider did not accept the message
   */
  String send(String to, String text) throws DeliveryException;
}
