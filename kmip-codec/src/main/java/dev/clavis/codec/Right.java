package dev.clavis.codec;

import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Right (KMIP 2.1 §7.34 Table 386): a right to perform operations on objects. "If any field is
 * omitted, then that aspect is unrestricted": a {@code null} list means any.
 *
 * @param usageLimits the Usage Limits structure as sent (KMIP 2.1 §7.40), or {@code null}
 * @param operations the Operations structure's Operation values, or {@code null} (any operation)
 * @param objects the Objects structure's Unique Identifiers, or {@code null} (any object)
 * @param objectGroups the Object Groups structure's Object Group values, or {@code null} (any group)
 */
public record Right(TtlvItem usageLimits, List<Operation> operations, List<String> objects, List<String> objectGroups) {

  public Right {
    operations = operations == null ? null : List.copyOf(operations);
    objects = objects == null ? null : List.copyOf(objects);
    objectGroups = objectGroups == null ? null : List.copyOf(objectGroups);
  }

  /** Reads a Right structure. */
  public static Right fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.RIGHT, "Right");
    TtlvItem usageLimits = r.optionalAny(Tag.USAGE_LIMITS);
    TtlvItem.Structure ops = r.optionalStructure(Tag.OPERATIONS);
    TtlvItem.Structure objs = r.optionalStructure(Tag.OBJECTS);
    TtlvItem.Structure groups = r.optionalStructure(Tag.OBJECT_GROUPS);
    r.end();
    List<Operation> operations = null;
    if (ops != null) {
      FieldReader o = FieldReader.of(ops, Tag.OPERATIONS, "Right: Operations");
      operations = o.allEnum(Tag.OPERATION, Operation::fromValue);
      o.end();
    }
    List<String> objects = null;
    if (objs != null) {
      FieldReader o = FieldReader.of(objs, Tag.OBJECTS, "Right: Objects");
      objects = o.allText(Tag.UNIQUE_IDENTIFIER);
      o.end();
    }
    List<String> objectGroups = null;
    if (groups != null) {
      FieldReader o = FieldReader.of(groups, Tag.OBJECT_GROUPS, "Right: Object Groups");
      objectGroups = o.allText(Tag.OBJECT_GROUP);
      o.end();
    }
    return new Right(usageLimits, operations, objects, objectGroups);
  }

  /** The Right structure. */
  public TtlvItem.Structure toTtlv() {
    FieldWriter w = new FieldWriter().item(usageLimits);
    if (operations != null) {
      List<TtlvItem> ops = new ArrayList<>();
      for (Operation op : operations) {
        ops.add(TtlvItem.enumeration(Tag.OPERATION, op.value()));
      }
      w.item(TtlvItem.structure(Tag.OPERATIONS, ops));
    }
    if (objects != null) {
      w.item(new FieldWriter().texts(Tag.UNIQUE_IDENTIFIER, objects).build(Tag.OBJECTS));
    }
    if (objectGroups != null) {
      w.item(new FieldWriter().texts(Tag.OBJECT_GROUP, objectGroups).build(Tag.OBJECT_GROUPS));
    }
    return w.build(Tag.RIGHT);
  }
}
