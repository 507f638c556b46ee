package org.openar.notifications;

import java.util.Objects;

/** A file sent with a message (a dunning letter PDF, a statement). File names may be Chinese. */
public record Attachment(String fileName, String contentType, byte[] content) {

  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
  }

  public static Attachment pdf(String fileName, byte[] content) {
    return new Attachment(fileName, "application/pdf", content);
  }
}
