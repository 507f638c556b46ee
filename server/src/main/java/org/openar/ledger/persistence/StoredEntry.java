package org.openar.ledger.persistence;

import java.time.Instant;
import org.openar.ledger.domain.Entry;

/** An allocation row with who wrote it when. */
public record StoredEntry(Entry entry, Instant createdAt, String createdBy) {}
