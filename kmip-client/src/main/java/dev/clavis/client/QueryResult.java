package dev.clavis.client;

import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import java.util.List;

/**
 * What Query returned (KMIP 1.4 §4.25 Table 223, KMIP 2.1 §6.1.40 Table 283): the common fields,
 * and the whole payload for the rest (profiles, capabilities, …).
 *
 * @param vendorIdentification or {@code null}
 * @param serverInformation or {@code null} (a vendor-defined structure)
 */
public record QueryResult(
    List<Operation> operations,
    List<ObjectType> objectTypes,
    String vendorIdentification,
    TtlvItem.Structure serverInformation,
    List<String> applicationNamespaces,
    QueryResponsePayload payload) {

  public QueryResult {
    operations = List.copyOf(operations);
    objectTypes = List.copyOf(objectTypes);
    applicationNamespaces = List.copyOf(applicationNamespaces);
  }

  static QueryResult of(QueryResponsePayload p) {
    return new QueryResult(p.operations(), p.objectTypes(), p.vendorIdentification(), p.serverInformation(),
        p.applicationNamespaces(), p);
  }
}
