package org.openar.notifications.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development provider: writes each SMS to the log instead of sending it, with the number partly masked. */
public class LogSmsProvider implements SmsProvider {

  private static final Logger log = LoggerFactory.getLogger(LogSmsProvider.class);

  @Override
  public String send(String to, String text) {
    String masked = to.length() <= 4 ? "****" : "*".repeat(to.length() - 4) + to.substring(to.length() - 4);
    log.info("SMS to {} ({} characters): {}", masked, text.length(), text);
    return "logged";
  }
}
