package org.openar.integration;

import java.util.UUID;

/** A file staged for preview and import; staged files are removed after a day. */
public record UploadId(UUID value) {

  @Override
  public String toString() {
    return value.toString();
  }
}
