package org.openar.cashapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openar.cashapp.bench.SyntheticBook.Customer;
import org.openar.cashapp.bench.SyntheticBook.Item;
import org.openar.cashapp.bench.SyntheticPayments.Line;
import org.openar.cashapp.bench.SyntheticPayments.Truth;

/** Writes the benchmark data in the {@code openar match} formats: C.csv, I.csv, the statement, T.csv, rates.csv. */
final class SyntheticFiles {

  private SyntheticFiles() {}

  static void customers(Path p, List<Customer> customers) {
    csv(p, List.of("customer_id", "name", "accounts", "aliases"), out -> {
      for (Customer c : customers) {
        out.printRecord(c.id(), c.name(), String.join("|", c.accounts()), String.join("|", c.aliases()));
      }
    });
  }

  static void items(Path p, List<Item> items, List<Customer> customers) {
    csv(p, List.of("invoice_number", "customer_id", "currency", "open_amount", "invoice_date", "due_date",
        "discount_percent", "discount_until"), out -> {
          for (Item i : items) {
            out.printRecord(i.number(), customers.get(i.customer()).id(), i.currency(), i.open().toPlainString(),
                i.invoiceDate(), i.dueDate(), i.discountPercent() == null ? "" : i.discountPercent().toPlainString(),
                i.discountUntil() == null ? "" : i.discountUntil());
          }
        });
  }

  static void truth(Path p, List<Truth> truth) {
    csv(p, List.of("line_id", "invoice_number", "applied_amount"), out -> {
      for (Truth t : truth) {
        out.printRecord(t.lineId(), t.invoice(), t.applied().toPlainString());
      }
    });
  }

  /** What the generator did to each line (not part of the openar match contract; for analysing the misses). */
  static void cases(Path p, List<Line> lines) {
    csv(p, List.of("line_id", "cases"), out -> {
      for (Line l : lines) {
        out.printRecord(l.id(), l.cases());
      }
    });
  }

  static void rates(Path p) {
    csv(p, List.of("from", "to", "rate"), out -> {
      out.printRecord("CNY", "USD", SyntheticPayments.USD_PER_CNY.toPlainString());
      out.printRecord("EUR", "USD", SyntheticPayments.USD_PER_EUR.toPlainString());
    });
  }

  static void csvStatement(Path p, List<Line> lines) {
    csv(p, List.of("line_id", "booking_date", "value_date", "amount", "currency", "payer_name", "payer_account",
        "remittance"), out -> {
          for (Line l : lines) {
            String text = l.structuredRef().isEmpty() ? l.remittance() : (l.remittance() + " " + l.structuredRef()).strip();
            out.printRecord(l.id(), l.date(), l.date(), l.amount().toPlainString(), l.currency(), l.payerName(),
                l.payerAccount(), text);
          }
        });
  }

  /** A camt.053.001.08 statement: one entry per line, NtryRef = line id, structured references as CdtrRefInf. */
  static void camt053(Path p, List<Line> lines, String account) {
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
          + "camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-03-02T06:00:00</CreDtTm>"
          + "</GrpHdr><Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>" + account + "</IBAN></Id></Acct>\n");
      for (Line l : lines) {
        w.write(entry(l));
      }
      w.write("</Stmt></BkToCstmrStmt></Document>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String entry(Line l) {
    StringBuilder sb = new StringBuilder(600);
    sb.append("<Ntry><NtryRef>").append(l.id()).append("</NtryRef><Amt Ccy=\"").append(l.currency()).append("\">")
        .append(l.amount().toPlainString()).append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>")
        .append("<BookgDt><Dt>").append(l.date()).append("</Dt></BookgDt><ValDt><Dt>").append(l.date())
        .append("</Dt></ValDt><NtryDtls><TxDtls><RltdPties>");
    if (!l.payerName().isEmpty()) {
      sb.append("<Dbtr><Pty><Nm>").append(xml(l.payerName())).append("</Nm></Pty></Dbtr>");
    }
    if (!l.payerAccount().isEmpty()) {
      sb.append("<DbtrAcct><Id><Othr><Id>").append(xml(l.payerAccount())).append("</Id></Othr></Id></DbtrAcct>");
    }
    sb.append("</RltdPties><RmtInf>");
    if (!l.remittance().isEmpty()) {
      sb.append("<Ustrd>").append(xml(l.remittance())).append("</Ustrd>");
    }
    if (!l.structuredRef().isEmpty()) {
      sb.append("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>").append(l.structuredRef())
          .append("</Ref></CdtrRefInf></Strd>");
    }
    return sb.append("</RmtInf></TxDtls></NtryDtls></Ntry>\n").toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  interface Rows {
    void write(CSVPrinter out) throws IOException;
  }

  private static void csv(Path p, List<String> header, Rows rows) {
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      out.printRecord(header);
      rows.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
