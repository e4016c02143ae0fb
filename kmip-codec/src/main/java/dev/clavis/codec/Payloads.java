package dev.clavis.codec;

import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.util.EnumSet;
import java.util.Set;

/**
 * Typed payloads by operation (KMIP 1.4 §4, KMIP 2.1 §6.1): {@link #request} and {@link
 * #response} read a raw payload structure into its {@code <Operation>RequestPayload} /
 * {@code <Operation>ResponsePayload} record; an operation without a typed payload is {@code
 * Operation Not Supported}.
 */
public final class Payloads {
  private Payloads() {}

  private static final Set<Operation> SUPPORTED = java.util.Collections.unmodifiableSet(EnumSet.of(
        Operation.CREATE, Operation.CREATE_KEY_PAIR, Operation.REGISTER, Operation.RE_KEY, Operation.RE_KEY_KEY_PAIR, Operation.DERIVE_KEY, Operation.LOCATE, Operation.CHECK, Operation.GET, Operation.GET_ATTRIBUTES, Operation.GET_ATTRIBUTE_LIST, Operation.ADD_ATTRIBUTE, Operation.SET_ATTRIBUTE, Operation.ACTIVATE, Operation.REVOKE, Operation.DESTROY, Operation.ARCHIVE, Operation.RECOVER, Operation.DISCOVER_VERSIONS, Operation.ENCRYPT, Operation.DECRYPT, Operation.SIGN, Operation.SIGNATURE_VERIFY, Operation.MAC, Operation.MAC_VERIFY, Operation.HASH, Operation.RNG_RETRIEVE, Operation.RNG_SEED, Operation.IMPORT, Operation.EXPORT, Operation.POLL, Operation.CANCEL, Operation.QUERY, Operation.MODIFY_ATTRIBUTE, Operation.DELETE_ATTRIBUTE,
        Operation.CREATE_SPLIT_KEY, Operation.JOIN_SPLIT_KEY, Operation.OBTAIN_LEASE,
        Operation.INTEROP, Operation.LOG, Operation.PKCS_11,
        Operation.LOGIN, Operation.LOGOUT, Operation.DELEGATED_LOGIN));

  /** The operations with typed payloads. */
  public static Set<Operation> supported() {
    return SUPPORTED;
  }

  /** Reads a Request Payload for {@code op} as sent in protocol version {@code v}. */
  public static RequestPayload request(Operation op, TtlvItem.Structure payload, KmipVersion v) {
    if (op == null) {
      throw unsupported(null);
    }
    return switch (op) {
      case CREATE -> CreateRequestPayload.fromTtlv(payload, v);
      case CREATE_KEY_PAIR -> CreateKeyPairRequestPayload.fromTtlv(payload, v);
      case REGISTER -> RegisterRequestPayload.fromTtlv(payload, v);
      case RE_KEY -> ReKeyRequestPayload.fromTtlv(payload, v);
      case RE_KEY_KEY_PAIR -> ReKeyKeyPairRequestPayload.fromTtlv(payload, v);
      case DERIVE_KEY -> DeriveKeyRequestPayload.fromTtlv(payload, v);
      case LOCATE -> LocateRequestPayload.fromTtlv(payload, v);
      case CHECK -> CheckRequestPayload.fromTtlv(payload, v);
      case GET -> GetRequestPayload.fromTtlv(payload, v);
      case GET_ATTRIBUTES -> GetAttributesRequestPayload.fromTtlv(payload, v);
      case GET_ATTRIBUTE_LIST -> GetAttributeListRequestPayload.fromTtlv(payload, v);
      case ADD_ATTRIBUTE -> AddAttributeRequestPayload.fromTtlv(payload, v);
      case SET_ATTRIBUTE -> SetAttributeRequestPayload.fromTtlv(payload, v);
      case ACTIVATE -> ActivateRequestPayload.fromTtlv(payload, v);
      case REVOKE -> RevokeRequestPayload.fromTtlv(payload, v);
      case DESTROY -> DestroyRequestPayload.fromTtlv(payload, v);
      case ARCHIVE -> ArchiveRequestPayload.fromTtlv(payload, v);
      case RECOVER -> RecoverRequestPayload.fromTtlv(payload, v);
      case DISCOVER_VERSIONS -> DiscoverVersionsRequestPayload.fromTtlv(payload, v);
      case ENCRYPT -> EncryptRequestPayload.fromTtlv(payload, v);
      case DECRYPT -> DecryptRequestPayload.fromTtlv(payload, v);
      case SIGN -> SignRequestPayload.fromTtlv(payload, v);
      case SIGNATURE_VERIFY -> SignatureVerifyRequestPayload.fromTtlv(payload, v);
      case MAC -> MACRequestPayload.fromTtlv(payload, v);
      case MAC_VERIFY -> MACVerifyRequestPayload.fromTtlv(payload, v);
      case HASH -> HashRequestPayload.fromTtlv(payload, v);
      case RNG_RETRIEVE -> RNGRetrieveRequestPayload.fromTtlv(payload, v);
      case RNG_SEED -> RNGSeedRequestPayload.fromTtlv(payload, v);
      case IMPORT -> ImportRequestPayload.fromTtlv(payload, v);
      case EXPORT -> ExportRequestPayload.fromTtlv(payload, v);
      case POLL -> PollRequestPayload.fromTtlv(payload, v);
      case CANCEL -> CancelRequestPayload.fromTtlv(payload, v);
      case QUERY -> QueryRequestPayload.fromTtlv(payload, v);
      case MODIFY_ATTRIBUTE -> ModifyAttributeRequestPayload.fromTtlv(payload, v);
      case DELETE_ATTRIBUTE -> DeleteAttributeRequestPayload.fromTtlv(payload, v);
      case CREATE_SPLIT_KEY -> CreateSplitKeyRequestPayload.fromTtlv(payload, v);
      case JOIN_SPLIT_KEY -> JoinSplitKeyRequestPayload.fromTtlv(payload, v);
      case OBTAIN_LEASE -> ObtainLeaseRequestPayload.fromTtlv(payload, v);
      case INTEROP -> InteropRequestPayload.fromTtlv(payload, v);
      case LOG -> LogRequestPayload.fromTtlv(payload, v);
      case LOGIN -> LoginRequestPayload.fromTtlv(payload, v);
      case LOGOUT -> LogoutRequestPayload.fromTtlv(payload, v);
      case DELEGATED_LOGIN -> DelegatedLoginRequestPayload.fromTtlv(payload, v);
      case PKCS_11 -> PKCS11RequestPayload.fromTtlv(payload, v);
      default -> throw unsupported(op);
    };
  }

  /** Reads a Response Payload for {@code op} as sent in protocol version {@code v}. */
  public static ResponsePayload response(Operation op, TtlvItem.Structure payload, KmipVersion v) {
    if (op == null) {
      throw unsupported(null);
    }
    return switch (op) {
      case CREATE -> CreateResponsePayload.fromTtlv(payload, v);
      case CREATE_KEY_PAIR -> CreateKeyPairResponsePayload.fromTtlv(payload, v);
      case REGISTER -> RegisterResponsePayload.fromTtlv(payload, v);
      case RE_KEY -> ReKeyResponsePayload.fromTtlv(payload, v);
      case RE_KEY_KEY_PAIR -> ReKeyKeyPairResponsePayload.fromTtlv(payload, v);
      case DERIVE_KEY -> DeriveKeyResponsePayload.fromTtlv(payload, v);
      case LOCATE -> LocateResponsePayload.fromTtlv(payload, v);
      case CHECK -> CheckResponsePayload.fromTtlv(payload, v);
      case GET -> GetResponsePayload.fromTtlv(payload, v);
      case GET_ATTRIBUTES -> GetAttributesResponsePayload.fromTtlv(payload, v);
      case GET_ATTRIBUTE_LIST -> GetAttributeListResponsePayload.fromTtlv(payload, v);
      case ADD_ATTRIBUTE -> AddAttributeResponsePayload.fromTtlv(payload, v);
      case SET_ATTRIBUTE -> SetAttributeResponsePayload.fromTtlv(payload, v);
      case ACTIVATE -> ActivateResponsePayload.fromTtlv(payload, v);
      case REVOKE -> RevokeResponsePayload.fromTtlv(payload, v);
      case DESTROY -> DestroyResponsePayload.fromTtlv(payload, v);
      case ARCHIVE -> ArchiveResponsePayload.fromTtlv(payload, v);
      case RECOVER -> RecoverResponsePayload.fromTtlv(payload, v);
      case DISCOVER_VERSIONS -> DiscoverVersionsResponsePayload.fromTtlv(payload, v);
      case ENCRYPT -> EncryptResponsePayload.fromTtlv(payload, v);
      case DECRYPT -> DecryptResponsePayload.fromTtlv(payload, v);
      case SIGN -> SignResponsePayload.fromTtlv(payload, v);
      case SIGNATURE_VERIFY -> SignatureVerifyResponsePayload.fromTtlv(payload, v);
      case MAC -> MACResponsePayload.fromTtlv(payload, v);
      case MAC_VERIFY -> MACVerifyResponsePayload.fromTtlv(payload, v);
      case HASH -> HashResponsePayload.fromTtlv(payload, v);
      case RNG_RETRIEVE -> RNGRetrieveResponsePayload.fromTtlv(payload, v);
      case RNG_SEED -> RNGSeedResponsePayload.fromTtlv(payload, v);
      case IMPORT -> ImportResponsePayload.fromTtlv(payload, v);
      case EXPORT -> ExportResponsePayload.fromTtlv(payload, v);
      case POLL -> PollResponsePayload.fromTtlv(payload, v);
      case CANCEL -> CancelResponsePayload.fromTtlv(payload, v);
      case QUERY -> QueryResponsePayload.fromTtlv(payload, v);
      case MODIFY_ATTRIBUTE -> ModifyAttributeResponsePayload.fromTtlv(payload, v);
      case DELETE_ATTRIBUTE -> DeleteAttributeResponsePayload.fromTtlv(payload, v);
      case CREATE_SPLIT_KEY -> CreateSplitKeyResponsePayload.fromTtlv(payload, v);
      case JOIN_SPLIT_KEY -> JoinSplitKeyResponsePayload.fromTtlv(payload, v);
      case OBTAIN_LEASE -> ObtainLeaseResponsePayload.fromTtlv(payload, v);
      case INTEROP -> InteropResponsePayload.fromTtlv(payload, v);
      case LOG -> LogResponsePayload.fromTtlv(payload, v);
      case LOGIN -> LoginResponsePayload.fromTtlv(payload, v);
      case LOGOUT -> LogoutResponsePayload.fromTtlv(payload, v);
      case DELEGATED_LOGIN -> DelegatedLoginResponsePayload.fromTtlv(payload, v);
      case PKCS_11 -> PKCS11ResponsePayload.fromTtlv(payload, v);
      default -> throw unsupported(op);
    };
  }

  static KmipException unsupported(Operation op) {
    return new KmipException(
        ResultReason.OPERATION_NOT_SUPPORTED, "Operation: " + op + " (expected: one of " + supported() + ")");
  }
}
