package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.hsm.KeyProtectionException;
import dev.clavis.storage.DuplicateNameException;
import dev.clavis.storage.InvalidAttributeException;
import dev.clavis.storage.ObjectAlreadyExistsException;
import dev.clavis.storage.ObjectNotFoundException;
import dev.clavis.storage.StaleObjectException;
import dev.clavis.storage.StoreLimitException;
import dev.clavis.storage.StoreUnavailableException;
import java.util.Map;

/**
 * The one mapping from a failure to the Result Reason and Result Message of a failed batch item
 * (KMIP 1.4 §11, KMIP 2.1 §11 "Error Handling"), and from a reason to the one a protocol version
 * knows.
 *
 * <p>Messages of our own exceptions are passed on: they are written for clients, in the shape
 * {@code "<what>: <actual> (expected: <constraint>)"}, and never hold key bytes. Anything
 * unexpected becomes General Failure with a generic message; its details are logged on the server
 * only (by the caller, without key bytes).
 */
final class ResultReasons {

  /** The message sent for failures whose details stay on the server. */
  static final String GENERIC_MESSAGE = "internal error (details in the server log)";

  /** A failure as a client sees it. */
  record Failure(ResultReason reason, String message, boolean unexpected) {}

  private ResultReasons() {}

  /** The reason and message for {@code t}; see the class comment. */
  static Failure map(Throwable t) {
    KmipException kmip = find(t, KmipException.class);
    if (kmip != null) {
      return new Failure(kmip.reason(), kmip.getMessage(), false);
    }
    KeyProtectionException kp = KeyProtectionException.extract(t);
    if (kp != null) {
      return switch (kp.reason()) {
        case UNKNOWN_KEY -> new Failure(ResultReason.ITEM_NOT_FOUND, kp.getMessage(), false);
        case INVALID_ARGUMENT -> new Failure(ResultReason.INVALID_FIELD, kp.getMessage(), false);
        case UNSUPPORTED -> new Failure(ResultReason.FEATURE_NOT_SUPPORTED, kp.getMessage(), false);
        // Integrity, token, busy, configuration…: the client learns it is a crypto failure only.
        default -> new Failure(ResultReason.CRYPTOGRAPHIC_FAILURE,
            "key protection: " + kp.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (expected: the key protection to work; details in the server log)", true);
      };
    }
    return switch (t) {
      case ObjectNotFoundException e -> new Failure(ResultReason.OBJECT_NOT_FOUND, e.getMessage(), false);
      case ObjectAlreadyExistsException e -> new Failure(ResultReason.OBJECT_ALREADY_EXISTS, e.getMessage(), false);
      case DuplicateNameException e -> new Failure(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, e.getMessage(), false);
      case InvalidAttributeException e -> new Failure(ResultReason.INVALID_FIELD, e.getMessage(), false);
      case StoreLimitException e -> new Failure(ResultReason.INVALID_FIELD, e.getMessage(), false);
      case StaleObjectException e -> new Failure(ResultReason.GENERAL_FAILURE,
          "managed object changed concurrently (expected: retry the request)", false);
      case StoreUnavailableException e -> new Failure(ResultReason.GENERAL_FAILURE,
          "object store unavailable (expected: retry later)", true);
      case TtlvException e -> new Failure(ResultReason.INVALID_MESSAGE, e.getMessage(), false);
      default -> new Failure(ResultReason.GENERAL_FAILURE, GENERIC_MESSAGE, true);
    };
  }

  /**
   * KMIP 2.0 added precise reasons; a 1.x client gets the reason its version used for the same
   * failure (KMIP 1.4 §11: a wrong state or a read-only attribute is Permission Denied, a bad
   * attribute Invalid Field). Reasons not listed here and newer than the version become General
   * Failure when rendered (see {@code ResponseBatchItem}).
   */
  private static final Map<ResultReason, ResultReason> BEFORE_2_0 = Map.ofEntries(
      Map.entry(ResultReason.WRONG_KEY_LIFECYCLE_STATE, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.ATTRIBUTE_READ_ONLY, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.READ_ONLY_ATTRIBUTE, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.NOT_AUTHORISED, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.ATTRIBUTE_SINGLE_VALUED, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.MULTI_VALUED_ATTRIBUTE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.ATTRIBUTE_NOT_FOUND, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.INVALID_ATTRIBUTE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.INVALID_ATTRIBUTE_VALUE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.UNSUPPORTED_ATTRIBUTE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.INVALID_OBJECT_TYPE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.ILLEGAL_OBJECT_TYPE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.KEY_WRAP_TYPE_NOT_SUPPORTED, ResultReason.FEATURE_NOT_SUPPORTED),
      Map.entry(ResultReason.UNSUPPORTED_PROTOCOL_VERSION, ResultReason.INVALID_MESSAGE),
      Map.entry(ResultReason.OBJECT_NOT_FOUND, ResultReason.ITEM_NOT_FOUND),
      Map.entry(ResultReason.OBJECT_DESTROYED, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.WRAPPING_OBJECT_NOT_FOUND, ResultReason.ITEM_NOT_FOUND),
      Map.entry(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS, ResultReason.INVALID_FIELD),
      Map.entry(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, ResultReason.PERMISSION_DENIED),
      Map.entry(ResultReason.UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS, ResultReason.FEATURE_NOT_SUPPORTED));

  /** Reasons that appeared in 1.4 (Object Already Exists, Sensitive, Not Extractable), for 1.0–1.3. */
  private static final Map<ResultReason, ResultReason> BEFORE_1_4 = Map.of(
      ResultReason.OBJECT_ALREADY_EXISTS, ResultReason.INVALID_FIELD,
      ResultReason.SENSITIVE, ResultReason.PERMISSION_DENIED,
      ResultReason.NOT_EXTRACTABLE, ResultReason.PERMISSION_DENIED);

  /** The reason {@code v} uses for the failure {@code reason} names. */
  static ResultReason forVersion(ResultReason reason, KmipVersion v) {
    ResultReason r = reason;
    if (!v.atLeast(KmipVersion.V2_0)) {
      r = BEFORE_2_0.getOrDefault(r, r);
      if (!v.atLeast(KmipVersion.V1_4)) {
        r = BEFORE_1_4.getOrDefault(r, r);
      }
    }
    if (r.since().compareTo(v) > 0) {
      return ResultReason.GENERAL_FAILURE;
    }
    return r;
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
