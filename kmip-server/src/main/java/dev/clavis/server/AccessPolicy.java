package dev.clavis.server;

import dev.clavis.storage.LocateQuery;
import dev.clavis.storage.StoreTransaction;
import dev.clavis.storage.StoredObject;
import java.util.List;
import java.util.Set;

/**
 * Decides who sees which managed object (DESIGN §5), in one place. An object belongs to the
 * identity that created or registered it; it is visible to its owner, to identities holding a
 * grant on it (the store's grants table), and to every administrator (identities listed under
 * {@code access.admins}). An identity that may not see an object gets Item Not Found for it — the
 * same answer as for an object that does not exist — and never finds it with Locate.
 *
 * <p>An identity is the client certificate's subject DN (RFC 2253); an administrator entry
 * matches either the subject or one of the certificate's subject alternative names as {@link
 * ClientIdentity} writes them ({@code DNS:…}, {@code email:…}).
 */
final class AccessPolicy {

  private final Set<String> admins;

  AccessPolicy(List<String> admins) {
    this.admins = Set.copyOf(admins);
  }

  /** The owner name recorded for objects {@code client} creates. */
  static String identity(ClientIdentity client) {
    return client.subject();
  }

  /** Whether {@code client} is an administrator. */
  boolean isAdmin(ClientIdentity client) {
    if (admins.contains(client.subject())) {
      return true;
    }
    for (String san : client.subjectAlternativeNames()) {
      if (admins.contains(san)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code client} may see and operate on {@code object}. */
  boolean canAccess(ClientIdentity client, StoredObject object, StoreTransaction tx) {
    String id = identity(client);
    if (object.owner().equals(id) || isAdmin(client)) {
      return true;
    }
    return tx.grantsFor(object.uid()).stream().anyMatch(g -> g.grantee().equals(id));
  }

  /** The Locate query scope for {@code client}: its own and granted objects, or all for an administrator. */
  LocateQuery.Builder locateScope(ClientIdentity client) {
    return isAdmin(client) ? LocateQuery.all() : LocateQuery.visibleTo(identity(client));
  }
}
