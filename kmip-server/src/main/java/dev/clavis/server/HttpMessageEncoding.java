package dev.clavis.server;

import java.util.Locale;
import java.util.Optional;

/**
 * The message encodings KMIP over HTTPS carries, chosen by the request's {@code Content-Type}
 * and answered in kind (KMIP Additional Message Encodings v1.0 §2.4 "HTTP Encoding", §4 JSON,
 * §6 XML; KMIP Profiles v2.1 §6.1 JSON Encoding, §6.2 XML Encoding): binary TTLV as
 * {@code application/octet-stream}, XML as {@code text/xml}, JSON as {@code application/json}.
 */
enum HttpMessageEncoding {
  TTLV("application/octet-stream"),
  XML("text/xml"),
  JSON("application/json");

  /** The media type sent in the response's {@code Content-Type}. */
  final String mediaType;

  HttpMessageEncoding(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The {@code Content-Type} header value of a response in this encoding. */
  String contentType() {
    return this == TTLV ? mediaType : mediaType + "; charset=utf-8";
  }

  /**
   * The encoding a {@code Content-Type} names: the media type is matched without case, its
   * parameters are ignored except {@code charset}, which must be UTF-8 (or absent) for XML and
   * JSON. {@code application/xml} is read as XML (RFC 7303 makes it the preferred name) and
   * answered as {@code text/xml}, the profile's type.
   *
   * @return empty for a missing, unknown or unreadable type (HTTP 415)
   */
  static Optional<HttpMessageEncoding> of(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String[] parts = contentType.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    HttpMessageEncoding e = switch (type) {
      case "application/octet-stream" -> TTLV;
      case "text/xml", "application/xml" -> XML;
      case "application/json" -> JSON;
      default -> null;
    };
    if (e == null) {
      return Optional.empty();
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset") && e != TTLV) {
        String cs = p.substring(eq + 1).trim().replace("\"", "");
        if (!cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(e);
  }

  /** The media types accepted, for the 415 text. */
  static String accepted() {
    return "application/octet-stream, text/xml, application/json";
  }
}
