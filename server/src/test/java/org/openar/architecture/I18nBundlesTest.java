package org.openar.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.i18n.I18nConfig;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Both languages are complete: same keys in every bundle pair, and every error code has a title and a message. */
class I18nBundlesTest {

  @Test
  void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
    List<String> basenames = I18nConfig.bundleBasenames();
    assertThat(basenames).contains("i18n/shared");
    for (String base : basenames) {
      Properties en = load(base + ".properties");
      Properties zh = load(base + "_zh_CN.properties");
      assertThat(zh).as("%s_zh_CN.properties must exist", base).isNotNull();
      assertThat(new TreeSet<>(zh.stringPropertyNames()))
          .as("keys of %s in zh-CN vs en", base)
          .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
      for (String key : en.stringPropertyNames()) {
        assertThat(en.getProperty(key)).as("%s in %s", key, base).isNotBlank();
        assertThat(zh.getProperty(key)).as("%s in %s_zh_CN", key, base).isNotBlank();
      }
    }
  }

  @Test
  void everyErrorCodeIsTranslatedInBothLanguages() throws Exception {
    Set<String> en = new TreeSet<>();
    Set<String> zh = new TreeSet<>();
    for (String base : I18nConfig.bundleBasenames()) {
      en.addAll(load(base + ".properties").stringPropertyNames());
      Properties z = load(base + "_zh_CN.properties");
      if (z != null) {
        zh.addAll(z.stringPropertyNames());
      }
    }
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
    List<String> missing = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    for (BeanDefinition bd : scanner.findCandidateComponents("org.openar")) {
      Class<?> type = Class.forName(bd.getBeanClassName());
      if (!type.isEnum()) {
        continue;
      }
      for (Object constant : type.getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        assertThat(codes.add(code.code())).as("error code %s is declared twice", code.code()).isTrue();
        for (String key : List.of(code.messageKey(), code.titleKey())) {
          if (!en.contains(key)) {
            missing.add("en: " + key);
          }
          if (!zh.contains(key)) {
            missing.add("zh-CN: " + key);
          }
        }
      }
    }
    assertThat(codes).isNotEmpty();
    assertThat(missing).as("untranslated error codes").isEmpty();
  }

  private static Properties load(String path) throws IOException {
    try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
