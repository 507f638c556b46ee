package org.openar.integration.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openar.integration.source.FileFacts;
import org.openar.integration.source.RowSink;
import org.openar.integration.source.Sources;
import org.openar.integration.source.TabularSource;

/** The header and first rows of a file (what the wizard shows and previews are computed on). */
record TableSample(List<String> header, List<Long> numbers, List<String[]> rows, String encoding) {

  static TableSample read(Path file, FileFacts facts, String encoding, String sheet, char decimal, int max)
      throws IOException {
    TabularSource source = Sources.open(file, facts, encoding, sheet, decimal);
    List<String> header = new ArrayList<>();
    List<Long> numbers = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    source.read(new RowSink() {
      @Override
      public void header(List<String> names) {
        header.addAll(names);
      }

      @Override
      public boolean row(long number, String[] cells) {
        numbers.add(number);
        rows.add(cells);
        return rows.size() < max;
      }
    });
    return new TableSample(header, numbers, rows, source.encoding());
  }

  List<List<String>> cells() {
    return rows.stream().map(r -> java.util.Arrays.asList(r)).map(l -> (List<String>) l).toList();
  }
}
