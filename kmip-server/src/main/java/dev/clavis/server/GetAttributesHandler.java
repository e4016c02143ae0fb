package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.KmipVersion;

/**
 * Get Attributes (KMIP 1.4 §4.12, KMIP 2.1 §6.1.20): the attributes named (all when none is
 * named) that the object has, rendered for the request's version (newer attributes left out; 1.x
 * multi-instance attributes numbered by Attribute Index). Sets the ID Placeholder.
 */
final class GetAttributesHandler implements OperationHandler<GetAttributesRequestPayload> {

  @Override
  public Class<GetAttributesRequestPayload> requestType() {
    return GetAttributesRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(GetAttributesRequestPayload request, RequestContext ctx) {
    String uid = ctx.uid(request.uniqueIdentifier());
    LoadedObject o = ctx.objects().load(uid);
    Attributes selected = o.attributes().select(request.attributeReferences());
    ctx.idPlaceholder(uid);
    return new GetAttributesResponsePayload(uid, forClient(selected, ctx.version));
  }

  /** Attributes as a client of {@code v} gets them. */
  static Attributes forClient(Attributes a, KmipVersion v) {
    Attributes known = a.forVersion(v);
    if (v == KmipVersion.V1_0) {
      // The 1.0 Digest has Hashing Algorithm and Digest Value only (KMIP 1.0 §3.17).
      java.util.List<dev.clavis.codec.Attribute> out = new java.util.ArrayList<>();
      for (dev.clavis.codec.Attribute x : known) {
        if (x.tag() == dev.clavis.codec.spec.Tag.DIGEST && x.value() instanceof dev.clavis.codec.TtlvItem.Structure d) {
          x = dev.clavis.codec.Attribute.of(dev.clavis.codec.TtlvItem.structure(dev.clavis.codec.spec.Tag.DIGEST,
              d.items().stream().filter(f -> f.tag() != dev.clavis.codec.spec.Tag.KEY_FORMAT_TYPE).toList()));
        }
        out.add(x);
      }
      known = new Attributes(out, known.templateNames());
    }
    return v.atLeast(KmipVersion.V2_0) ? known : known.withInstanceIndices();
  }
}
