package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.storage.StoreTransaction;
import java.time.Instant;

/**
 * One batch item being processed: who asks (the client), in which protocol version, at what time
 * (the request's single "now"), inside which store transaction, and the batch's ID Placeholder
 * (KMIP 1.4 §6.10 / KMIP 2.1 §2.1.20: the Unique Identifier of the object an earlier item of the
 * batch created or acted on, used when an item gives none).
 */
final class RequestContext {

  /** The batch-wide state carried from one item to the next. */
  static final class Batch {
    String idPlaceholder;
  }

  final KmipServices services;
  final ClientIdentity client;
  final KmipVersion version;
  final Instant now;
  final StoreTransaction tx;
  /** The operation of the item, for the access decision ({@code null} until the item is parsed). */
  dev.clavis.codec.spec.Operation operation;
  private final Batch batch;
  private final ObjectService objects;

  RequestContext(KmipServices services, ClientIdentity client, KmipVersion version, Instant now,
      StoreTransaction tx, Batch batch) {
    this.services = services;
    this.client = client;
    this.version = version;
    this.now = now;
    this.tx = tx;
    this.batch = batch;
    this.objects = new ObjectService(this);
  }

  /** The objects, seen with this client's rights. */
  ObjectService objects() {
    return objects;
  }

  /**
   * The Unique Identifier an operation applies to: {@code requested} when given, else the ID
   * Placeholder; Missing Data... when neither exists (KMIP 2.1 §6.1: "If omitted, then the ID
   * Placeholder value is used by the server").
   */
  String uid(String requested) {
    if (requested != null) {
      return requested;
    }
    if (batch.idPlaceholder == null) {
      throw new KmipException(ResultReason.MISSING_DATA,
          "Unique Identifier: absent (expected: given, or an ID Placeholder set by an earlier batch item)");
    }
    return batch.idPlaceholder;
  }

  /** Sets the ID Placeholder for the later items of the batch. */
  void idPlaceholder(String uid) {
    batch.idPlaceholder = uid;
  }

  /** The owner name of objects this client creates. */
  String owner() {
    return AccessPolicy.identity(client);
  }
}
