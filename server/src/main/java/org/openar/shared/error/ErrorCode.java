package org.openar.shared.error;

/**
 * A stable, documented error code. Each module declares its own enum implementing this interface, with codes prefixed
 * by the module (LEDGER_OVER_ALLOCATION). The translated title and detail come from the message keys
 * {@code error.<CODE>.title} and {@code error.<CODE>} in the module's i18n bundle; detail arguments are positional.
 */
public interface ErrorCode {

  /** Stable machine-readable code, e.g. {@code LEDGER_OVER_ALLOCATION}. Never renamed once published. */
  String code();

  ErrorKind kind();

  default String messageKey() {
    return "error." + code();
  }

  default String titleKey() {
    return "error." + code() + ".title";
  }
}
