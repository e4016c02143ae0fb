package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.RecommendedCurve;
import dev.clavis.codec.spec.ResultReason;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.junit.jupiter.api.Test;

/** {@link EcCurves#bcName}: every KMIP Recommended Curve but Curve25519/448 names a Bouncy Castle curve. */
class EcCurvesTest {

  @Test
  void everyRecommendedCurveResolves() {
    List<String> unresolved = new ArrayList<>();
    for (RecommendedCurve c : RecommendedCurve.values()) {
      if (c == RecommendedCurve.CURVE25519 || c == RecommendedCurve.CURVE448) {
        assertThatThrownBy(() -> EcCurves.bcName(c)).isInstanceOfSatisfying(KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED));
        continue;
      }
      if (ECNamedCurveTable.getParameterSpec(EcCurves.bcName(c)) == null) {
        unresolved.add(c + " -> " + EcCurves.bcName(c));
      }
    }
    assertThat(unresolved).isEmpty();
    assertThat(EcCurves.bcName(RecommendedCurve.SECP256K1)).isEqualTo("secp256k1");
    assertThat(EcCurves.bcName(RecommendedCurve.P_256)).isEqualTo("P-256");
    assertThat(EcCurves.bcName(RecommendedCurve.BRAINPOOLP256R1)).isEqualTo("brainpoolP256r1");
  }
}
