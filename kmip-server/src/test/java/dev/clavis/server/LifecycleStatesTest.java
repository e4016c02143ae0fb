package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every (state, transition) pair of the KMIP lifecycle (KMIP 2.1 §4.57, Figure 3): allowed with its target, or refused. */
class LifecycleStatesTest {

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
      "PRE_ACTIVE, ACTIVATE, ACTIVE",
      "ACTIVE, ACTIVATE, REFUSED",
      "DEACTIVATED, ACTIVATE, REFUSED",
      "COMPROMISED, ACTIVATE, REFUSED",
      "DESTROYED, ACTIVATE, REFUSED",
      "DESTROYED_COMPROMISED, ACTIVATE, REFUSED",
      "PRE_ACTIVE, DEACTIVATE, REFUSED",
      "ACTIVE, DEACTIVATE, DEACTIVATED",
      "DEACTIVATED, DEACTIVATE, REFUSED",
      "COMPROMISED, DEACTIVATE, REFUSED",
      "DESTROYED, DEACTIVATE, REFUSED",
      "DESTROYED_COMPROMISED, DEACTIVATE, REFUSED",
      "PRE_ACTIVE, COMPROMISE, COMPROMISED",
      "ACTIVE, COMPROMISE, COMPROMISED",
      "DEACTIVATED, COMPROMISE, COMPROMISED",
      "COMPROMISED, COMPROMISE, REFUSED",
      "DESTROYED, COMPROMISE, DESTROYED_COMPROMISED",
      "DESTROYED_COMPROMISED, COMPROMISE, REFUSED",
      "PRE_ACTIVE, DESTROY, DESTROYED",
      "ACTIVE, DESTROY, REFUSED",
      "DEACTIVATED, DESTROY, DESTROYED",
      "COMPROMISED, DESTROY, DESTROYED_COMPROMISED",
      "DESTROYED, DESTROY, REFUSED",
      "DESTROYED_COMPROMISED, DESTROY, REFUSED",
  })
  void transition(State from, LifecycleStates.Transition t, String to) {
    if (to.equals("REFUSED")) {
      assertThat(LifecycleStates.allowed(from, t)).isFalse();
      assertThatThrownBy(() -> LifecycleStates.next(from, t))
          .isInstanceOfSatisfying(KmipException.class,
              e -> assertThat(e.reason()).isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE))
          .hasMessageContaining("State: " + from.specName() + " (expected: one of");
    } else {
      assertThat(LifecycleStates.allowed(from, t)).isTrue();
      assertThat(LifecycleStates.next(from, t)).isEqualTo(State.valueOf(to));
    }
  }

  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @ParameterizedTest(name = "{0}, activation {1}, deactivation {2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "PRE_ACTIVE, -, -, PRE_ACTIVE",
      "PRE_ACTIVE, 2026-11-28T12:00:00Z, -, ACTIVE",
      "PRE_ACTIVE, 2026-11-28T11:00:00Z, -, ACTIVE",
      "PRE_ACTIVE, 2026-11-28T12:00:01Z, -, PRE_ACTIVE",
      "PRE_ACTIVE, 2026-11-28T11:00:00Z, 2026-11-28T11:30:00Z, DEACTIVATED",
      "ACTIVE, 2026-11-28T11:00:00Z, 2026-11-28T12:00:00Z, DEACTIVATED",
      "ACTIVE, 2026-11-28T11:00:00Z, 2026-11-29T12:00:00Z, ACTIVE",
      "COMPROMISED, 2026-11-28T11:00:00Z, 2026-11-28T11:30:00Z, COMPROMISED",
      "DESTROYED, 2026-11-28T11:00:00Z, -, DESTROYED",
  })
  void datesChangeTheStateAsTimePasses(State stored, Instant activation, Instant deactivation, State expected) {
    assertThat(LifecycleStates.effective(stored, activation, deactivation, NOW)).isEqualTo(expected);
  }
}
