package dev.clavis.codec;

import dev.clavis.codec.spec.CertificateType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Tag;
import java.util.Arrays;
import java.util.Objects;

/** Certificate (KMIP 1.4 §2.2.1 Table 46, KMIP 2.1 §2.1 Table 2): Certificate Type and DER value. */
public record Certificate(CertificateType certificateType, byte[] certificateValue) implements ManagedObject {

  public Certificate {
    Objects.requireNonNull(certificateType, "certificateType");
    Objects.requireNonNull(certificateValue, "certificateValue");
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.CERTIFICATE;
  }

  static Certificate fromTtlv(TtlvItem item) {
    FieldReader r = FieldReader.of(item, Tag.CERTIFICATE, "Certificate");
    Certificate c = new Certificate(
        r.requireEnum(Tag.CERTIFICATE_TYPE, CertificateType::fromValue), r.bytes(Tag.CERTIFICATE_VALUE));
    r.end();
    return c;
  }

  @Override
  public TtlvItem.Structure toTtlv(KmipVersion v) {
    return TtlvItem.structure(
        Tag.CERTIFICATE,
        TtlvItem.enumeration(Tag.CERTIFICATE_TYPE, certificateType.value()),
        TtlvItem.bytes(Tag.CERTIFICATE_VALUE, certificateValue));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Certificate c
        && c.certificateType == certificateType
        && Arrays.equals(c.certificateValue, certificateValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(certificateType, Arrays.hashCode(certificateValue));
  }

  @Override
  public String toString() {
    return "Certificate[" + certificateType + ", " + certificateValue.length + " bytes]";
  }
}
