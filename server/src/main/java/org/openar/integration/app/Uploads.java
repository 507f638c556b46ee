package org.openar.integration.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openar.integration.ImportJobView;
import org.openar.integration.IntegrationError;
import org.openar.integration.UploadId;
import org.openar.integration.UploadView;
import org.openar.integration.persistence.JobRecord;
import org.openar.integration.persistence.JobRepository;
import org.openar.integration.persistence.UploadRepository;
import org.openar.integration.persistence.UploadRepository.StoredUpload;
import org.openar.integration.source.FileFacts;
import org.openar.integration.source.FileFormat;
import org.openar.integration.source.Sources;
import org.openar.shared.error.OpenArException;
import org.openar.shared.id.Ids;
import org.openar.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Staged uploads: the file is stored under the data directory while it is hashed and inspected, so the wizard sends it
 * once and previews and the import read it from disk. An upload belongs to the user who sent it; others get "not
 * found". Uploads older than the retention are removed (unless a job still reads them).
 */
@Service
public class Uploads {

  private static final Logger log = LoggerFactory.getLogger(Uploads.class);
  static final int SAMPLE_ROWS = 20;

  private final UploadRepository uploads;
  private final JobRepository jobs;
  private final Clock clock;
  private final Path dir;
  private final IntegrationProperties properties;

  Uploads(UploadRepository uploads, JobRepository jobs, Clock clock, IntegrationProperties properties,
      @Value("${openar.data-dir:data}") String dataDir) {
    this.uploads = uploads;
    this.jobs = jobs;
    this.clock = clock;
    this.properties = properties;
    this.dir = properties.storageDir() != null ? Path.of(properties.storageDir()) : Path.of(dataDir, "imports");
  }

  /** A staged file and what it is. */
  record Staged(StoredUpload upload, FileFacts facts) {
    Path path() {
      return Path.of(upload.path());
    }
  }

  UploadView stage(String fileName, InputStream content, String encoding, String sheet, Actor actor) {
    UUID id = Ids.newId();
    try {
      Files.createDirectories(dir);
      Path path = dir.resolve(id + ".upload");
      FileFacts facts;
      try (OutputStream out = Files.newOutputStream(path)) {
        facts = org.openar.integration.source.FileInspector.copy(content, out);
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(path);
        throw e;
      }
      uploads.insert(new StoredUpload(id, actor.username(), cleanName(fileName), path.toString(), facts.size(),
          facts.sha256(), facts.format().name(), facts.detectedEncoding(), clock.instant()));
      return view(get(new UploadId(id), actor), encoding, sheet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Staged get(UploadId id, Actor actor) {
    StoredUpload u = uploads.find(id.value()).filter(x -> x.owner().equals(actor.username()) || actor.isSystem())
        .filter(x -> Files.isRegularFile(Path.of(x.path())))
        .orElseThrow(() -> new OpenArException(IntegrationError.INTEGRATION_UPLOAD_NOT_FOUND, id).onField("uploadId"));
    return new Staged(u, new FileFacts(u.sha256(), u.size(), FileFormat.valueOf(u.format()), u.encoding()));
  }

  UploadView view(Staged s, String encoding, String sheet) {
    try {
      TableSample sample = TableSample.read(s.path(), s.facts(), encoding, sheet, '.', SAMPLE_ROWS);
      List<ImportJobView> earlier = jobs.sameFile(null, null, s.facts().sha256()).stream().map(JobRecord::view)
          .toList();
      StoredUpload u = s.upload();
      return new UploadView(new UploadId(u.id()), u.fileName(), u.size(), u.sha256(), u.format(),
          sample.encoding(), Sources.sheets(s.path(), s.facts()), sheet, sample.header(), sample.cells(), earlier);
    } catch (IOException e) {
      throw new OpenArException(IntegrationError.INTEGRATION_UNREADABLE_FILE, e.getMessage());
    }
  }

  /** Staged files past the retention go (the job runner calls this hourly on a server). */
  void removeExpired() {
    for (StoredUpload u : uploads.expired(clock.instant().minus(properties.uploadRetention()))) {
      try {
        Files.deleteIfExists(Path.of(u.path()));
        uploads.delete(u.id());
      } catch (IOException | RuntimeException e) {
        log.warn("could not remove staged upload {}: {}", u.path(), e.toString());
      }
    }
  }

  static String cleanName(String name) {
    String n = name == null || name.isBlank() ? "upload" : Path.of(name.replace('\\', '/')).getFileName().toString();
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
