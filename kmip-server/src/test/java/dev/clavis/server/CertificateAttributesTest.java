package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.DigitalSignatureAlgorithm;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@link CertificateAttributes} on the OASIS TC-ECC-3 certificate (secp256k1, ECDSA with SHA-256). */
class CertificateAttributesTest {

  /** The self-signed EC certificate the OASIS TC-ECC-3-20 test case registers. */
  static final byte[] ECC3 = HexFormat.of().parseHex("308201d53082017aa003020102020900ec0b7402196d5295300a06082a8648ce3d0403023048310b3009060355040613025553310d300b060355040a0c0454455354310e300c060355040b0c054f41534953311a301806035504030c114b4d49502d45432d736563703235366b31301e170d3133303632353130333331315a170d3233303632333130333331315a3048310b3009060355040613025553310d300b060355040a0c0454455354310e300c060355040b0c054f41534953311a301806035504030c114b4d49502d45432d736563703235366b313056301006072a8648ce3d020106052b8104000a03420004dab5d3c253113db414abfc1c0ebf5a02559e656aa1c8b0aa8d870aa0324cda4899925ea1e6dbc259a6c7825cf46592ac7594cc40bd604b728d88b636f317d366a350304e301d0603551d0e04160414a098d4bba8817f7e95068c875fbec850b3e177a0301f0603551d23041830168014a098d4bba8817f7e95068c875fbec850b3e177a0300c0603551d13040530030101ff300a06082a8648ce3d0403020349003046022100e9cd14b63e3e57dd26ddfba77a3ed1d05b3721454f617509dff3b9af02d4f5ae022100c9afef9344b8f8b12c525b4618dc3621bce7f8b390ac01ffbe686cc7641c76bb");

  @Test
  void anEcCertificateGivesItsNamePartsAlgorithmsAndIdentifiers() {
    Attributes a = Attributes.of(CertificateAttributes.of(ECC3));
    assertThat(a.text(Tag.CERTIFICATE_SUBJECT_CN)).contains("KMIP-EC-secp256k1");
    assertThat(a.text(Tag.CERTIFICATE_SUBJECT_OU)).contains("OASIS");
    assertThat(a.text(Tag.CERTIFICATE_ISSUER_O)).contains("TEST");
    assertThat(a.text(Tag.CERTIFICATE_ISSUER_C)).contains("US");
    assertThat(a.enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM)).contains(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256.value());
    assertThat(a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.EC.value());
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    // As the test case expects: the DER of the issuer Name and of the serial number INTEGER.
    TtlvItem.Structure id = (TtlvItem.Structure) a.get(Tag.X_509_CERTIFICATE_IDENTIFIER).orElseThrow();
    assertThat(HexFormat.of().formatHex(id.find(Tag.CERTIFICATE_SERIAL_NUMBER, TtlvItem.Bytes.class).orElseThrow().value()))
        .isEqualTo("020900ec0b7402196d5295");
    assertThat(HexFormat.of().formatHex(id.find(Tag.ISSUER_DISTINGUISHED_NAME, TtlvItem.Bytes.class).orElseThrow().value()))
        .isEqualTo("3048310b3009060355040613025553310d300b060355040a0c0454455354310e300c060355040b0c054f41534953"
            + "311a301806035504030c114b4d49502d45432d736563703235366b31");
    TtlvItem.Structure v1 = (TtlvItem.Structure) a.get(Tag.CERTIFICATE_IDENTIFIER).orElseThrow();
    assertThat(v1.find(Tag.SERIAL_NUMBER, TtlvItem.Text.class).orElseThrow().value()).isEqualTo("ec0b7402196d5295");
    assertThat(v1.find(Tag.ISSUER, TtlvItem.Text.class).orElseThrow().value())
        .isEqualTo("CN=KMIP-EC-secp256k1,OU=OASIS,O=TEST,C=US");
    assertThat(a.list()).extracting(Attribute::tag).doesNotHaveDuplicates();
  }

  @Test
  void bytesThatAreNotACertificateAreInvalidField() {
    for (byte[] bad : new byte[][] {{}, {0x30, 0x00}, {0x04, 0x01, 0x00}, HexFormat.of().parseHex("3003020101")}) {
      assertThatThrownBy(() -> CertificateAttributes.of(bad))
          .isInstanceOfSatisfying(KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
    }
  }
}
