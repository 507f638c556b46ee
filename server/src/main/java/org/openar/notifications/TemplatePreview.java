package org.openar.notifications;

import java.util.Map;

/** A template rendered with sample (or given) data, per language tag ("zh-CN", "en"). */
public record TemplatePreview(Map<String, Rendered> languages) {

  /** The rendered parts; null where the template has no text for that channel. */
  public record Rendered(String emailSubject, String emailHtml, String emailText, String smsText, String letterHtml) {}
}
