package org.openar.integration.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.openar.customers.CompanyId;
import org.openar.integration.DocumentAttributes;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportRequest;
import org.openar.integration.ImportResult;
import org.openar.integration.ImportType;
import org.openar.integration.ImportTypeSpec;
import org.openar.integration.Imports;
import org.openar.integration.Preview;
import org.openar.integration.RejectedRow;
import org.openar.integration.SavedMapping;
import org.openar.integration.UploadId;
import org.openar.integration.UploadView;
import org.openar.integration.domain.Schemas;
import org.openar.integration.persistence.AttributeRepository;
import org.openar.integration.persistence.JobRecord;
import org.openar.integration.persistence.JobRepository;
import org.openar.integration.persistence.RejectedRowRepository;
import org.openar.integration.source.FileFacts;
import org.openar.integration.source.FileInspector;
import org.openar.ledger.ItemType;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Service;

/** The facade: checks requests, then hands the work to uploads, previews, jobs and mappings. */
@Service
public class ImportsService implements Imports {

  private final Uploads uploads;
  private final Previews previews;
  private final ImportJobs jobs;
  private final JobRunner runner;
  private final Mappings mappings;
  private final Requests requests;
  private final JobRepository jobRows;
  private final RejectedRowRepository rejectedRows;
  private final AttributeRepository attributes;

  ImportsService(Uploads uploads, Previews previews, ImportJobs jobs, JobRunner runner, Mappings mappings,
      Requests requests, JobRepository jobRows, RejectedRowRepository rejectedRows, AttributeRepository attributes) {
    this.uploads = uploads;
    this.previews = previews;
    this.jobs = jobs;
    this.runner = runner;
    this.mappings = mappings;
    this.requests = requests;
    this.jobRows = jobRows;
    this.rejectedRows = rejectedRows;
    this.attributes = attributes;
  }

  @Override
  public List<ImportTypeSpec> types() {
    return Arrays.stream(ImportType.values()).map(t -> Schemas.of(t).spec()).toList();
  }

  @Override
  public UploadView stage(String fileName, InputStream content, String encoding, String sheet) {
    Requests.checkEncoding(encoding);
    return uploads.stage(fileName, content, encoding, sheet, CurrentActor.get());
  }

  @Override
  public UploadView restage(UploadId upload, String encoding, String sheet) {
    Requests.checkEncoding(encoding);
    return uploads.view(uploads.get(upload, CurrentActor.get()), encoding, sheet);
  }

  @Override
  public Preview preview(UploadId upload, PreviewRequest r) {
    Uploads.Staged file = uploads.get(upload, CurrentActor.get());
    Requests.checkEncoding(r.encoding());
    ImportType type = requests.type(r.type());
    Requests.checkOptions(r.mapping());
    int rows = r.rows() == null ? Uploads.SAMPLE_ROWS : Math.max(1, Math.min(200, r.rows()));
    return previews.preview(file, type, r.mapping(), requests.company(r.companyId()), r.encoding(), r.sheet(), rows);
  }

  @Override
  public ImportJobView start(UploadId upload, ImportRequest request) {
    Actor actor = CurrentActor.get();
    Uploads.Staged file = uploads.get(upload, actor);
    Requests.Checked c = requests.check(request, file.path(), file.facts());
    runner.checkCapacity();
    ImportJobView job = jobs.create(c.company(), c.request(), file.upload().fileName(), file.facts(),
        file.upload().id(), actor);
    RunSpec spec = c.spec(job.id(), file.path(), file.facts());
    JobRecord record = jobRows.find(job.id()).orElseThrow();
    Requests.afterCommit(() -> {
      try {
        runner.submit(() -> ActorScope.as(actor, () -> jobs.execute(record, spec, null)));
      } catch (org.openar.shared.error.OpenArException busy) { // filled up since the check: say so on the job
        jobs.refuse(job.id(), busy);
      }
    });
    return job;
  }

  @Override
  public ImportResult run(Path file, String fileName, ImportRequest request, Consumer<ImportJobView> progress) {
    Actor actor = CurrentActor.get();
    FileFacts facts;
    try {
      facts = FileInspector.inspect(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Requests.Checked c = requests.check(request, file, facts);
    ImportJobView job = jobs.create(c.company(), c.request(), Uploads.cleanName(fileName), facts, null, actor);
    JobRecord record = jobRows.find(job.id()).orElseThrow();
    ImportJobView done = jobs.execute(record, c.spec(job.id(), file, facts), progress);
    return new ImportResult(done, rejectedRows.page(done.id(), 0, 1000), rejectedRows.count(done.id()));
  }

  @Override
  public Optional<ImportJobView> find(ImportJobId id) {
    return jobs.find(id);
  }

  @Override
  public Page<ImportJobView> jobs(ImportType type, PageQuery page) {
    List<ImportJobView> items = jobRows.page(type, page.offset(), page.size()).stream()
        .map(r -> jobs.withLive(r.view())).toList();
    return new Page<>(items, jobRows.count(type), page.page(), page.size());
  }

  @Override
  public Page<RejectedRow> rejected(ImportJobId id, PageQuery page) {
    requests.job(id);
    return new Page<>(rejectedRows.page(id, page.offset(), page.size()), rejectedRows.count(id), page.page(),
        page.size());
  }

  @Override
  public void eachRejected(ImportJobId id, Consumer<RejectedRow> consumer) {
    requests.job(id);
    long after = 0;
    for (List<RejectedRow> slice; !(slice = rejectedRows.after(id, after, 5000)).isEmpty(); ) {
      slice.forEach(consumer);
      after = slice.get(slice.size() - 1).rowNumber();
    }
  }

  @Override
  public List<String> header(ImportJobId id) {
    return requests.job(id).header();
  }

  @Override
  public List<SavedMapping> mappings(ImportType type, CompanyId company) {
    return mappings.list(type, company, CurrentActor.get());
  }

  @Override
  public Optional<SavedMapping> preset(String key) {
    return mappings.preset(key).map(Mappings.Preset::mapping);
  }

  @Override
  public SavedMapping saveMapping(MappingDraft draft) {
    Requests.checkOptions(draft.mapping());
    return mappings.save(draft, CurrentActor.get());
  }

  @Override
  public SavedMapping updateMapping(UUID id, MappingDraft draft) {
    Requests.checkOptions(draft.mapping());
    return mappings.update(id, draft, CurrentActor.get());
  }

  @Override
  public void deleteMapping(UUID id) {
    mappings.delete(id, CurrentActor.get());
  }

  @Override
  public Optional<DocumentAttributes> documentAttributes(CompanyId company, ItemType type, String documentNumber) {
    return attributes.find(company, type, documentNumber);
  }

  @Override
  public Page<DocumentAttributes> disputedDocuments(CompanyId company, PageQuery page) {
    return new Page<>(attributes.disputed(company, page.offset(), page.size()), attributes.countDisputed(company),
        page.page(), page.size());
  }
}
