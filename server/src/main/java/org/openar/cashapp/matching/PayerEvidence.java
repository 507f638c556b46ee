package org.openar.cashapp.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the payer is, as log-odds evidence per customer: the owner of the payer's account, or the customers whose
 * names or aliases resemble the payer's name (capped when several resemble it equally), and how the payer relates to
 * a customer a reference points to (the same, a stranger, or clearly someone else: a third party).
 */
final class PayerEvidence {

  static final double W_ACCOUNT = 5.0;
  static final double W_ALIAS = 4.5;
  static final double W_NAME_MAX = 4.0;
  static final double W_NAME_TIED = 2.0;
  static final double W_THIRD_PARTY = -1.5;

  private final CustomerTable customers;

  PayerEvidence(CustomerTable customers) {
    this.customers = customers;
  }

  /**
   * Customers the payer may be, in order: the account's owner alone, else name matches best first. {@code settled}
   * is a customer a reference and the amount already agree on (or -1): when the payer's name is that customer's, the
   * search for other customers of similar names is skipped, since none of them could outweigh a reference, an exact
   * amount and the name together (it is a third of the matching time).
   */
  Map<Integer, Reason> of(Query q, int settled) {
    Receipt r = q.r;
    Map<Integer, Reason> ev = new LinkedHashMap<>();
    int byAccount = customers.byAccount(r.payerAccount());
    if (byAccount >= 0) {
      ev.put(byAccount, Reason.of("PAYER_ACCOUNT", W_ACCOUNT, r.payerAccount(), customers.id(byAccount)));
      return ev;
    }
    if (r.payerName().isBlank() || settled >= 0 && customers.similarity(settled, q.payer()) >= 0.97) {
      return ev;
    }
    List<NameIndex.Hit> hits = customers.names.find(q.payer(), 0.75, q.scratch.names);
    int tied = hits.isEmpty() ? 0 : NameIndex.tiedAtTop(hits);
    int written = tied > 1 ? writtenExactly(hits, tied, q.payer()) : -1;
    for (int k = 0; k < hits.size() && k < Math.max(3, tied); k++) {
      NameIndex.Hit h = hits.get(k);
      Reason reason = h.alias() && h.similarity() >= 1.0
          ? Reason.of("PAYER_ALIAS", W_ALIAS, r.payerName(), customers.id(h.customer()))
          : name(h.customer(), h.similarity(), r.payerName(), -1);
      if (tied > 1 && k < tied && h.customer() != written) {
        reason = new Reason(reason.code(), reason.args(), Math.min(reason.weight(), W_NAME_TIED));
      }
      ev.putIfAbsent(h.customer(), reason);
    }
    return ev;
  }

  /**
   * Among customers whose names tie once legal forms are set aside (sister companies: "Wolf Engineering Inc." and
   * "Wolf Engineering GmbH"), the one whose legal form the payer wrote: the only one written exactly so, else the only
   * one whose legal form begins as the payer's ends ("GmbH & Co." of "GmbH & Co. KG", or a name cut by the bank);
   * otherwise -1. A payer who left the legal form out stays tied.
   */
  private int writtenExactly(List<NameIndex.Hit> hits, int tied, NameKey payer) {
    int[] found = {-1, -1, -1};
    int[] count = new int[3];
    for (int k = 0; k < tied && k < hits.size(); k++) {
      int c = hits.get(k).customer();
      int a = hits.get(k).similarity() >= 1.0 ? customers.legalFormAgreement(c, payer) : 0;
      if (found[a] != c) {
        found[a] = c;
        count[a]++;
      }
    }
    return count[2] == 1 ? found[2] : count[2] == 0 && count[1] == 1 ? found[1] : -1;
  }

  /** The payer as seen from customer {@code c}, which a reference points to. */
  Reason forReferenced(Query q, int c, int strongPayer) {
    return name(c, customers.similarity(c, q.payer()), q.r.payerName(), strongPayer);
  }

  private Reason name(int c, double similarity, String payerName, int strongPayer) {
    if (strongPayer >= 0 && strongPayer != c) {
      return Reason.of("PAYER_THIRD_PARTY", W_THIRD_PARTY, payerName, customers.id(c));
    }
    double w = similarity >= 0.97 ? W_NAME_MAX : Math.max(0, W_NAME_MAX * (similarity - 0.75) / 0.22);
    if (w <= 0) {
      return Reason.of("PAYER_THIRD_PARTY", 0, payerName, customers.id(c));
    }
    return Reason.of("PAYER_NAME", w, payerName, customers.id(c), Math.round(similarity * 100));
  }

  /** A customer the payer clearly is (account, alias or near-identical name), or -1. */
  static int strongPayer(Map<Integer, Reason> evidence) {
    for (Map.Entry<Integer, Reason> e : evidence.entrySet()) {
      if (e.getValue().weight() >= W_NAME_MAX) {
        return e.getKey();
      }
    }
    return -1;
  }
}
