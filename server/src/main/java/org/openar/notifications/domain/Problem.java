package org.openar.notifications.domain;

import java.util.List;
import org.openar.notifications.NotificationsError;

/** Something wrong with a template or its data: a stable code and the message arguments (name, line, column...). */
public record Problem(NotificationsError code, List<Object> args) {

  public static Problem of(NotificationsError code, Object... args) {
    return new Problem(code, List.of(args));
  }
}
