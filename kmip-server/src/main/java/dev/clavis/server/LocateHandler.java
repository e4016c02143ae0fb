package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ObjectGroupMember;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import dev.clavis.storage.DateAttribute;
import dev.clavis.storage.DateRange;
import dev.clavis.storage.LocateQuery;
import dev.clavis.storage.LocateResult;
import dev.clavis.storage.StoredObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Locate (KMIP 1.4 §4.9, KMIP 2.1 §6.1.28): the objects visible to the client (see {@link
 * AccessPolicy}) that match every filter attribute, newest first, after Offset Items and at most
 * Maximum Items, with Located Items (1.3+) counting all matches.
 *
 * <p>Object Type, State, Name, Object Group (with Object Group Member), Cryptographic Algorithm,
 * Cryptographic Length, Cryptographic Usage Mask (a subset match), the dates (one value, or two
 * for an inclusive range) and text custom attributes are answered by the store's indexed query.
 * Any other attribute is compared with the object's attribute values (equal items), over the
 * store's matches, bounded by the store's Locate limit. Storage Status Mask selects on-line,
 * archival and destroyed objects (default: on-line, i.e. not destroyed).
 */
final class LocateHandler implements OperationHandler<LocateRequestPayload> {

  @Override
  public Class<LocateRequestPayload> requestType() {
    return LocateRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(LocateRequestPayload request, RequestContext ctx) {
    LocateQuery.Builder q = ctx.services.access().locateScope(ctx.client);
    Map<DateAttribute, List<Instant>> dates = new LinkedHashMap<>();
    List<Attribute> others = new ArrayList<>();
    String group = null;
    for (Attribute a : request.attributes()) {
      TtlvItem v = a.value();
      if (a.isVendor()) {
        if (v instanceof TtlvItem.Text t && (a.vendorIdentification().equals("x") || a.vendorIdentification().equals("y"))) {
          q.customAttribute(a.name(), t.value());
        } else {
          others.add(a);
        }
      } else if (a.tag() == Tag.OBJECT_TYPE && v instanceof TtlvItem.Enumeration e) {
        q.objectType(e.value());
      } else if (a.tag() == Tag.STATE && v instanceof TtlvItem.Enumeration e) {
        q.state(e.value());
      } else if (a.tag() == Tag.NAME) {
        q.name(Name.fromTtlv(v).value());
      } else if (a.tag() == Tag.OBJECT_GROUP && v instanceof TtlvItem.Text t) {
        group = t.value();
        q.objectGroup(group);
      } else if (a.tag() == Tag.CRYPTOGRAPHIC_ALGORITHM && v instanceof TtlvItem.Enumeration e) {
        q.cryptographicAlgorithm(e.value());
      } else if (a.tag() == Tag.CRYPTOGRAPHIC_LENGTH && v instanceof TtlvItem.Int i) {
        q.cryptographicLength(i.value());
      } else if (a.tag() == Tag.CRYPTOGRAPHIC_USAGE_MASK && v instanceof TtlvItem.Int i) {
        q.usageMask(i.value());
      } else if (ManagedObjects.dateColumn(a.tag()) != null && v instanceof TtlvItem.DateTime d) {
        dates.computeIfAbsent(ManagedObjects.dateColumn(a.tag()), k -> new ArrayList<>()).add(d.instant());
      } else {
        others.add(a);
      }
    }
    for (Map.Entry<DateAttribute, List<Instant>> e : dates.entrySet()) {
      List<Instant> d = e.getValue();
      if (d.size() > 2) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Locate date " + e.getKey() + ": " + d.size()
            + " values (expected: 1, or 2 for a range)");
      }
      Instant from = d.size() == 1 ? d.get(0) : min(d.get(0), d.get(1));
      Instant to = d.size() == 1 ? d.get(0) : max(d.get(0), d.get(1));
      q.date(e.getKey(), new DateRange(from, to));
    }
    if (request.objectGroupMember() != null) {
      if (group == null) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "Object Group Member: given without Object Group (expected: with an Object Group filter)");
      }
      q.groupMember(request.objectGroupMember() == ObjectGroupMember.GROUP_MEMBER_FRESH
          ? LocateQuery.GroupMember.FRESH : LocateQuery.GroupMember.DEFAULT);
    }
    if (request.storageStatusMask() != null) {
      int mask = request.storageStatusMask();
      if (mask == 0 || (mask & ~7) != 0) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "Storage Status Mask: " + mask + " (expected: 1..7, on-line / archival / destroyed)");
      }
      q.storageStatusMask(mask);
    }
    int offset = request.offsetItems() == null ? 0 : request.offsetItems();
    Integer max = request.maximumItems();
    if (offset < 0 || max != null && max < 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Offset Items / Maximum Items: " + offset + " / " + max
          + " (expected: >= 0)");
    }
    if (others.isEmpty()) {
      LocateResult r = ctx.tx.locate(q.offsetItems(offset).maximumItems(max).build());
      return answer(request, ctx, (int) Math.min(Integer.MAX_VALUE, r.locatedItems()), r.uids());
    }
    // Filters the store has no column for: compare values, then page here.
    LocateResult all = ctx.tx.locate(q.build());
    List<String> matches = new ArrayList<>();
    for (String uid : all.uids()) {
      StoredObject s = ctx.tx.find(uid).orElse(null);
      if (s != null && matchesAll(ManagedObjects.decodeAttributes(s.attributes()), others)) {
        matches.add(uid);
      }
    }
    int from = Math.min(offset, matches.size());
    int to = max == null ? matches.size() : (int) Math.min(matches.size(), (long) from + max);
    return answer(request, ctx, matches.size(), matches.subList(from, to));
  }

  /**
   * The response: Located Items when the request paged with Offset Items (the spec lets a server
   * add it; clients that did not page do not expect it); the ID Placeholder set when exactly one
   * object is returned, emptied otherwise (KMIP 1.4 §4.9).
   */
  private static LocateResponsePayload answer(LocateRequestPayload request, RequestContext ctx, int located, List<String> uids) {
    ctx.idPlaceholder(uids.size() == 1 ? uids.get(0) : null);
    return new LocateResponsePayload(request.offsetItems() != null ? located : null, uids);
  }

  /**
   * Whether {@code have} matches every wanted attribute: equal values, except that two instances
   * of a Date-Time attribute are an inclusive range (KMIP 1.4 §4.9).
   */
  static boolean matchesAll(Attributes have, List<Attribute> wanted) {
    Map<Integer, List<Instant>> ranges = new LinkedHashMap<>();
    for (Attribute w : wanted) {
      if (!w.isVendor() && w.value() instanceof TtlvItem.DateTime d) {
        ranges.computeIfAbsent(w.tag(), k -> new ArrayList<>()).add(d.instant());
      }
    }
    for (Map.Entry<Integer, List<Instant>> r : ranges.entrySet()) {
      if (r.getValue().size() == 2) {
        Instant lo = min(r.getValue().get(0), r.getValue().get(1));
        Instant hi = max(r.getValue().get(0), r.getValue().get(1));
        Instant at = have.dateTime(r.getKey()).orElse(null);
        if (at == null || at.isBefore(lo) || at.isAfter(hi)) {
          return false;
        }
      }
    }
    for (Attribute w : wanted) {
      if (!w.isVendor() && ranges.getOrDefault(w.tag(), List.of()).size() == 2) {
        continue;
      }
      boolean found = false;
      for (Attribute h : have) {
        if (h.tag() == w.tag() && (!w.isVendor() || (h.name().equals(w.name()))) && h.value().equals(w.value())) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
