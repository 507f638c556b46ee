package org.openar.notifications;

/**
 * The texts of a template in one language. A channel is available when its parts are present: e-mail needs subject and
 * HTML (the plain-text part is derived from the HTML when absent), SMS its text, letters their HTML (rendered to an A4
 * PDF). Values are HTML-escaped in the HTML parts and inserted as they are in subject, text and SMS.
 */
public record TemplateTexts(String emailSubject, String emailHtml, String emailText, String smsText, String letterHtml) {

  public static TemplateTexts email(String subject, String html, String text) {
    return new TemplateTexts(subject, html, text, null, null);
  }

  public TemplateTexts withSms(String text) {
    return new TemplateTexts(emailSubject, emailHtml, emailText, text, letterHtml);
  }

  public TemplateTexts withLetter(String html) {
    return new TemplateTexts(emailSubject, emailHtml, emailText, smsText, html);
  }

  public boolean supports(Channel channel) {
    return switch (channel) {
      case EMAIL -> present(emailSubject) && present(emailHtml);
      case SMS -> present(smsText);
      case LETTER -> present(letterHtml);
    };
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
