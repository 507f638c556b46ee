package org.openar.integration.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.Customers;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.RejectedRow;
import org.openar.integration.domain.ColumnBinding;
import org.openar.integration.domain.KeyRows;
import org.openar.integration.domain.ParsedRow;
import org.openar.integration.domain.RowParser;
import org.openar.integration.domain.Schemas;
import org.openar.integration.persistence.RejectedRowRepository;
import org.openar.integration.source.RowPipeline;
import org.openar.integration.source.Sources;
import org.openar.integration.source.TabularSource;
import org.openar.shared.time.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Runs one import: reads the file on a pipeline thread, binds the mapping to the header, parses each row, rejects
 * duplicates within the file, and hands full chunks to the {@link ChunkExecutor}; rejected rows are stored as they
 * come (dry runs too: they show what an import would refuse). Progress goes to {@link Counters} as rows are read and
 * chunks commit.
 */
@Component
class ImportEngine {

  private static final int REJECT_FLUSH = 1000;

  private final Map<ImportType, ChunkImporter> importers = new EnumMap<>(ImportType.class);
  private final ChunkExecutor executor;
  private final Customers customers;
  private final CustomerMasterData masterData;
  private final Transactions transactions;
  private final RejectedRowRepository rejectedRows;
  private final BusinessCalendar calendar;

  ImportEngine(List<ChunkImporter> importers, ChunkExecutor executor, Customers customers,
      CustomerMasterData masterData, Transactions transactions, RejectedRowRepository rejectedRows,
      BusinessCalendar calendar) {
    importers.forEach(i -> this.importers.put(i.type(), i));
    this.executor = executor;
    this.customers = customers;
    this.masterData = masterData;
    this.transactions = transactions;
    this.rejectedRows = rejectedRows;
    this.calendar = calendar;
  }

  /** Called once the header is read and the mapping bound, before any row is written. */
  interface Started {
    void started(ColumnBinding binding, String encoding);
  }

  void run(RunSpec spec, Counters counters, Started started) throws IOException, InterruptedException {
    TabularSource source = Sources.open(spec.file(), spec.facts(), spec.encoding(), spec.sheet(),
        spec.mapping() == null ? '.' : spec.mapping().decimalChar());
    counters.bytes(source::bytesRead, () -> Math.max(source.totalBytes(), source.bytesRead()));
    try (RowPipeline pipeline = new RowPipeline(source, "import-reader-" + spec.jobId()).start()) {
      ColumnBinding binding = ColumnBinding.bind(Schemas.of(spec.type()), pipeline.header(), spec.mapping());
      started.started(binding, source.encoding());
      RowParser parser = new RowParser(binding, spec.mapping(), spec.company().baseCurrency());
      CustomerResolver resolver = new CustomerResolver(customers, masterData, transactions.savepoint(),
          spec.company(), spec.mapping() != null && spec.mapping().createsCustomers());
      ImportContext ctx = new ImportContext(spec.jobId(), spec.company(), parser, spec.dryRun(),
          calendar.withZone(spec.company().timeZone()).today(), resolver, counters);
      consume(pipeline, importers.get(spec.type()), ctx);
    }
  }

  private void consume(RowPipeline pipeline, ChunkImporter importer, ImportContext ctx)
      throws IOException, InterruptedException {
    int writers = ctx.customers.creates() ? 1 : importer.writers();
    try (ChunkWriter writer = new ChunkWriter("import-writer-" + ctx.jobId, writers)) {
      consume(pipeline, importer, ctx, writer);
      writer.finish();
    }
  }

  private void consume(RowPipeline pipeline, ChunkImporter importer, ImportContext ctx, ChunkWriter writer)
      throws IOException, InterruptedException {
    KeyRows keys = new KeyRows();
    List<ParsedRow> chunk = new ArrayList<>(Math.min(importer.chunkSize(), 100_000));
    List<RejectedRow> rejected = new ArrayList<>();
    for (RowPipeline.Batch b; (b = pipeline.next()) != null; ) {
      if (Thread.interrupted()) {
        throw new InterruptedException("import interrupted");
      }
      for (int i = 0; i < b.size(); i++) {
        ParsedRow row = parse(b.numbers()[i], b.cells()[i], importer, ctx, keys);
        if (!row.ok()) {
          rejected.add(new RejectedRow(row.number(), row.problems(), java.util.Arrays.asList(row.cells())));
          ctx.counters.rejected.incrementAndGet();
          continue;
        }
        chunk.add(row);
        if (chunk.size() >= importer.chunkSize()) {
          List<ParsedRow> full = List.copyOf(chunk);
          chunk.clear();
          writer.submit(() -> write(full, importer, ctx));
        }
      }
      if (rejected.size() >= REJECT_FLUSH) {
        flush(rejected, ctx);
      }
    }
    List<ParsedRow> last = List.copyOf(chunk);
    writer.submit(() -> write(last, importer, ctx));
    flush(rejected, ctx);
  }

  private static ParsedRow parse(long number, String[] cells, ChunkImporter importer, ImportContext ctx,
      KeyRows keys) {
    ParsedRow row = ctx.parser.parse(number, cells);
    ctx.counters.read.incrementAndGet();
    if (row.ok()) {
      checkKey(row, importer, ctx, keys);
    }
    return row;
  }

  private static void checkKey(ParsedRow row, ChunkImporter importer, ImportContext ctx, KeyRows keys) {
    String key = importer.key(row, ctx);
    long first = keys.firstUse(key, row.number());
    if (first != 0) {
      row.reject(ctx.problem(importer.keyField(), IntegrationError.INTEGRATION_DUPLICATE_ROW, key, first));
    }
  }

  /** On the writer thread: one chunk through the executor, then its counts and rejected rows. */
  private void write(List<ParsedRow> chunk, ChunkImporter importer, ImportContext ctx) {
    if (chunk.isEmpty()) {
      return;
    }
    List<RejectedRow> rejected = new ArrayList<>();
    ChunkResult r = executor.run(chunk, importer, ctx);
    ctx.counters.accepted.addAndGet(r.accepted());
    ctx.counters.present.addAndGet(r.present());
    ctx.counters.rejected.addAndGet(r.rejected().size());
    ctx.counters.created.set(ctx.customers.createdCount());
    r.rejected().forEach((row, problems) -> rejected.add(new RejectedRow(row.number(), problems,
        java.util.Arrays.asList(row.cells()))));
    flush(rejected, ctx);
  }

  private void flush(List<RejectedRow> rejected, ImportContext ctx) {
    if (!rejected.isEmpty()) {
      rejected.sort(java.util.Comparator.comparingLong(RejectedRow::rowNumber));
      rejectedRows.insert(ctx.jobId, rejected);
      rejected.clear();
    }
  }
}
