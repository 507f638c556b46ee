package org.openar.notifications.app;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.openar.notifications.Attachment;
import org.openar.notifications.persistence.ClaimedMessage;

/**
 * Builds the MIME message: UTF-8 subject and names, multipart/alternative of text and HTML, attachments whose
 * non-ASCII file names are written both ways clients read them (RFC 2231 {@code filename*} in Content-Disposition,
 * RFC 2047 in the Content-Type {@code name}), and a Message-ID derived from the message id, so a duplicate delivery after
 * a crash is recognisable as the same mail.
 */
final class MimeMessages {

  private MimeMessages() {}

  static MimeMessage build(Session session, NotificationsProperties.Mail config, ClaimedMessage m,
      List<Attachment> attachments, Instant now) throws MessagingException, UnsupportedEncodingException {
    String messageId = "<" + m.id() + "@" + domain(config.from()) + ">";
    MimeMessage mime = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    mime.setFrom(new InternetAddress(config.from(), config.fromName(), "UTF-8"));
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), m.recipientName(), "UTF-8"));
    if (config.replyTo() != null && !config.replyTo().isBlank()) {
      mime.setReplyTo(InternetAddress.parse(config.replyTo()));
    }
    mime.setSubject(m.subject(), "UTF-8");
    mime.setSentDate(Date.from(now));
    mime.setHeader("Content-Language", m.language());
    mime.setHeader("X-OpenAR-Message", m.idempotencyKey().replaceAll("[\\r\\n]", " "));
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(m.bodyText() == null ? "" : m.bodyText(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(m.bodyHtml() == null ? "" : m.bodyHtml(), "UTF-8", "html");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    if (attachments.isEmpty()) {
      mime.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (Attachment a : attachments) {
        mixed.addBodyPart(attachment(a));
      }
      mime.setContent(mixed);
    }
    mime.saveChanges();
    return mime;
  }

  private static MimeBodyPart attachment(Attachment a) throws MessagingException, UnsupportedEncodingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
    String name = a.fileName().replaceAll("[\\r\\n\"\\\\/]", "_");
    part.setHeader("Content-Type", a.contentType() + "; name=\"" + MimeUtility.encodeText(name, "UTF-8", "B") + "\"");
    ParameterList params = new ParameterList();
    params.set("filename", name, "UTF-8");
    ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT, params);
    part.setHeader("Content-Disposition", disposition.toString());
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  private static String domain(String from) {
    int at = from.lastIndexOf('@');
    return at < 0 ? "openar.local" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
  }

  private static final class Part {
    static final String ATTACHMENT = jakarta.mail.Part.ATTACHMENT;
  }
}
