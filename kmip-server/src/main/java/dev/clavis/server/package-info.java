/**
 * The Clavis KMIP server: Netty bootstrap, TLS, pipeline, batch processing, operation handlers,
 * identity and access policy, audit, configuration and the {@code clavis} command line.
 *
 * <p>Depends on every other module, Netty and Logback.
 */
package dev.clavis.server;
