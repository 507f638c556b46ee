package org.openar.integration;

import java.util.List;

/**
 * A staged file: its name, size and SHA-256, the format and (CSV) encoding found, the sheets (xlsx), the header of the
 * read sheet and its first rows, and the earlier finished imports of the same bytes (a re-upload).
 */
public record UploadView(UploadId id, String fileName, long size, String sha256, String format, String encoding,
    List<String> sheets, String sheet, List<String> header, List<List<String>> sample,
    List<ImportJobView> earlierImports) {

  public UploadView {
    sheets = List.copyOf(sheets);
    header = List.copyOf(header);
    sample = sample.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    earlierImports = List.copyOf(earlierImports);
  }
}
