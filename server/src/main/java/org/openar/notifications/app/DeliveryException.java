package org.openar.notifications.app;

/**
 * A delivery that did not happen. {@code permanent}: retrying cannot help (address rejected, provider says invalid);
 * {@code channelDown}: the server or provider could not be reached at all, so this pass stops using the channel rather
 * than spending an attempt of every queued message on the same outage.
 */
public class DeliveryException extends Exception {

  private final boolean permanent;
  private final boolean channelDown;

  public DeliveryException(String message, boolean permanent, boolean channelDown, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
    this.channelDown = channelDown;
  }

  public static DeliveryException transientFailure(String message, Throwable cause) {
    return new DeliveryException(message, false, false, cause);
  }

  public static DeliveryException unreachable(String message, Throwable cause) {
    return new DeliveryException(message, false, true, cause);
  }

  public static DeliveryException permanent(String message, Throwable cause) {
    return new DeliveryException(message, true, false, cause);
  }

  public boolean permanent() {
    return permanent;
  }

  public boolean channelDown() {
    return channelDown;
  }
}
