// GENERATED from kmip-registry.json by SpecGenerator — DO NOT EDIT.

/**
 * The names Java code uses for the KMIP specification registry, generated from
 * {@code kmip-registry.json}: {@link dev.clavis.codec.spec.Tag} constants, one enum per
 * KMIP enumeration (KMIP 1.4 §9.1.3.2, KMIP 2.1 §11), one enum per bit mask (KMIP 1.4
 * §9.1.3.3, KMIP 2.1 §12) and {@link dev.clavis.codec.spec.KmipVersion}.
 *
 * <p>Files headed {@code GENERATED … DO NOT EDIT} are not edited by hand: change the
 * registry and run {@code ./mvnw -pl kmip-codec test -Dtest=GeneratedSourcesTest
 * -Dclavis.regenerate=true}; {@code GeneratedSourcesTest} fails the build when they are
 * stale. Depends on the JDK only.
 */
package dev.clavis.codec.spec;
