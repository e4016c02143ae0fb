package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KeyWrapType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;

/**
 * Get (KMIP 1.4 §4.11, KMIP 2.1 §6.1.19): returns the managed object with its material, in the
 * requested Key Format Type ({@link KeyFormats}; PKCS#12 by {@link Pkcs12Export}), or wrapped per
 * the Key Wrapping Specification ({@link KeyWrapping}); Key Wrap Type Not Wrapped, or a Key
 * Wrapping Specification, unwraps a key registered wrapped (KMIP 1.4 §4.11) before any conversion
 * or wrapping. A destroyed object has no material: Object Destroyed (2.x) / Permission
 * Denied (1.x). An object whose Extractable is false is Not Extractable; a Sensitive one leaves
 * only wrapped (Sensitive) — KMIP 1.4 §3.48, §3.50. Key Compression Type is not supported. A
 * served object is no longer Fresh (KMIP 2.1 §4.24). Sets the ID Placeholder.
 */
final class GetHandler implements OperationHandler<GetRequestPayload> {

  @Override
  public Class<GetRequestPayload> requestType() {
    return GetRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(GetRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().load(uid);
    if (o.state() == State.DESTROYED || o.state() == State.DESTROYED_COMPROMISED) {
      throw new KmipException(ResultReason.OBJECT_DESTROYED,
          "State: " + o.state().specName() + " (expected: an object whose material was not destroyed)");
    }
    if (o.objectType() == dev.clavis.codec.spec.ObjectType.TEMPLATE) {
      // KMIP 1.4 §4.11: a Key Wrapping Specification "SHALL NOT be specified if the requested
      // object is a Template"; templates do not exist in 2.x.
      Templates.refuseIn2x(ctx, "Get of a Template");
      if (request.keyWrappingSpecification() != null) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "Key Wrapping Specification: given for a Template (expected: none; a Template is not wrapped)");
      }
    }
    if (request.keyCompressionType() != null) {
      throw new KmipException(ResultReason.KEY_COMPRESSION_TYPE_NOT_SUPPORTED, "Key Compression Type: "
          + request.keyCompressionType().specName() + " (expected: none; this server does not compress keys)");
    }
    if (!o.attributes().bool(Tag.EXTRACTABLE).orElse(true)) {
      throw new KmipException(ResultReason.NOT_EXTRACTABLE,
          "Extractable: false (expected: true to Get the object's material)");
    }
    if (o.attributes().bool(Tag.SENSITIVE).orElse(false) && request.keyWrappingSpecification() == null) {
      throw new KmipException(ResultReason.SENSITIVE,
          "Sensitive: true (expected: a Key Wrapping Specification; a sensitive key leaves only wrapped)");
    }
    ManagedObject stored = ctx.objects().material(o);
    ManagedObject out = null;
    try {
      KeyBlock registered = ManagedObjects.keyBlock(stored);
      boolean wrappedAsStructure = registered != null && registered.keyWrappingData() != null
          && registered.keyValue() instanceof dev.clavis.codec.KeyValue.Plain;
      if (request.keyWrapType() == KeyWrapType.NOT_WRAPPED || request.keyWrappingSpecification() != null) {
        // A key registered wrapped is unwrapped first, for Not Wrapped and for a Key Wrapping
        // Specification, which then wraps the plaintext anew (OASIS TC-WRAP-3).
        ManagedObject unwrapped = KeyWrapping.unwrap(stored, ctx);
        if (unwrapped != stored) {
          stored.wipe();
          stored = unwrapped;
        }
      }
      KeyBlock kb = ManagedObjects.keyBlock(stored);
      out = request.keyFormatType() == KeyFormatType.PKCS_12 && kb != null && kb.keyFormatType() != KeyFormatType.PKCS_12
          ? Pkcs12Export.export(o, stored, ctx)
          : KeyFormats.convert(stored, request.keyFormatType());
      if (request.keyWrappingSpecification() != null) {
        ManagedObject wrapped = KeyWrapping.wrap(out, request.keyWrappingSpecification(), ctx, wrappedAsStructure);
        if (out != stored) {
          out.wipe();
        }
        out = wrapped;
      }
      if (ctx.operation == Operation.GET) {
        ctx.objects().served(o); // not when Export serves through this handler
      }
      ctx.idPlaceholder(uid);
      return new GetResponsePayload(o.objectType(), uid, out);
    } finally {
      if (out != stored) {
        stored.wipe();
      }
    }
  }
}
