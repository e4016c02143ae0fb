package dev.clavis.codec;

import static dev.clavis.codec.HandBuiltPayloadsTest.req;
import static dev.clavis.codec.HandBuiltPayloadsTest.resp;
import static dev.clavis.codec.HandBuiltPayloadsTest.roundTrip;
import static dev.clavis.codec.MessageErrorsTest.assertReason;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 1.x Template object (KMIP 1.4 §2.2.6 Table 50) in Register and Get payloads, and template
 * names in a Template-Attribute (KMIP 1.4 §2.1.8 Table 29), read and rendered.
 */
class TemplatePayloadsTest {

  static TtlvItem.Structure attribute(String name, TtlvItem value) {
    return structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, name), value);
  }

  static TtlvItem.Structure templateTtlv() {
    return structure(Tag.TEMPLATE,
        attribute("Cryptographic Algorithm", enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.value())),
        attribute("Object Group", text(Tag.ATTRIBUTE_VALUE, "group-1")),
        attribute("x-Custom", text(Tag.ATTRIBUTE_VALUE, "v1")));
  }

  static Template template() {
    return new Template(Attributes.of(List.of(
        Attribute.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value())),
        Attribute.of(text(Tag.OBJECT_GROUP, "group-1")),
        Attribute.vendor("x", "Custom", text(Tag.ATTRIBUTE_VALUE, "v1")))));
  }

  static TtlvItem.Structure name(String n) {
    return new Name(n, NameType.UNINTERPRETED_TEXT_STRING).toTtlv();
  }

  @Test
  void registerAndGetATemplateIn13() {
    TtlvItem.Structure request = req(
        enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()),
        structure(Tag.TEMPLATE_ATTRIBUTE, attribute("Name", structure(Tag.ATTRIBUTE_VALUE,
            text(Tag.NAME_VALUE, "tpl-1"), enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.value())))),
        templateTtlv());
    RegisterRequestPayload expected = new RegisterRequestPayload(ObjectType.TEMPLATE,
        Attributes.of(List.of(new Name("tpl-1", NameType.UNINTERPRETED_TEXT_STRING).toAttribute())), template(), null);
    roundTrip(Operation.REGISTER, request, expected, resp(text(Tag.UNIQUE_IDENTIFIER, "t-1")),
        new RegisterResponsePayload("t-1", null), KmipVersion.V1_3);

    roundTrip(Operation.GET, req(text(Tag.UNIQUE_IDENTIFIER, "t-1")), new GetRequestPayload("t-1", null, null, null, null),
        resp(enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()), text(Tag.UNIQUE_IDENTIFIER, "t-1"), templateTtlv()),
        new GetResponsePayload(ObjectType.TEMPLATE, "t-1", template()), KmipVersion.V1_0);
  }

  @Test
  void templateNamesInATemplateAttributeAreKeptInOrderBeforeTheAttributes() {
    TtlvItem.Structure request = req(
        enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
        structure(Tag.TEMPLATE_ATTRIBUTE, name("tpl-b"), name("tpl-a"),
            attribute("Cryptographic Length", integer(Tag.ATTRIBUTE_VALUE, 256))));
    CreateRequestPayload create = (CreateRequestPayload) Payloads.request(Operation.CREATE, request, KmipVersion.V1_2);
    assertThat(create.attributes().templateNames()).containsExactly(name("tpl-b"), name("tpl-a"));
    assertThat(create.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    assertThat(create.toTtlv(KmipVersion.V1_2)).isEqualTo(request);
    // 2.x has no template names: rendering drops them.
    assertThat(create.attributes().forVersion(KmipVersion.V2_0).templateNames()).isEmpty();
  }

  @Test
  void aTemplateHoldsAttributesOnly() {
    assertReason(() -> Payloads.request(Operation.REGISTER, req(
            enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()), structure(Tag.TEMPLATE_ATTRIBUTE),
            structure(Tag.TEMPLATE)), KmipVersion.V1_4),
        ResultReason.INVALID_FIELD, "Template: no Attribute");
    assertReason(() -> Payloads.request(Operation.REGISTER, req(
            enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()), structure(Tag.TEMPLATE_ATTRIBUTE),
            structure(Tag.TEMPLATE, text(Tag.OBJECT_GROUP, "g"))), KmipVersion.V1_4),
        ResultReason.INVALID_FIELD, "Object Group");
    assertReason(() -> Payloads.request(Operation.REGISTER, req(
            enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()), structure(Tag.TEMPLATE_ATTRIBUTE),
            structure(Tag.SYMMETRIC_KEY)), KmipVersion.V1_4),
        ResultReason.INVALID_MESSAGE, "Template");
  }

  @Test
  void aTemplateIsWrittenWithV1AttributesAndPrintsNoValues() {
    assertThat(template().toTtlv(KmipVersion.V2_1)).isEqualTo(templateTtlv());
    assertThat(ManagedObject.isObjectTag(Tag.TEMPLATE)).isTrue();
    assertThat(ManagedObject.tagOf(ObjectType.TEMPLATE)).isEqualTo(Tag.TEMPLATE);
    assertThat(template().toString()).isEqualTo("Template[3 attributes]").doesNotContain("group-1");
  }
}
