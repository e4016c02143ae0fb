package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.hsm.KeyProtectionException;
import dev.clavis.storage.DuplicateNameException;
import dev.clavis.storage.InvalidAttributeException;
import dev.clavis.storage.ObjectAlreadyExistsException;
import dev.clavis.storage.ObjectNotFoundException;
import dev.clavis.storage.StaleObjectException;
import dev.clavis.storage.StoreLimitException;
import dev.clavis.storage.StoreUnavailableException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per mapping of {@link ResultReasons}. */
class ResultReasonsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(new KmipException(ResultReason.INVALID_FIELD, "Name: x (expected: y)"), ResultReason.INVALID_FIELD, false),
        Arguments.of(new RuntimeException("wrapper", new KmipException(ResultReason.MISSING_DATA, "m")), ResultReason.MISSING_DATA, false),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.UNKNOWN_KEY, "k"), ResultReason.ITEM_NOT_FOUND, false),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.INVALID_ARGUMENT, "k"), ResultReason.INVALID_FIELD, false),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.UNSUPPORTED, "k"), ResultReason.FEATURE_NOT_SUPPORTED, false),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY, "blob"), ResultReason.CRYPTOGRAPHIC_FAILURE, true),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.TOKEN, "t"), ResultReason.CRYPTOGRAPHIC_FAILURE, true),
        Arguments.of(new KeyProtectionException(KeyProtectionException.Reason.BUSY, "b"), ResultReason.CRYPTOGRAPHIC_FAILURE, true),
        Arguments.of(new ObjectNotFoundException("u"), ResultReason.OBJECT_NOT_FOUND, false),
        Arguments.of(new ObjectAlreadyExistsException("u"), ResultReason.OBJECT_ALREADY_EXISTS, false),
        Arguments.of(new DuplicateNameException("n"), ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, false),
        Arguments.of(new InvalidAttributeException("bad"), ResultReason.INVALID_FIELD, false),
        Arguments.of(new StoreLimitException("name", 2000, 1024), ResultReason.INVALID_FIELD, false),
        Arguments.of(new StaleObjectException("u", 3), ResultReason.GENERAL_FAILURE, false),
        Arguments.of(new StoreUnavailableException("db down", null), ResultReason.GENERAL_FAILURE, true),
        Arguments.of(new TtlvException("truncated"), ResultReason.INVALID_MESSAGE, false),
        Arguments.of(new IllegalStateException("secret detail"), ResultReason.GENERAL_FAILURE, true),
        Arguments.of(new NullPointerException(), ResultReason.GENERAL_FAILURE, true));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void maps(Throwable t, ResultReason expected, boolean unexpected) {
    ResultReasons.Failure f = ResultReasons.map(t);
    assertThat(f.reason()).isEqualTo(expected);
    assertThat(f.unexpected()).isEqualTo(unexpected);
    assertThat(f.message()).isNotBlank();
  }

  @Test
  void unknownFailuresGetAGenericMessageWithoutTheirDetails() {
    ResultReasons.Failure f = ResultReasons.map(new IllegalStateException("key bytes 00112233"));
    assertThat(f.message()).isEqualTo(ResultReasons.GENERIC_MESSAGE).doesNotContain("0011");
    assertThat(ResultReasons.map(new KeyProtectionException(KeyProtectionException.Reason.INTEGRITY, "blob 7f for uid u-1")).message())
        .doesNotContain("7f").doesNotContain("u-1");
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
      "WRONG_KEY_LIFECYCLE_STATE, V2_1, WRONG_KEY_LIFECYCLE_STATE",
      "WRONG_KEY_LIFECYCLE_STATE, V1_4, PERMISSION_DENIED",
      "WRONG_KEY_LIFECYCLE_STATE, V1_0, PERMISSION_DENIED",
      "ATTRIBUTE_READ_ONLY, V1_2, PERMISSION_DENIED",
      "ATTRIBUTE_SINGLE_VALUED, V1_4, INVALID_FIELD",
      "ATTRIBUTE_NOT_FOUND, V1_1, INVALID_FIELD",
      "OBJECT_DESTROYED, V1_3, PERMISSION_DENIED",
      "OBJECT_DESTROYED, V2_0, OBJECT_DESTROYED",
      "NON_UNIQUE_NAME_ATTRIBUTE, V1_4, INVALID_FIELD",
      "OBJECT_ALREADY_EXISTS, V1_4, OBJECT_ALREADY_EXISTS",
      "OBJECT_ALREADY_EXISTS, V1_3, INVALID_FIELD",
      "UNSUPPORTED_PROTOCOL_VERSION, V1_4, INVALID_MESSAGE",
      "INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, V1_4, PERMISSION_DENIED",
      "KEY_VALUE_NOT_PRESENT, V1_1, GENERAL_FAILURE",
      "KEY_VALUE_NOT_PRESENT, V1_2, KEY_VALUE_NOT_PRESENT",
      "SERVER_LIMIT_EXCEEDED, V1_4, GENERAL_FAILURE",
      "ITEM_NOT_FOUND, V1_0, ITEM_NOT_FOUND",
  })
  void reasonsForEachVersion(ResultReason reason, KmipVersion v, ResultReason expected) {
    assertThat(ResultReasons.forVersion(reason, v)).isEqualTo(expected);
  }
}
