package org.openar.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Every module keeps its texts in {@code i18n/<module>.properties} (English) and {@code i18n/<module>_zh_CN.properties}
 * (Simplified Chinese), so modules never edit each other's bundles; this finds them all.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfig {

  public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, ZH_CN);

  @Bean
  public MessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(bundleBasenames().toArray(String[]::new));
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(Locale.ENGLISH);
    source.setUseCodeAsDefaultMessage(true);
    source.setAlwaysUseMessageFormat(true); // so an apostrophe is always written '' in every bundle
    return source;
  }

  @Bean
  public LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
      @Override
      public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
        return Locales.normalize(super.resolveLocale(request));
      }
    };
    resolver.setSupportedLocales(List.of(Locale.ENGLISH, ZH_CN, Locale.CHINESE));
    resolver.setDefaultLocale(Locale.ENGLISH);
    return resolver;
  }

  /** Base names of all bundles on the classpath: {@code i18n/ledger}, {@code i18n/shared}, ... */
  public static List<String> bundleBasenames() {
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
      TreeSet<String> names = new TreeSet<>();
      for (Resource r : resources) {
        String file = r.getFilename();
        if (file == null || file.contains("_")) {
          continue;
        }
        names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
