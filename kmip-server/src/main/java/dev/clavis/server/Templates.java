package dev.clavis.server;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.Name;
import dev.clavis.codec.Template;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import dev.clavis.storage.LocateResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1.x Template object (KMIP 1.4 §2.2.6; deprecated in 1.3, removed in 2.0) and its use by
 * name in a Template-Attribute (KMIP 1.4 §2.1.8): the attributes of the named templates are
 * applied first, in the order the names are given, then the request's explicit attributes
 * override them — a single-valued attribute replaces the template's instance, a multi-valued one
 * adds an instance.
 *
 * <p>A name that names no visible on-line template is Item Not Found, an archived template Object
 * Archived (KMIP 1.4 §11.1). KMIP 2.x has no templates: a template name or a Template object in a
 * 2.x request is Invalid Object Type (KMIP 2.1 §6.1.39 errors).
 */
final class Templates {

  private Templates() {}

  /** {@code requested} with the templates it names applied (itself when it names none). */
  static Attributes resolve(Attributes requested, RequestContext ctx) {
    if (requested.templateNames().isEmpty()) {
      return requested;
    }
    refuseIn2x(ctx, "Template-Attribute Name (a template reference)");
    List<Attribute> merged = new ArrayList<>();
    for (TtlvItem.Structure n : requested.templateNames()) {
      Template t = load(Name.fromTtlv(n).value(), ctx);
      overlay(merged, t.attributes().list());
    }
    overlay(merged, requested.list());
    return Attributes.of(merged);
  }

  /**
   * Checks a Template being registered: 1.x only, attributes a client may set at creation (each
   * single-valued one once, see {@link AttributeRules#forCreation}), and no Name inside the Template structure (KMIP 1.4 §11.3: "Trying to register
   * a new Template object containing a Name attribute with the Template structure" is Invalid
   * Field; its name goes in the Template-Attribute).
   */
  static void checkRegistered(Template t, RequestContext ctx) {
    refuseIn2x(ctx, "Template");
    for (Attribute a : t.attributes()) {
      if (!a.isVendor() && a.tag() == Tag.NAME) {
        throw new KmipException(ResultReason.INVALID_FIELD,
            "Template: holds a Name attribute (expected: the template's Name in the Template-Attribute)");
      }
    }
    AttributeRules.forCreation(t.attributes(), ctx);
  }

  /** Invalid Object Type for a protocol version from 2.0, where templates do not exist. */
  static void refuseIn2x(RequestContext ctx, String what) {
    if (ctx.version.atLeast(KmipVersion.of(2, 0))) {
      throw new KmipException(ResultReason.INVALID_OBJECT_TYPE,
          what + ": in KMIP " + ctx.version + " (expected: KMIP 1.x; templates were removed in 2.0)");
    }
  }

  private static Template load(String name, RequestContext ctx) {
    // On-line and archived (Storage Status Mask 1|2): an archived template is then Object Archived.
    LocateResult found = ctx.tx.locate(ctx.services.access().locateScope(ctx.client)
        .objectType(ObjectType.TEMPLATE.value()).name(name).storageStatusMask(3).maximumItems(1).build());
    if (found.uids().isEmpty()) {
      throw new KmipException(ResultReason.ITEM_NOT_FOUND,
          "Template-Attribute Name: " + name + " (expected: the name of an existing Template)");
    }
    ManagedObject m = ctx.objects().material(ctx.objects().load(found.uids().get(0)));
    if (!(m instanceof Template t)) {
      throw new IllegalStateException("stored object of type Template is a " + m.objectType());
    }
    return t;
  }

  /** Adds {@code over} to {@code into}: single-valued attributes replace earlier instances. */
  private static void overlay(List<Attribute> into, List<Attribute> over) {
    for (Attribute a : over) {
      if (!AttributeRules.multiValued(a)) {
        into.removeIf(x -> AttributeRules.sameAttribute(x, a));
      }
      into.add(a);
    }
  }
}
