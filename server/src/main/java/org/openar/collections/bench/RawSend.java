package org.openar.collections.bench;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.Properties;
import org.openar.notifications.Attachment;
import org.openar.notifications.Channel;
import org.openar.notifications.MessageDetail;
import org.openar.notifications.MessageQuery;
import org.openar.notifications.MessageStatus;
import org.openar.notifications.MessageView;
import org.openar.notifications.Notifications;
import org.openar.shared.paging.PageQuery;
import org.springframework.context.ConfigurableApplicationContext;

/** The baseline of the send benchmark: the messages OpenAR just sent, sent again with bare Jakarta Mail. */
final class RawSend {

  record Result(int count, double seconds) {}

  private RawSend() {}

  static Result run(ConfigurableApplicationContext ctx, int port, int max) throws Exception {
    Notifications notifications = ctx.getBean(Notifications.class);
    List<MessageView> sent = notifications.search(new MessageQuery(MessageStatus.SENT, Channel.EMAIL, null, null,
        null, null, "dunning:", null, null), PageQuery.of(0, Math.min(max, PageQuery.MAX_SIZE))).items();
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(port));
    Session session = Session.getInstance(p);
    List<MimeMessage> messages = new java.util.ArrayList<>();
    for (MessageView v : sent) {
      messages.add(mime(session, v, notifications));
    }
    long t0 = System.nanoTime();
    try (Transport t = session.getTransport("smtp")) {
      t.connect();
      for (MimeMessage m : messages) {
        m.saveChanges();
        t.sendMessage(m, m.getAllRecipients());
      }
    }
    return new Result(messages.size(), (System.nanoTime() - t0) / 1e9);
  }

  private static MimeMessage mime(Session session, MessageView v, Notifications notifications) throws Exception {
    MessageDetail d = notifications.detail(v.id());
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress("bench@localhost"));
    m.setRecipient(Message.RecipientType.TO, new InternetAddress(v.recipient()));
    m.setSubject(v.subject(), "UTF-8");
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(d.bodyHtml(), "text/html; charset=UTF-8");
    mixed.addBodyPart(html);
    for (MessageDetail.AttachmentInfo info : d.attachments()) {
      Attachment a = notifications.attachment(v.id(), info.index());
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
      part.setFileName(a.fileName());
      mixed.addBodyPart(part);
    }
    m.setContent(mixed);
    return m;
  }
}
