package org.openar.integration.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openar.customers.CompanyView;
import org.openar.customers.Customers;
import org.openar.integration.ColumnMapping;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportProgress;
import org.openar.integration.ImportStatus;
import org.openar.integration.ImportType;
import org.openar.integration.IntegrationError;
import org.openar.integration.persistence.JobRepository;
import org.openar.shared.id.Ids;
import org.openar.shared.money.CurrencyCode;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** After a stop, the jobs that were running are failed with the reason and their counts: no import stays "running". */
@OpenArIntegrationTest
class JobRecoveryTest {

  @Autowired JobRunner runner;
  @Autowired JobRepository jobs;
  @Autowired NodeName node;
  @Autowired Customers customers;
  @Autowired JdbcClient jdbc;

  @Test
  void jobsThisNodeWasRunningAndSilentJobsElsewhereAreFailedOnStart() {
    CompanyView company = customers.createCompany(new Customers.NewCompany("REC" + Ids.newId().toString()
        .substring(0, 6), "恢复", "Recovery", CurrencyCode.CNY, java.time.ZoneId.of("Asia/Shanghai")));
    ImportJobId mine = job(company, node.value(), ImportStatus.RUNNING, Instant.now());
    ImportJobId queued = job(company, node.value(), ImportStatus.QUEUED, Instant.now());
    ImportJobId elsewhereAlive = job(company, "other-node", ImportStatus.RUNNING, Instant.now());
    ImportJobId elsewhereSilent = job(company, "other-node", ImportStatus.RUNNING,
        Instant.now().minus(JobRunner.STALE).minusSeconds(60));
    jobs.progress(mine, new ImportProgress(1500, 1000, 3, 0, 0, 10, 100), Instant.now());

    assertThat(runner.recover()).extracting(u -> new ImportJobId(u))
        .contains(mine, queued, elsewhereSilent).doesNotContain(elsewhereAlive);

    ImportJobView failed = jobs.find(mine).orElseThrow().view();
    assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
    assertThat(failed.failureCode()).isEqualTo(IntegrationError.INTEGRATION_JOB_INTERRUPTED.code());
    assertThat(failed.failureArgs()).containsExactly("1500", "1000");
    assertThat(failed.finishedAt()).isNotNull();
    assertThat(jobs.find(elsewhereAlive).orElseThrow().view().status()).isEqualTo(ImportStatus.RUNNING);
  }

  private ImportJobId job(CompanyView company, String nodeName, ImportStatus status, Instant heartbeat) {
    ImportJobView v = new ImportJobView(new ImportJobId(Ids.newId()), ImportType.OPEN_INVOICES, ImportStatus.QUEUED,
        company.id(), "f.csv", "0".repeat(64), 10, "CSV", "UTF-8", false, ImportProgress.NONE, null, List.of(), null,
        null, "test", Instant.now(), null, null);
    jobs.insert(v, null, ColumnMapping.of(Map.of()), null, nodeName);
    if (status == ImportStatus.RUNNING) {
      jobs.start(v.id(), Instant.now(), List.of("a"), List.of(), null, heartbeat);
    }
    return v.id();
  }
}
