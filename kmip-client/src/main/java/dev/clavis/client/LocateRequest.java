package dev.clavis.client;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.util.Objects;

/**
 * A Locate query (KMIP 1.4 §4.9, KMIP 2.1 §6.1.28): attributes every returned object must have,
 * and paging. Immutable: {@code LocateRequest.all().objectType(SYMMETRIC_KEY).state(ACTIVE).max(10)}.
 *
 * @param maximumItems Maximum Items, or {@code null} for the server's default
 * @param offsetItems Offset Items (KMIP 1.3+), or {@code null}
 */
public record LocateRequest(Integer maximumItems, Integer offsetItems, Attributes attributes) {

  public LocateRequest {
    Objects.requireNonNull(attributes, "attributes");
  }

  /** Every object the caller may see. */
  public static LocateRequest all() {
    return new LocateRequest(null, null, Attributes.empty());
  }

  public LocateRequest name(String name) {
    return attribute(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv());
  }

  public LocateRequest objectType(ObjectType type) {
    return attribute(TtlvItem.enumeration(Tag.OBJECT_TYPE, type.value()));
  }

  public LocateRequest state(State state) {
    return attribute(TtlvItem.enumeration(Tag.STATE, state.value()));
  }

  public LocateRequest algorithm(CryptographicAlgorithm algorithm) {
    return attribute(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.value()));
  }

  /** Adds any attribute to match. */
  public LocateRequest attribute(TtlvItem value) {
    return new LocateRequest(maximumItems, offsetItems, attributes.with(value));
  }

  public LocateRequest max(int items) {
    return new LocateRequest(items, offsetItems, attributes);
  }

  public LocateRequest offset(int items) {
    return new LocateRequest(maximumItems, items, attributes);
  }

  public LocateRequestPayload toPayload() {
    return new LocateRequestPayload(maximumItems, offsetItems, null, null, attributes);
  }
}
