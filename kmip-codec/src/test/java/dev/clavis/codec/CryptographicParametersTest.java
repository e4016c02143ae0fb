package dev.clavis.codec;

import static dev.clavis.codec.TtlvItem.bool;
import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.PaddingMethod;
import dev.clavis.codec.spec.Tag;
import org.junit.jupiter.api.Test;

class CryptographicParametersTest {

  @Test
  void readsTheStructureOfAnEncryptRequest() {
    TtlvItem.Structure gcm = structure(Tag.CRYPTOGRAPHIC_PARAMETERS,
        enumeration(Tag.BLOCK_CIPHER_MODE, BlockCipherMode.GCM.value()),
        enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        bool(Tag.RANDOM_IV, true), integer(Tag.IV_LENGTH, 96), integer(Tag.TAG_LENGTH, 16));
    EncryptRequestPayload e = EncryptRequestPayload.fromTtlv(
        structure(Tag.REQUEST_PAYLOAD, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, "k"), gcm, TtlvItem.bytes(Tag.DATA, new byte[3])),
        KmipVersion.V1_4);
    CryptographicParameters p = CryptographicParameters.fromTtlv(e.cryptographicParameters());
    assertThat(p.blockCipherMode()).isEqualTo(BlockCipherMode.GCM);
    assertThat(p.cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
    assertThat(p.randomIv()).isTrue();
    assertThat(p.ivLength()).isEqualTo(96);
    assertThat(p.tagLength()).isEqualTo(16);
    assertThat(p.paddingMethod()).isNull();
    assertThat(p.toTtlv(KmipVersion.V1_4)).isEqualTo(gcm);
    // Random IV, IV Length and Tag Length appeared in 1.2.
    assertThat(p.toTtlv(KmipVersion.V1_1).items()).extracting(TtlvItem::tag)
        .contains(Tag.BLOCK_CIPHER_MODE)
        .doesNotContain(Tag.RANDOM_IV, Tag.IV_LENGTH, Tag.TAG_LENGTH);
    assertThat(CryptographicParameters.fromTtlv(null)).isNull();
    assertThat(CryptographicParameters.of(BlockCipherMode.CBC, PaddingMethod.PKCS5, CryptographicAlgorithm.AES)
        .toTtlv(KmipVersion.V1_0).items()).hasSize(3);
  }
}
