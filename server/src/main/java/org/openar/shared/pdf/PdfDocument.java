package org.openar.shared.pdf;

import java.util.Locale;
import java.util.Objects;

/**
 * What to render: an HTML body (a fragment, or a whole {@code <html>} document), an optional running header repeated on
 * every page, a title for the PDF metadata, extra CSS, and the language that picks the footer ("第 x 页 / 共 y 页" or
 * "Page x of y"). Every piece is trusted markup: escape untrusted values with {@link Html#escape} before they get here.
 */
public record PdfDocument(String title, String headerHtml, String bodyHtml, String css, Locale locale) {

  public PdfDocument {
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    locale = locale == null ? Locale.ENGLISH : locale;
  }

  public static PdfDocument of(String bodyHtml, Locale locale) {
    return new PdfDocument(null, null, bodyHtml, null, locale);
  }

  public PdfDocument withTitle(String newTitle) {
    return new PdfDocument(newTitle, headerHtml, bodyHtml, css, locale);
  }

  public PdfDocument withHeader(String newHeaderHtml) {
    return new PdfDocument(title, newHeaderHtml, bodyHtml, css, locale);
  }

  public PdfDocument withCss(String newCss) {
    return new PdfDocument(title, headerHtml, bodyHtml, newCss, locale);
  }
}
