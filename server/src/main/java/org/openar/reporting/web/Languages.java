package org.openar.reporting.web;

import java.util.Locale;
import org.openar.reporting.ReportingError;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Locales;

/** The {@code lang} parameter of documents and exports: zh-CN or en, else the request's language. */
final class Languages {

  private Languages() {}

  static Locale parse(String lang, Locale requestLocale) {
    if (lang == null || lang.isBlank()) {
      return Locales.normalize(requestLocale);
    }
    String tag = lang.trim().replace('_', '-');
    if (tag.equalsIgnoreCase("zh-CN") || tag.equalsIgnoreCase("zh")) {
      return Locales.fromTag("zh-CN");
    }
    if (tag.equalsIgnoreCase("en") || tag.toLowerCase(Locale.ROOT).startsWith("en-")) {
      return Locale.ENGLISH;
    }
    throw new OpenArException(ReportingError.REPORTING_UNSUPPORTED_LANGUAGE, lang).onField("lang");
  }
}
