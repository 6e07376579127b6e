package org.huzhu.reports.reserving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Building triangles from cells: ordering, gaps and incremental data. */
class TriangleTest {

    @Test
    void incrementalAmountsAreSummedAlongDevelopment() {
        Triangle t = Triangle.fromIncremental(List.of(new TriangleCell("2001-02", 0, 5), new TriangleCell("2001-01", 0, 10),
                new TriangleCell("2001-01", 1, 20)));
        assertEquals(List.of("2001-01", "2001-02"), t.origins());
        assertEquals(30.0, t.value(0, 1));
        assertEquals(5.0, t.latest(1));
        assertFalse(t.isObserved(1, 1));
    }

    @Test
    void aMissingIncrementBeforeALaterOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Triangle.fromIncremental(List.of(
                new TriangleCell("2001-01", 0, 10), new TriangleCell("2001-01", 2, 20))));
    }

    @Test
    void aGapInsideACumulativeRowIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Triangle.fromCumulative(List.of(
                new TriangleCell("1", 1, 10), new TriangleCell("1", 3, 20))));
    }

    @Test
    void duplicateCellsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Triangle.fromCumulative(List.of(
                new TriangleCell("1", 1, 10), new TriangleCell("1", 1, 11))));
    }
}
