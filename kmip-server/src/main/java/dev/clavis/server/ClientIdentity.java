package dev.clavis.server;

import io.netty.util.AttributeKey;
import java.net.SocketAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who is on the other end of a connection, as proven by TLS client authentication (DESIGN §5):
 * the subject and subject alternative names of the verified client certificate, its chain
 * (leaf first) and the peer's address. Attached to the channel under {@link #ATTRIBUTE} once the
 * handshake has succeeded.
 *
 * @param subject the subject distinguished name in RFC 2253 form, e.g. {@code CN=backup-01,O=Example}
 * @param subjectAlternativeNames the SANs as {@code DNS:…}, {@code IP:…}, {@code email:…}, {@code URI:…}
 * @param certificateChain the verified chain, leaf first
 * @param peer the remote address of the connection
 * @param ticket how a Ticket Credential made the request act as this identity (KMIP 2.1 §6.1.30,
 *     §6.1.12), or {@code null} when no ticket was used
 */
public record ClientIdentity(
    String subject,
    List<String> subjectAlternativeNames,
    List<X509Certificate> certificateChain,
    SocketAddress peer,
    TicketUse ticket) {

  /**
   * A request authenticated by a ticket: the ticket's short hash (for logs; never the value) and,
   * for a Delegated Login ticket, the Rights it is restricted to ({@code null} for a Login ticket,
   * which carries the identity's own rights).
   */
  public record TicketUse(String shortHash, List<dev.clavis.codec.Right> rights) {
    public TicketUse {
      rights = rights == null ? null : List.copyOf(rights);
    }
  }

  /** An identity not obtained through a ticket. */
  public ClientIdentity(String subject, List<String> subjectAlternativeNames, List<X509Certificate> certificateChain,
      SocketAddress peer) {
    this(subject, subjectAlternativeNames, certificateChain, peer, null);
  }

  /** The channel attribute carrying the identity of an authenticated connection. */
  public static final AttributeKey<ClientIdentity> ATTRIBUTE = AttributeKey.valueOf(ClientIdentity.class, "identity");

  public ClientIdentity {
    subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    certificateChain = List.copyOf(certificateChain);
  }

  /** The identity for a verified chain (leaf first). */
  public static ClientIdentity of(List<X509Certificate> chain, SocketAddress peer) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("client certificate chain: empty (expected: at least the leaf)");
    }
    X509Certificate leaf = chain.get(0);
    return new ClientIdentity(leaf.getSubjectX500Principal().getName(), sans(leaf), chain, peer);
  }

  /** The leaf (client) certificate. */
  public X509Certificate certificate() {
    return certificateChain.get(0);
  }

  static List<String> sans(X509Certificate certificate) {
    Collection<List<?>> names;
    try {
      names = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      return List.of();
    }
    if (names == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (List<?> name : names) {
      int type = (Integer) name.get(0);
      Object value = name.get(1);
      String prefix = switch (type) {
        case 1 -> "email:";
        case 2 -> "DNS:";
        case 6 -> "URI:";
        case 7 -> "IP:";
        default -> null; // otherName, x400, directoryName, ediParty, registeredID: not used for identity
      };
      if (prefix != null && value instanceof String s) {
        out.add(prefix + s);
      }
    }
    return out;
  }

  /** Subject, SANs and peer; never the certificates' encodings. */
  @Override
  public String toString() {
    return "ClientIdentity[subject=" + subject + ", sans=" + subjectAlternativeNames + ", peer=" + peer
        + (ticket == null ? "" : ", ticket=" + ticket.shortHash()) + "]";
  }
}
