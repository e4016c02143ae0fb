package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectGroupMember;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * Locate Request Payload (KMIP 1.4 §4.9 Table 190, KMIP 2.1 §6.1.28 Table 247).
 *
 * @param maximumItems {@code null} when absent
 * @param offsetItems rendered from KMIP 1.3; {@code null} when absent
 * @param storageStatusMask Storage Status Mask bits; {@code null} when absent
 * @param objectGroupMember rendered from KMIP 1.1; {@code null} when absent
 * @param attributes the filter attributes: Attribute* (1.x) or Attributes (2.x)
 */
public record LocateRequestPayload(
    Integer maximumItems,
    Integer offsetItems,
    Integer storageStatusMask,
    ObjectGroupMember objectGroupMember,
    Attributes attributes) implements RequestPayload {

  public LocateRequestPayload {
    Objects.requireNonNull(attributes, "attributes");
  }

  @Override
  public Operation operation() {
    return Operation.LOCATE;
  }

  /** Reads the payload; a missing required field is {@code Invalid Message}, an unknown one {@code Invalid Field}. */
  public static LocateRequestPayload fromTtlv(TtlvItem.Structure payload, KmipVersion v) {
    FieldReader r = FieldReader.of(payload, Tag.REQUEST_PAYLOAD, "Locate Request Payload");
    Integer maximumItems = r.optionalInt(Tag.MAXIMUM_ITEMS);
    Integer offsetItems = r.optionalInt(Tag.OFFSET_ITEMS);
    Integer storageStatusMask = r.optionalInt(Tag.STORAGE_STATUS_MASK);
    ObjectGroupMember objectGroupMember = r.optionalEnum(Tag.OBJECT_GROUP_MEMBER, ObjectGroupMember::fromValue);
    Attributes attributes = PayloadFields.attributeList(r);
    r.end();
    return new LocateRequestPayload(maximumItems, offsetItems, storageStatusMask, objectGroupMember, attributes);
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return new FieldWriter()
        .integer(Tag.MAXIMUM_ITEMS, maximumItems)
        .integer(Tag.OFFSET_ITEMS, FieldWriter.at(v, 1, 3) ? offsetItems : null)
        .integer(Tag.STORAGE_STATUS_MASK, storageStatusMask)
        .enumeration(Tag.OBJECT_GROUP_MEMBER, FieldWriter.at(v, 1, 1) ? objectGroupMember == null ? null : objectGroupMember.value() : null)
        .items(PayloadFields.attributeList(attributes, v, true))
        .build(Tag.REQUEST_PAYLOAD);
  }
}
