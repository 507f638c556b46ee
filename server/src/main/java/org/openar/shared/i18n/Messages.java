package org.openar.shared.i18n;

import java.util.Locale;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.OpenArException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Translates message keys and error codes for the current request's language (or an explicit one). */
@Component
public class Messages {

  private final MessageSource source;

  public Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String key, Object... args) {
    return get(LocaleContextHolder.getLocale(), key, args);
  }

  public String get(Locale locale, String key, Object... args) {
    return source.getMessage(key, args, key, Locales.normalize(locale));
  }

  public String describe(Locale locale, ErrorCode code, Object... args) {
    return get(locale, code.messageKey(), args);
  }

  public String describe(Locale locale, OpenArException e) {
    return describe(locale, e.errorCode(), e.args().toArray());
  }

  public String title(Locale locale, ErrorCode code) {
    return get(locale, code.titleKey());
  }
}
