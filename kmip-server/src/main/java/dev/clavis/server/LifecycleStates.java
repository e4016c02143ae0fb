package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The KMIP object lifecycle (KMIP 1.4 §3.22 State and Figure 1, KMIP 2.1 §4.57 and Figure 3), in
 * one place: which state an operation moves an object to, which moves are allowed, and how the
 * Activation and Deactivation Dates change the state as time passes.
 *
 * <pre>
 *   Pre-Active ──Activate / Activation Date ≤ now──▶ Active ──Revoke (not compromise) / Deactivation Date ≤ now──▶ Deactivated
 *   Pre-Active, Active, Deactivated ──Revoke (Key Compromise, CA Compromise)──▶ Compromised
 *   Pre-Active, Deactivated ──Destroy──▶ Destroyed            Compromised ──Destroy──▶ Destroyed Compromised
 *   Destroyed ──Revoke (compromise)──▶ Destroyed Compromised
 * </pre>
 *
 * An Active object cannot be destroyed (KMIP 2.1 §6.1.15: it must be revoked first).
 */
final class LifecycleStates {

  /** A lifecycle event. */
  enum Transition {
    ACTIVATE, DEACTIVATE, COMPROMISE, DESTROY
  }

  private static final Map<Transition, Set<State>> FROM = Map.of(
      Transition.ACTIVATE, EnumSet.of(State.PRE_ACTIVE),
      Transition.DEACTIVATE, EnumSet.of(State.ACTIVE),
      Transition.COMPROMISE, EnumSet.of(State.PRE_ACTIVE, State.ACTIVE, State.DEACTIVATED, State.DESTROYED),
      Transition.DESTROY, EnumSet.of(State.PRE_ACTIVE, State.DEACTIVATED, State.COMPROMISED));

  private LifecycleStates() {}

  /** Whether {@code t} may happen in state {@code from}. */
  static boolean allowed(State from, Transition t) {
    return FROM.get(t).contains(from);
  }

  /**
   * The state after {@code t} from {@code from}.
   *
   * @throws KmipException Wrong Key Lifecycle State (rendered as Permission Denied for 1.x) when
   *     the transition is not allowed
   */
  static State next(State from, Transition t) {
    if (!allowed(from, t)) {
      throw new KmipException(ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "State: " + from.specName() + " (expected: one of " + names(FROM.get(t)) + " for " + label(t) + ")");
    }
    return switch (t) {
      case ACTIVATE -> State.ACTIVE;
      case DEACTIVATE -> State.DEACTIVATED;
      case COMPROMISE -> from == State.DESTROYED ? State.DESTROYED_COMPROMISED : State.COMPROMISED;
      case DESTROY -> from == State.COMPROMISED ? State.DESTROYED_COMPROMISED : State.DESTROYED;
    };
  }

  /**
   * The state an object is in at {@code now}, given its stored state and dates: a Pre-Active
   * object whose Activation Date has come is Active; an Active (or Pre-Active) object whose
   * Deactivation Date has come is Deactivated (KMIP 2.1 §4.1, §4.15).
   */
  static State effective(State stored, Instant activationDate, Instant deactivationDate, Instant now) {
    State s = stored;
    if (s == State.PRE_ACTIVE && activationDate != null && !activationDate.isAfter(now)) {
      s = State.ACTIVE;
    }
    if ((s == State.ACTIVE || s == State.PRE_ACTIVE) && deactivationDate != null && !deactivationDate.isAfter(now)) {
      s = State.DEACTIVATED;
    }
    return s;
  }

  /** The state of a new object: Active when its Activation Date is not after now, else Pre-Active. */
  static State initial(Instant activationDate, Instant deactivationDate, Instant now) {
    return effective(State.PRE_ACTIVE, activationDate, deactivationDate, now);
  }

  private static String label(Transition t) {
    return switch (t) {
      case ACTIVATE -> "Activate";
      case DEACTIVATE -> "Revoke";
      case COMPROMISE -> "Revoke with a compromise reason";
      case DESTROY -> "Destroy";
    };
  }

  private static String names(Set<State> states) {
    return states.stream().map(State::specName).toList().toString();
  }
}
