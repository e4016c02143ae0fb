/**
 * The OASIS KMIP conformance runner: replays the OASIS XML test cases (KMIP Profiles and Test
 * Cases documents) against any KMIP server over mutually authenticated TLS, compares every
 * response with the expected one ({@link dev.clavis.conformance.ResponseComparator}, tolerances
 * named in {@link dev.clavis.conformance.Tolerance}), and reports per file
 * ({@link dev.clavis.conformance.ConformanceReport}). {@code clavis conformance} runs it from the
 * command line.
 *
 * <p>Depends on {@code kmip-codec} (TTLV and the XML encoding), Bouncy Castle (PEM files) and
 * picocli; never on the server, so it can test any server.
 */
package dev.clavis.conformance;
