package dev.clavis.server;

import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ClientRegistrationMethod;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Query (KMIP 1.4 §4.25, KMIP 2.1 §6.1.37): answers Query Operations (exactly the operations
 * with a handler), Query Objects (the object types Register and Get handle), Query Server
 * Information (Vendor Identification "Clavis", Server Information with Server Name and Server
 * Version from 2.0), Query RNGs, Query Profiles, Query Capabilities, Query Client Registration
 * Methods, Query Defaults Information and Query Storage Protection Masks (from {@link
 * ServerDescription}). Application Namespaces, Extension List/Map, Attestation Types and
 * Validations are answered with nothing: the server generates no namespace values, defines no
 * extension tags, supports no attestation and asserts no formal validation (KMIP 1.4 §4.25: "A
 * server MAY elect to return no validation information"). Lists are rendered without values newer
 * than the request's version.
 */
final class QueryHandler implements OperationHandler<QueryRequestPayload> {

  static final String VENDOR = "Clavis";
  static final String VERSION = "0.1.0";

  static final List<ObjectType> OBJECT_TYPES = List.of(ObjectType.CERTIFICATE, ObjectType.SYMMETRIC_KEY,
      ObjectType.PUBLIC_KEY, ObjectType.PRIVATE_KEY, ObjectType.SPLIT_KEY, ObjectType.SECRET_DATA,
      ObjectType.OPAQUE_OBJECT, ObjectType.PGP_KEY);

  private final OperationDispatcher dispatcher;

  QueryHandler(OperationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public Class<QueryRequestPayload> requestType() {
    return QueryRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(QueryRequestPayload request, RequestContext ctx) {
    List<Operation> operations = new ArrayList<>();
    List<ObjectType> objects = new ArrayList<>();
    String vendor = null;
    TtlvItem.Structure info = null;
    List<TtlvItem.Structure> rngs = List.of();
    List<TtlvItem.Structure> profiles = List.of();
    List<TtlvItem.Structure> capabilities = List.of();
    List<ClientRegistrationMethod> registration = List.of();
    TtlvItem.Structure defaults = null;
    TtlvItem.Structure masks = null;
    for (QueryFunction f : request.queryFunctions()) {
      switch (f) {
        case QUERY_OPERATIONS -> {
          // A Delegated Login ticket's holder is told the operations its Rights name (TC-DLOGIN-1-20).
          for (Operation op : dispatcher.operations()) {
            if (ctx.services.access().ticketPermits(ctx.client, op)) {
              operations.add(op);
            }
          }
        }
        case QUERY_OBJECTS -> {
          objects.addAll(OBJECT_TYPES);
          if (!ctx.version.atLeast(dev.clavis.codec.spec.KmipVersion.of(2, 0))) {
            objects.add(ObjectType.TEMPLATE); // 1.x only (KMIP 1.4 §2.2.6), see Templates
          }
        }
        case QUERY_SERVER_INFORMATION -> {
          vendor = VENDOR;
          info = TtlvItem.structure(Tag.SERVER_INFORMATION,
              TtlvItem.text(Tag.SERVER_NAME, "Clavis KMIP server"),
              TtlvItem.text(Tag.SERVER_VERSION, VERSION));
        }
        case QUERY_RNGS -> rngs = ServerDescription.rngs();
        case QUERY_PROFILES -> profiles = ServerDescription.profiles(ctx.version);
        case QUERY_CAPABILITIES -> capabilities = List.of(ServerDescription.capabilities());
        case QUERY_CLIENT_REGISTRATION_METHODS -> registration = ServerDescription.CLIENT_REGISTRATION;
        case QUERY_DEFAULTS_INFORMATION -> defaults = ServerDescription.defaults();
        case QUERY_STORAGE_PROTECTION_MASKS ->
            masks = ServerDescription.protectionStorageMasks(ctx.services.keyProtection().kind());
        default -> {
          // Application namespaces, extension list/map, attestation types, validations: none.
        }
      }
    }
    return new QueryResponsePayload(operations.stream().distinct().toList(), objects.stream().distinct().toList(),
        vendor, info, List.of(), List.of(), List.of(), rngs, profiles, List.of(), capabilities, registration,
        defaults, masks);
  }
}
