package dev.ecomkit.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CSV input: configurable columns, quoting, line-numbered errors, all or nothing. */
class TransactionCsvTest {

  @Test
  void readsNamedColumnsInAnyOrder() throws Exception {
    String csv = "order_id,amount,buyer,paid_at\n"
        + "1,199.00,C-1,2024-01-10\n"
        + "\n"
        + "2,\"1,000.5\",C-2,2024-01-11T20:15:00+08:00\n";
    RfmAggregate agg = RfmAggregate.create();
    // "1,000.5" is not a number: the error names line 4 and the column
    SegmentException e = assertThrows(SegmentException.class,
        () -> TransactionCsv.columns("buyer", "paid_at", "amount").read(new StringReader(csv), agg));
    assertEquals(4, e.line().orElseThrow());
    assertEquals("amount", e.argument().orElseThrow());
    assertTrue(e.getMessage().startsWith("line 4, column amount: \"1,000.5\""), e.getMessage());
    assertEquals(0, agg.size()); // all or nothing
    long rows = TransactionCsv.columns("buyer", "paid_at", "amount")
        .read(new StringReader(csv.replace("\"1,000.5\"", "\"-50\"")), agg);
    assertEquals(2, rows);
    RfmAggregate expected = RfmAggregate.create();
    expected.add("C-1", LocalDate.of(2024, 1, 10), 199);
    expected.add("C-2", LocalDate.of(2024, 1, 11), -50);
    assertEquals(expected, agg);
  }

  @Test
  void numericIdsAndOtherDelimiters() throws Exception {
    RfmAggregate agg = RfmAggregate.create();
    TransactionCsv.columns("c", "d", "a").delimiter(';').numericIds()
        .read(new StringReader("c;d;a\n42;2024-02-01;10.5\n-7;2024-02-02;3\n"), agg);
    RfmAggregate expected = RfmAggregate.create();
    expected.add(42L, LocalDate.of(2024, 2, 1), 10.5);
    expected.add(-7L, LocalDate.of(2024, 2, 2), 3);
    assertEquals(expected, agg);
  }

  @Test
  void errorsNameLineAndColumn() {
    TransactionCsv csv = TransactionCsv.columns("c", "d", "a");
    assertEquals("line 1: no column \"a\" in the header [c, d]", assertThrows(SegmentException.class,
        () -> csv.read(new StringReader("c,d\n"), RfmAggregate.create())).getMessage());
    assertEquals("line 2, column d: \"2024-13-01\" is not a date (yyyy-MM-dd)", assertThrows(SegmentException.class,
        () -> csv.read(new StringReader("c,d,a\nx,2024-13-01,5\n"), RfmAggregate.create())).getMessage());
    assertEquals("line 3: 2 fields, expected at least 3", assertThrows(SegmentException.class,
        () -> csv.read(new StringReader("c,d,a\nx,2024-01-01,5\ny,2024-01-01\n"), RfmAggregate.create()))
        .getMessage());
    assertEquals("line 2: a quoted field is not closed", assertThrows(SegmentException.class,
        () -> csv.read(new StringReader("c,d,a\n\"x,2024-01-01,5\n"), RfmAggregate.create())).getMessage());
    assertEquals("line 2, column a: \"NaN\" is not a number", assertThrows(SegmentException.class,
        () -> csv.read(new StringReader("c,d,a\nx,2024-01-01,NaN\n"), RfmAggregate.create())).getMessage());
    assertEquals("line 2, column c: \"12a\" is not a whole number", assertThrows(SegmentException.class,
        () -> csv.numericIds().read(new StringReader("c,d,a\n12a,2024-01-01,1\n"), RfmAggregate.create()))
        .getMessage());
  }
}
