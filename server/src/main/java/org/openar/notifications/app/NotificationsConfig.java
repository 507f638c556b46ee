package org.openar.notifications.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the SMS provider from {@code openar.notifications.sms.provider}: {@code log} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class NotificationsConfig {

  @Bean
  SmsProvider smsProvider(NotificationsProperties properties) {
    return switch (properties.sms().provider()) {
      case "http" -> new HttpSmsProvider(properties.sms());
      case "log" -> new LogSmsProvider();
      default -> throw new IllegalStateException("unknown openar.notifications.sms.provider '"
          + properties.sms().provider() + "' (use log or http)");
    };
  }
}
