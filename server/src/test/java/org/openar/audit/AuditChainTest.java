package org.openar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@OpenArIntegrationTest
class AuditChainTest {

  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @BeforeEach
  void fiveEntries() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      tx.executeWithoutResult(s -> audit.record("test.thing", "T" + n, "created", null, Map.of("amount", "1" + n + ".00", "名称", "测试")));
    }
  }

  @Test
  void anIntactChainVerifies() {
    var v = audit.verify();
    assertThat(v.ok()).as(v.problems().toString()).isTrue();
    assertThat(v.rowsChecked()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void aBatchAppendsTheSameChainAsOneRecordPerEntry() {
    long before = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
    tx.executeWithoutResult(s -> audit.recordAll(java.util.List.of(
        new AuditTrail.Entry("test.batch", "B1", "created", null, Map.of("amount", "1.00", "名称", "批量")),
        new AuditTrail.Entry("test.batch", "B2", "changed", Map.of("amount", "1.00"), Map.of("amount", "2.00")),
        new AuditTrail.Entry("test.batch", "B3", "deleted", Map.of("amount", "2.00"), null))));
    tx.executeWithoutResult(s -> audit.record("test.batch", "B4", "created", null, Map.of("after", "batch")));
    var rows = jdbc.sql("select seq, entity_id, prev_hash, hash from audit_log where seq > :s order by seq")
        .param("s", before).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4)}).list();
    assertThat(rows).extracting(r -> r[1]).containsExactly("B1", "B2", "B3", "B4");
    for (int i = 1; i < rows.size(); i++) {
      assertThat(Long.parseLong(rows.get(i)[0])).isEqualTo(Long.parseLong(rows.get(i - 1)[0]) + 1);
      assertThat(rows.get(i)[2]).isEqualTo(rows.get(i - 1)[3]);
    }
    var v = audit.verify();
    assertThat(v.ok()).as(v.problems().toString()).isTrue();
    behindTheBack("update audit_log set after = '{\"amount\": \"9.00\"}' where entity_id = 'B2' returning seq");
    assertThat(audit.verify().ok()).isFalse();
  }

  @Test
  void entriesAreSearchableNewestFirst() {
    var q = new AuditTrail.AuditQuery("test.thing", null, "system", null, null, 0, 3);
    assertThat(audit.count(q)).isEqualTo(5);
    var page = audit.search(q);
    assertThat(page).hasSize(3);
    assertThat(page.get(0).entityId()).isEqualTo("T4");
    assertThat(page.get(0).after()).contains("测试");
    assertThat(audit.search(new AuditTrail.AuditQuery(null, "T2", null, null, null, 0, 10))).hasSize(1);
  }

  @Test
  void theApplicationRoleCannotUpdateOrDelete() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'x'").update())
        .hasMessageContaining("append-only");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void aRowEditedBehindTheApplicationsBackIsDetected() {
    long seq = behindTheBack("update audit_log set after = '{\"amount\": \"99.00\"}' where seq = (select max(seq) - 2 from audit_log) returning seq");
    var v = audit.verify();
    assertThat(v.ok()).isFalse();
    assertThat(v.problems()).anyMatch(p -> p.contains("row " + seq) && p.contains("changed"));
  }

  @Test
  void aDeletedRowIsDetected() {
    long seq = behindTheBack("delete from audit_log where seq = (select max(seq) - 1 from audit_log) returning seq");
    var v = audit.verify();
    assertThat(v.ok()).isFalse();
    assertThat(v.problems()).anyMatch(p -> p.contains(String.valueOf(seq)) && p.contains("missing"));
  }

  @Test
  void aDeletedLastRowIsDetected() {
    behindTheBack("delete from audit_log where seq = (select max(seq) from audit_log) returning seq");
    var v = audit.verify();
    assertThat(v.ok()).isFalse();
    assertThat(v.problems()).anyMatch(p -> p.contains("head"));
  }

  @AfterEach
  void emptyTheLog() {
    tx.executeWithoutResult(s -> {
      jdbc.sql("alter table audit_log disable trigger user").update();
      jdbc.sql("delete from audit_log").update();
      jdbc.sql("alter table audit_log enable trigger user").update();
      jdbc.sql("update audit_chain_head set last_seq = 0, last_hash = ''").update();
    });
  }

  /** What the table owner or a DBA could do: bypass the append-only triggers. */
  private long behindTheBack(String sql) {
    return tx.execute(s -> {
      jdbc.sql("alter table audit_log disable trigger user").update();
      long seq = jdbc.sql(sql).query(Long.class).single();
      jdbc.sql("alter table audit_log enable trigger user").update();
      return seq;
    });
  }
}
