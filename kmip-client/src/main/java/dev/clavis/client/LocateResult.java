package dev.clavis.client;

import java.util.List;

/**
 * What Locate returned (KMIP 1.4 §4.9 Table 191, KMIP 2.1 §6.1.28 Table 248).
 *
 * @param locatedItems how many objects matched in all (KMIP 1.3+), or {@code null} when the server
 *     did not say
 * @param uniqueIdentifiers the identifiers of this page
 */
public record LocateResult(Integer locatedItems, List<String> uniqueIdentifiers) {
  public LocateResult {
    uniqueIdentifiers = List.copyOf(uniqueIdentifiers);
  }
}
