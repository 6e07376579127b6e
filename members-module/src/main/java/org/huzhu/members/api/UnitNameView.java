package org.huzhu.members.api;

import java.time.LocalDate;

/** A name a unit carried, and when. */
public record UnitNameView(String name, LocalDate validFrom, LocalDate validTo) {
}
