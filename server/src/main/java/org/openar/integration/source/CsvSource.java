package org.openar.integration.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.OpenArException;

/**
 * CSV (RFC 4180: quoted cells may hold delimiters and line breaks) in any encoding, decoded strictly so a wrongly
 * chosen encoding stops with the row where it went wrong instead of importing garbled names. The delimiter (comma,
 * semicolon, tab or bar) is the one the header line uses most; a byte-order mark is skipped.
 */
final class CsvSource implements TabularSource {

  private final Path file;
  private final Charset charset;
  private final String encodingName;
  private final long total;
  private CountingInputStream counter;

  CsvSource(Path file, Charset charset, String encodingName) throws IOException {
    this.file = file;
    this.charset = charset;
    this.encodingName = encodingName;
    this.total = Files.size(file);
  }

  @Override
  public void read(RowSink sink) throws IOException {
    char delimiter = delimiter();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    counter = new CountingInputStream(Files.newInputStream(file));
    long lastRecord = 0;
    try (Reader reader = reader(counter); CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format)
        .get()) {
      boolean headerSeen = false;
      for (CSVRecord r : csv) {
        lastRecord = r.getRecordNumber();
        String[] cells = r.values();
        if (blank(cells)) {
          continue;
        }
        if (!headerSeen) {
          sink.header(header(cells));
          headerSeen = true;
        } else if (!sink.row(r.getRecordNumber(), cells)) {
          return;
        }
      }
      if (!headerSeen) {
        throw new OpenArException(IntegrationError.INTEGRATION_NO_HEADER);
      }
    } catch (UncheckedIOException e) {
      throw failure(e.getCause(), lastRecord + 1);
    } catch (CharacterCodingException e) {
      throw failure(e, lastRecord + 1);
    }
  }

  private OpenArException failure(IOException e, long row) {
    if (e instanceof CharacterCodingException) {
      return new OpenArException(IntegrationError.INTEGRATION_NOT_IN_ENCODING, encodingName, row);
    }
    return new OpenArException(IntegrationError.INTEGRATION_UNREADABLE_FILE, "CSV, row " + row + ": " + e.getMessage());
  }

  private Reader reader(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    skipBom(in);
    return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private void skipBom(InputStream in) throws IOException {
    in.mark(4);
    byte[] b = in.readNBytes(3);
    boolean utf8Bom = b.length == 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    in.reset();
    if (utf8Bom && charset.name().equals("UTF-8")) {
      in.skipNBytes(3);
    }
  }

  /** The delimiter the first non-blank line uses most, outside quotes. */
  private char delimiter() throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1 << 16);
    }
    String candidates = ",;\t|";
    int[] counts = count(new String(head, charset), candidates);
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    return candidates.charAt(best);
  }

  /** How often each candidate occurs outside quotes in the first line that has content. */
  private static int[] count(String text, String candidates) {
    int[] counts = new int[candidates.length()];
    boolean quoted = false;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted && candidates.indexOf(c) >= 0) {
        counts[candidates.indexOf(c)]++;
        content = true;
      } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
        content = true;
      }
    }
    return counts;
  }

  private static boolean blank(String[] cells) {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  static List<String> header(String[] cells) {
    List<String> h = new ArrayList<>(cells.length);
    for (String c : cells) {
      h.add(c == null ? "" : c.replace("\uFEFF", "").strip());
    }
    while (!h.isEmpty() && h.get(h.size() - 1).isEmpty()) {
      h.remove(h.size() - 1);
    }
    return h;
  }

  @Override
  public long bytesRead() {
    return counter == null ? 0 : counter.count();
  }

  @Override
  public long totalBytes() {
    return total;
  }

  @Override
  public String encoding() {
    return encodingName;
  }
}
