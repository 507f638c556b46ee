package org.openar.shared.i18n;

import java.util.Locale;

/** The two languages OpenAR speaks; anything Chinese becomes zh-CN, anything else English. */
public final class Locales {

  private Locales() {}

  public static Locale normalize(Locale locale) {
    if (locale != null && "zh".equals(locale.getLanguage())) {
      return I18nConfig.ZH_CN;
    }
    return Locale.ENGLISH;
  }

  /** Parses a language tag such as {@code zh-CN}, {@code zh}, {@code en-US}. */
  public static Locale fromTag(String tag) {
    return normalize(tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.replace('_', '-')));
  }

  public static String tag(Locale locale) {
    return normalize(locale).equals(I18nConfig.ZH_CN) ? "zh-CN" : "en";
  }
}
