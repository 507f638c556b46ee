package org.openar.notifications.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The plain-text alternative of an HTML e-mail when the template gives none: text with paragraphs and rows kept. */
public final class HtmlText {

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3",
      "h4", "h5", "h6", "table", "ul", "ol", "hr", "blockquote", "section", "article", "header", "footer");

  private HtmlText() {}

  public static String of(String html) {
    StringBuilder out = new StringBuilder();
    Jsoup.parse(html).body().traverse(new NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.text());
        } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th")) && e.elementSiblingIndex() > 0) {
          out.append("  ");
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append('\n');
        }
      }
    });
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }
}
