package org.openar.notifications.domain;

import java.util.List;
import java.util.Map;
import org.openar.notifications.Channel;
import org.openar.notifications.TemplateTexts;

/**
 * The rendered parts of one message: subject and HTML/text bodies for e-mail, text for SMS, HTML for a letter (the
 * caller turns it into a PDF). Templates are validated when saved, so parsing here cannot fail for stored versions.
 */
public record RenderedTexts(String subject, String html, String text) {

  public static RenderedTexts render(TemplateTexts texts, Channel channel, Map<String, Object> values, boolean chinese) {
    return switch (channel) {
      case EMAIL -> {
        String html = part(texts.emailHtml(), values, true, chinese);
        String text = texts.emailText() == null || texts.emailText().isBlank()
            ? HtmlText.of(html) : part(texts.emailText(), values, false, chinese);
        // one line, whatever a value contains: a subject is a header
        String subject = part(texts.emailSubject(), values, false, chinese).replaceAll("[\\r\\n]+", " ").strip();
        yield new RenderedTexts(subject, html, text);
      }
      case SMS -> new RenderedTexts(null, null, part(texts.smsText(), values, false, chinese).strip());
      case LETTER -> new RenderedTexts(null, part(texts.letterHtml(), values, true, chinese), null);
    };
  }

  /** Renders one part; null stays null (a channel the template does not offer). */
  public static String part(String source, Map<String, Object> values, boolean html, boolean chinese) {
    if (source == null) {
      return null;
    }
    TemplateParser.Result parsed = TemplateParser.parse(source);
    if (!parsed.ok()) {
      throw new IllegalStateException("stored template does not parse: " + parsed.problem());
    }
    List<Node> nodes = parsed.nodes();
    return TemplateRenderer.render(nodes, values, html, chinese);
  }
}
