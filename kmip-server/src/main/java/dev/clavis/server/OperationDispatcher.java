package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The operations this server implements, one handler each. Query reports exactly {@link
 * #operations()}; any other operation is Operation Not Supported.
 */
final class OperationDispatcher {

  private final Map<Operation, OperationHandler<?>> handlers = new EnumMap<>(Operation.class);

  /**
   * The server's handlers; Interop (KMIP 2.1 §6.1.26, "SHALL NOT be available in a production
   * server") only when {@code interop} ({@code server.interop}, for conformance test runs).
   */
  static OperationDispatcher standard(boolean interop) {
    OperationDispatcher d = new OperationDispatcher();
    d.register(Operation.CREATE, new CreateHandler());
    d.register(Operation.CREATE_KEY_PAIR, new CreateKeyPairHandler());
    d.register(Operation.REGISTER, new RegisterHandler());
    d.register(Operation.RE_KEY, new ReKeyHandler());
    d.register(Operation.RE_KEY_KEY_PAIR, new ReKeyKeyPairHandler());
    d.register(Operation.DERIVE_KEY, new DeriveKeyHandler());
    d.register(Operation.CREATE_SPLIT_KEY, new CreateSplitKeyHandler());
    d.register(Operation.JOIN_SPLIT_KEY, new JoinSplitKeyHandler());
    d.register(Operation.LOCATE, new LocateHandler());
    d.register(Operation.CHECK, new CheckHandler());
    d.register(Operation.GET, new GetHandler());
    d.register(Operation.GET_ATTRIBUTES, new GetAttributesHandler());
    d.register(Operation.GET_ATTRIBUTE_LIST, new GetAttributeListHandler());
    d.register(Operation.ADD_ATTRIBUTE, new AddAttributeHandler());
    d.register(Operation.SET_ATTRIBUTE, new SetAttributeHandler());
    d.register(Operation.MODIFY_ATTRIBUTE, new ModifyAttributeHandler());
    d.register(Operation.DELETE_ATTRIBUTE, new DeleteAttributeHandler());
    d.register(Operation.ACTIVATE, new ActivateHandler());
    d.register(Operation.REVOKE, new RevokeHandler());
    d.register(Operation.DESTROY, new DestroyHandler());
    d.register(Operation.ARCHIVE, new ArchiveHandler());
    d.register(Operation.RECOVER, new RecoverHandler());
    d.register(Operation.OBTAIN_LEASE, new ObtainLeaseHandler());
    d.register(Operation.ENCRYPT, new EncryptHandler());
    d.register(Operation.DECRYPT, new DecryptHandler());
    d.register(Operation.SIGN, new SignHandler());
    d.register(Operation.SIGNATURE_VERIFY, new SignatureVerifyHandler());
    d.register(Operation.MAC, new MacHandler());
    d.register(Operation.MAC_VERIFY, new MacVerifyHandler());
    d.register(Operation.HASH, new HashHandler());
    d.register(Operation.RNG_RETRIEVE, new RngRetrieveHandler());
    d.register(Operation.RNG_SEED, new RngSeedHandler());
    d.register(Operation.QUERY, new QueryHandler(d));
    d.register(Operation.DISCOVER_VERSIONS, new DiscoverVersionsHandler());
    Pkcs11Handler pkcs11 = new Pkcs11Handler();
    d.register(Operation.PKCS_11, pkcs11);
    if (interop) {
      d.register(Operation.INTEROP, new InteropHandler(pkcs11));
    }
    d.register(Operation.LOG, new LogHandler());
    d.register(Operation.LOGIN, new LoginHandler());
    d.register(Operation.LOGOUT, new LogoutHandler());
    d.register(Operation.DELEGATED_LOGIN, new DelegatedLoginHandler());
    d.register(Operation.EXPORT, new ExportHandler());
    d.register(Operation.IMPORT, new ImportHandler());
    return d;
  }

  void register(Operation op, OperationHandler<?> handler) {
    handlers.put(op, handler);
  }

  /** The implemented operations, in enumeration order. */
  Set<Operation> operations() {
    return Collections.unmodifiableSet(handlers.keySet());
  }

  /** Runs the handler of {@code request}'s operation. */
  ResponsePayload dispatch(RequestPayload request, RequestContext ctx) {
    OperationHandler<?> h = handlers.get(request.operation());
    if (h == null) {
      throw unsupported(request.operation());
    }
    return run(h, request, ctx);
  }

  /** Whether {@code op} has a handler. */
  boolean supports(Operation op) {
    return handlers.containsKey(op);
  }

  static KmipException unsupported(Operation op) {
    return new KmipException(ResultReason.OPERATION_NOT_SUPPORTED,
        "Operation: " + (op == null ? "unknown" : op.specName()) + " (expected: an operation this server implements; see Query)");
  }

  private static <Q extends RequestPayload> ResponsePayload run(OperationHandler<Q> h, RequestPayload request, RequestContext ctx) {
    return h.handle(h.requestType().cast(request), ctx);
  }
}
