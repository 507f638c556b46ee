package org.openar.integration.app;

import java.util.List;
import org.openar.integration.ImportType;
import org.openar.integration.domain.ParsedRow;

/** Writes one chunk of parsed rows of one import type, inside the transaction the executor opened. */
interface ChunkImporter {

  ImportType type();

  /** The row's natural key within the file (duplicates in one file are rejected before any write). */
  String key(ParsedRow row, ImportContext ctx);

  /** The field the key is read from, where a duplicate is reported. */
  String keyField();

  int chunkSize();

  /**
   * Chunks of this type may be written at the same time, each in its own transaction, when the run creates no
   * customers: their rows never depend on another chunk's (duplicates within the file are refused before any write).
   */
  default int writers() {
    return 1;
  }

  /** Imports the rows; may throw {@link RowsRefused} to be run again without some of them. */
  ChunkResult importChunk(List<ParsedRow> rows, ImportContext ctx);
}
