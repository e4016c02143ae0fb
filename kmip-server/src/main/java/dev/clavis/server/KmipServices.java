package dev.clavis.server;

import dev.clavis.hsm.KeyProtection;
import dev.clavis.storage.ObjectStore;
import java.time.Clock;
import java.util.Objects;

/**
 * What the operation handlers work with: the object store, the key protection, the access policy,
 * the limits, the clock, the lease policy and whether the Interop operation is served. Owned by whoever opened them ({@link ServeCommand},
 * or a test).
 */
record KmipServices(ObjectStore store, KeyProtection keyProtection, AccessPolicy access, ServerLimits limits, Clock clock,
    LeasePolicy lease, boolean interop) {
  KmipServices {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(keyProtection, "keyProtection");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(lease, "lease");
  }

  /** With the default lease policy. */
  KmipServices(ObjectStore store, KeyProtection keyProtection, AccessPolicy access, ServerLimits limits, Clock clock) {
    this(store, keyProtection, access, limits, clock, LeasePolicy.DEFAULT, false);
  }

  /** Without the Interop operation. */
  KmipServices(ObjectStore store, KeyProtection keyProtection, AccessPolicy access, ServerLimits limits, Clock clock,
      LeasePolicy lease) {
    this(store, keyProtection, access, limits, clock, lease, false);
  }
}
