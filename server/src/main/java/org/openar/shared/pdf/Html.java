package org.openar.shared.pdf;

/** Escaping for text that goes into HTML (documents, e-mails): the one way untrusted text enters markup. */
public final class Html {

  private Html() {}

  /** Escapes {@code & < > " '} so the text can stand in element content and in quoted attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
