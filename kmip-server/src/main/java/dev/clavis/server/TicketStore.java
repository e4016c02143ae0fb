package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.Right;
import dev.clavis.codec.Ticket;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.TicketType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live tickets of Login and Delegated Login (KMIP 2.1 §6.1.30, §6.1.12, §7.39), in memory
 * only: a restart invalidates every ticket.
 *
 * <p>A ticket is a bearer credential, so: its value is 32 bytes from the JDK's SP 800-90A DRBG
 * ({@link KeyGeneration#PAIR_RANDOM}); the server keeps only the SHA-256 of the value (a lookup
 * compares hashes, so neither timing nor a heap dump gives the value back); logs name a ticket by
 * the first 8 hex digits of that hash. A ticket expires after its Lease Time (0 or none: the
 * server's maximum; more: capped at it), and after its Request Count requests (each request
 * message counts once; 0 or none: unlimited) the next use is Usage Limit Exceeded. A Login ticket
 * is bound to the client certificate that logged in: from another certificate it is Invalid
 * Ticket, the answer for an unknown, expired or logged-out ticket too. A Delegated Login ticket is
 * meant to be handed to another client, so any authenticated client may present it; it acts as
 * the delegator restricted to its Rights ({@link AccessPolicy}).
 */
final class TicketStore {

  private static final Logger log = LoggerFactory.getLogger(TicketStore.class);

  /** The longest lease a ticket gets, and the lease of one that asks for none. */
  static final Duration MAX_LEASE = Duration.ofHours(1);
  /** At most this many live tickets; beyond, Login is refused rather than memory exhausted. */
  static final int MAX_TICKETS = 10_000;
  private static final int VALUE_BYTES = 32;

  /** One live ticket: who it acts as, the certificate it is bound to, its limits. */
  private record Entry(ClientIdentity owner, String boundCertificate, Instant expires, AtomicLong remaining,
      List<Right> rights) {}

  private final Map<String, Entry> tickets = new ConcurrentHashMap<>();

  /**
   * Issues a ticket acting as {@code owner}.
   *
   * @param rights the Delegated Login restriction, or {@code null} for a Login ticket (bound to
   *     {@code connection}'s certificate)
   * @throws KmipException Invalid Field for a negative lease or count or a past lease date;
   *     Permission Denied when too many tickets are live
   */
  Ticket issue(ClientIdentity owner, ClientIdentity connection, Long leaseSeconds, Instant leaseUntil,
      Integer requestCount, List<Right> rights, Instant now) {
    Instant max = now.plus(MAX_LEASE);
    Instant expires;
    if (leaseUntil != null) {
      if (!leaseUntil.isAfter(now)) {
        throw new KmipException(ResultReason.INVALID_FIELD, "Lease Time: " + leaseUntil + " (expected: a future date)");
      }
      expires = leaseUntil.isBefore(max) ? leaseUntil : max;
    } else if (leaseSeconds == null || leaseSeconds == 0) {
      expires = max;
    } else if (leaseSeconds < 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Lease Time: " + leaseSeconds + " (expected: 0 or more seconds)");
    } else {
      expires = leaseSeconds >= MAX_LEASE.toSeconds() ? max : now.plusSeconds(leaseSeconds);
    }
    if (requestCount != null && requestCount < 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Request Count: " + requestCount + " (expected: 0 or more)");
    }
    purge(now);
    if (tickets.size() >= MAX_TICKETS) {
      throw new KmipException(ResultReason.PERMISSION_DENIED,
          "tickets: " + MAX_TICKETS + " live (expected: fewer; Logout unused tickets)");
    }
    byte[] value = new byte[VALUE_BYTES];
    KeyGeneration.PAIR_RANDOM.nextBytes(value);
    String hash = hash(value);
    long count = requestCount == null || requestCount == 0 ? Long.MAX_VALUE : requestCount;
    String bound = rights == null ? certificateId(connection) : null;
    tickets.put(hash, new Entry(owner, bound, expires, new AtomicLong(count), rights == null ? null : List.copyOf(rights)));
    log.info("{} ticket {} issued to {} until {}{}", rights == null ? "login" : "delegated", shortHash(hash),
        AccessPolicy.identity(owner), expires, count == Long.MAX_VALUE ? "" : ", " + count + " request(s)");
    Ticket t = new Ticket(TicketType.LOGIN, value);
    java.util.Arrays.fill(value, (byte) 0);
    return t;
  }

  /**
   * The identity a request presenting {@code ticket} on {@code connection} acts as; counts the
   * request.
   *
   * @throws KmipException Invalid Ticket (unknown, expired, logged out, or a Login ticket from
   *     another certificate), Usage Limit Exceeded (Request Count used up)
   */
  ClientIdentity redeem(Ticket ticket, ClientIdentity connection, Instant now) {
    String hash = hash(ticket.value());
    Entry e = live(hash, connection, now);
    if (e.remaining().getAndUpdate(n -> n > 0 ? n - 1 : 0) <= 0) {
      throw new KmipException(ResultReason.USAGE_LIMIT_EXCEEDED,
          "ticket " + shortHash(hash) + ": Request Count used up (expected: a new Login)");
    }
    ClientIdentity o = e.owner();
    return new ClientIdentity(o.subject(), o.subjectAlternativeNames(), connection.certificateChain(), connection.peer(),
        new ClientIdentity.TicketUse(shortHash(hash), e.rights()));
  }

  /**
   * Logout: invalidates {@code ticket}.
   *
   * @throws KmipException Invalid Ticket when it is not live (or a Login ticket of another certificate)
   */
  void revoke(Ticket ticket, ClientIdentity connection, Instant now) {
    String hash = hash(ticket.value());
    live(hash, connection, now);
    tickets.remove(hash);
    log.info("ticket {} logged out", shortHash(hash));
  }

  private Entry live(String hash, ClientIdentity connection, Instant now) {
    Entry e = tickets.get(hash);
    if (e != null && !now.isBefore(e.expires())) {
      tickets.remove(hash, e);
      e = null;
    }
    if (e == null || e.boundCertificate() != null && !e.boundCertificate().equals(certificateId(connection))) {
      throw new KmipException(ResultReason.INVALID_TICKET,
          "ticket " + shortHash(hash) + ": not valid (expected: a live ticket from Login on this client certificate)");
    }
    return e;
  }

  /** Drops expired tickets (bounded by the number of tickets). */
  private void purge(Instant now) {
    tickets.entrySet().removeIf(x -> !now.isBefore(x.getValue().expires()));
  }

  /** The number of live or not yet purged tickets. */
  int size() {
    return tickets.size();
  }

  /** The SHA-256 of the leaf certificate, or the subject when the connection has no chain. */
  private static String certificateId(ClientIdentity c) {
    if (c.certificateChain().isEmpty()) {
      return "subject:" + c.subject();
    }
    try {
      return hash(c.certificate().getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("client certificate: not encodable", e);
    }
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shortHash(String hash) {
    return hash.substring(0, 8);
  }
}
