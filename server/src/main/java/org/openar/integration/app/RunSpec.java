package org.openar.integration.app;

import java.nio.file.Path;
import org.openar.customers.CompanyView;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportType;
import org.openar.integration.source.FileFacts;

/** One run of an import over a file. */
record RunSpec(ImportJobId jobId, CompanyView company, ImportType type, ColumnMapping mapping, Path file,
    FileFacts facts, String encoding, String sheet, boolean dryRun) {}
