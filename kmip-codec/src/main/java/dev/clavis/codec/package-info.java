/**
 * The KMIP codec: the TTLV item model ({@link dev.clavis.codec.TtlvItem}), its binary, XML and
 * JSON encodings, the spec registry, and the typed messages, payloads and attributes of KMIP
 * 1.0–1.4 and 2.0–2.1.
 *
 * <p>Pure: depends on the JDK, Jackson core (JSON) and StAX (XML) only — no Netty, no JDBC, no
 * security provider. Generated code (tag constants and enumerations) lives in
 * {@code dev.clavis.codec.spec}.
 */
package dev.clavis.codec;
