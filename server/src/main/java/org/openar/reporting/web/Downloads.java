package org.openar.reporting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that the browser saves as a file under the given name. */
final class Downloads {

  private Downloads() {}

  static HttpHeaders headers(String contentType, String filename) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.parseMediaType(contentType));
    h.setContentDisposition(ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build());
    h.setCacheControl("no-store");
    return h;
  }

  static ResponseEntity<byte[]> file(byte[] body, String contentType, String filename) {
    return ResponseEntity.ok().headers(headers(contentType, filename)).body(body);
  }
}
