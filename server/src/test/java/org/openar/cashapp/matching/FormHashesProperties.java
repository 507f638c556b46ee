package org.openar.cashapp.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The allocation-free form hashes used to index invoice numbers agree with the forms the lookups hash. */
class FormHashesProperties {

  @Property(tries = 3000)
  void hashesAreThoseOfTheForms(@ForAll("numbers") String number) {
    long[] expected = InvoiceKeys.forms(number).stream().mapToLong(LongIntMultiMap::hash).toArray();
    long[] out = new long[4];
    int n = FormHashes.of(number, new char[number.length()], out);
    assertThat(Arrays.copyOf(out, n)).containsExactly(expected);
  }

  @Example
  void typicalSchemes() {
    for (String s : new String[] {"INV-2026-000123", "9000001234", "FV/2026/03/01234", "A1B2C3", "0000", "ABCDE",
        "INV-0000-000", "12-0-0", "R00A0007"}) {
      hashesAreThoseOfTheForms(s);
    }
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.strings().withChars("0123456789ABCXYZabc-/. 0000").ofMinLength(0).ofMaxLength(20);
  }
}
