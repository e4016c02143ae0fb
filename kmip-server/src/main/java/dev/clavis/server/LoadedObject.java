package dev.clavis.server;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.State;
import dev.clavis.storage.StoredObject;

/**
 * A managed object as a handler sees it: the stored row and its full attribute set decoded, the
 * State attribute already the effective state at the request's time (see {@link
 * LifecycleStates#effective}).
 */
record LoadedObject(StoredObject stored, Attributes attributes) {

  String uid() {
    return stored.uid();
  }

  ObjectType objectType() {
    return ObjectType.fromValue(stored.objectType());
  }

  State state() {
    return State.fromValue(attributes.enumeration(dev.clavis.codec.spec.Tag.STATE).orElse(stored.state()));
  }

  LoadedObject withAttributes(Attributes a) {
    return new LoadedObject(stored, a);
  }
}
