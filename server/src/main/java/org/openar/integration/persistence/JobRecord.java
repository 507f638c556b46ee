package org.openar.integration.persistence;

import java.util.List;
import java.util.UUID;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobView;

/** A stored job: its view plus what a worker needs to run it (the staged file, mapping, sheet, header read). */
public record JobRecord(ImportJobView view, UUID uploadId, ColumnMapping mapping, String sheet, List<String> header) {}
