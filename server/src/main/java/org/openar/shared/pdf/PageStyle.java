package org.openar.shared.pdf;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.shared.i18n.Locales;

/** The default page: A4, margins, the embedded font, a running header and the translated page-number footer. */
final class PageStyle {

  static final String HEADER_ID = "openar-running-header";

  private static final Pattern ARGUMENT = Pattern.compile("\\{([01])}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private PageStyle() {}

  static String css(Locale locale) {
    return """
        @page {
          size: A4;
          margin: 22mm 18mm 20mm 18mm;
          @top-center { content: element(openar-header); }
          @bottom-center { content: %s; font-family: '%s'; font-size: 8pt; color: #555555; }
        }
        html, body { font-family: '%s', sans-serif; font-size: 10pt; line-height: 1.45; color: #111111; }
        #%s { position: running(openar-header); font-size: 8pt; color: #555555; }
        h1, h2, h3, b, strong, th { font-weight: 700; }
        table { border-collapse: collapse; width: 100%%; }
        th, td { text-align: left; padding: 2pt 4pt; vertical-align: top; }
        .num { text-align: right; }
        .page-break { page-break-before: always; }
        """.formatted(footerContent(locale), PdfRenderer.FONT_FAMILY, PdfRenderer.FONT_FAMILY, HEADER_ID);
  }

  /** "第 {0} 页 / 共 {1} 页" from the bundle becomes CSS content with the page counters in place of the arguments. */
  static String footerContent(Locale locale) {
    String pattern = ResourceBundle.getBundle("i18n/pdf", Locales.normalize(locale), NO_FALLBACK).getString("pdf.footer");
    StringBuilder css = new StringBuilder();
    Matcher m = ARGUMENT.matcher(pattern);
    int last = 0;
    while (m.find()) {
      css.append(cssString(pattern.substring(last, m.start())));
      css.append(m.group(1).equals("0") ? " counter(page) " : " counter(pages) ");
      last = m.end();
    }
    css.append(cssString(pattern.substring(last)));
    return css.toString().trim();
  }

  private static String cssString(String text) {
    return text.isEmpty() ? "" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
