package org.huzhu.reports.reserving;

import java.util.Objects;

/**
 * One observed cell of a development triangle, as read from a file: the origin label, the
 * development label (as written in the data, 0- or 1-based) and an amount that is either cumulative
 * or incremental depending on how the triangle is built.
 */
public record TriangleCell(String origin, int development, double amount) {

    public TriangleCell {
        Objects.requireNonNull(origin, "origin");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("origin label is blank");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount for origin " + origin + ", development " + development
                    + " is not a finite number: " + amount);
        }
    }
}
