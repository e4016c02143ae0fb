/**
 * The persistent object store: the {@link dev.clavis.storage.ObjectStore} SPI, its value types
 * ({@link dev.clavis.storage.StoredObject}, {@link dev.clavis.storage.LocateQuery},
 * {@link dev.clavis.storage.LocateResult}, {@link dev.clavis.storage.Grant}), its exceptions
 * (one per KMIP Result Reason the server must report), and the JDBC implementation
 * {@link dev.clavis.storage.JdbcObjectStore} over embedded H2 (file mode) or PostgreSQL.
 *
 * <p>The store knows the few attributes KMIP Locate filters on (KMIP 2.1 §6.1.28) as columns;
 * the full attribute set and the sealed key material are opaque byte arrays written by the
 * server. No KMIP codec type crosses this API, and no key material is ever in plain form here.
 *
 * <p>Depends on the JDK, JDBC drivers (H2, PostgreSQL), HikariCP, Flyway and SLF4J only.
 */
package dev.clavis.storage;
