package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.Tag;
import java.util.List;

/**
 * Query Request Payload (KMIP 1.4 §4.25 Table 222, KMIP 2.1 §6.1.40 Table 282).
 *
 * @param objectGroups rendered from KMIP 2.1; {@code null} when absent
 */
public record QueryRequestPayload(
    List<QueryFunction> queryFunctions,
    TtlvItem.Structure objectGroups) implements RequestPayload {

  public QueryRequestPayload {
    queryFunctions = queryFunctions == null ? List.of() : List.copyOf(queryFunctions);
  }

  @Override
  public Operation operation() {
    return Operation.QUERY;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static QueryRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Query Request Payload");
    List<QueryFunction> queryFunctions = r.allEnum(Tag.QUERY_FUNCTION, QueryFunction::fromValue);
    TtlvItem.Structure objectGroups = r.optionalStructure(Tag.OBJECT_GROUPS);
    r.end();
    return new QueryRequestPayload(queryFunctions, objectGroups);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .items(PayloadFields.enums(Tag.QUERY_FUNCTION, queryFunctions, QueryFunction::value, v))
        .item(FieldWriter.at(v, 2, 1) ? PayloadFields.forVersion(objectGroups, v) : null)
        .build(Tag.REQUEST_PAYLOAD);
  }
}
