package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.Optional;

/**
 * The Usage Limits attribute (KMIP 1.4 §3.21, KMIP 2.1 §4.55) as the cryptographic services keep
 * it: when an object has one, each Encrypt — an operation that applies protection, the only kind
 * the attribute counts (KMIP 1.4 §3.21) — uses one unit of its count (Usage Limits Unit Object) or
 * as many as the bytes of Data (Unit Byte); the Usage Limits Count starts at the Total
 * and is stored with the object. A request that needs more than what is left is Permission Denied.
 */
final class UsageLimits {

  private static final int UNIT_OBJECT = 2;

  private UsageLimits() {}

  static void consume(RequestContext ctx, LoadedObject o, long bytes) {
    Optional<TtlvItem> found = o.attributes().get(Tag.USAGE_LIMITS);
    if (found.isEmpty() || !(found.get() instanceof TtlvItem.Structure)) {
      return;
    }
    LoadedObject locked = ctx.objects().loadForUpdate(o.uid());
    TtlvItem.Structure s = (TtlvItem.Structure) locked.attributes().get(Tag.USAGE_LIMITS).orElse(found.get());
    long total = s.find(Tag.USAGE_LIMITS_TOTAL, TtlvItem.LongInt.class).map(TtlvItem.LongInt::value).orElse(Long.MAX_VALUE);
    long count = s.find(Tag.USAGE_LIMITS_COUNT, TtlvItem.LongInt.class).map(TtlvItem.LongInt::value).orElse(total);
    int unit = s.find(Tag.USAGE_LIMITS_UNIT, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value).orElse(UNIT_OBJECT);
    long use = unit == UNIT_OBJECT ? 1 : bytes;
    if (use > count) {
      throw new KmipException(ResultReason.PERMISSION_DENIED,
          "Usage Limits Count: " + count + " left (expected: at least " + use + " for this request)");
    }
    TtlvItem.Structure updated = TtlvItem.structure(Tag.USAGE_LIMITS,
        TtlvItem.longInteger(Tag.USAGE_LIMITS_TOTAL, total),
        TtlvItem.longInteger(Tag.USAGE_LIMITS_COUNT, count - use),
        TtlvItem.enumeration(Tag.USAGE_LIMITS_UNIT, unit));
    ctx.objects().update(locked, locked.attributes().set(Attribute.of(updated)));
  }
}
