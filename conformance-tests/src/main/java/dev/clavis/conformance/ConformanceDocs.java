package dev.clavis.conformance;

/** The fixed text of {@code docs/conformance.md}, placed before the generated tables. */
final class ConformanceDocs {

  private ConformanceDocs() {}

  static final String PREAMBLE = """
      The runner (module `conformance-tests`, package `dev.clavis.conformance`) replays the OASIS KMIP
      XML test cases of `../shared/conformance/oasis` against a KMIP server over mutually authenticated
      TLS: each request is sent with its `$…` placeholders resolved, each response is compared with
      the expected one — exactly on result status, result reason and every field, except for the
      tolerances listed below — and a file stops at its first difference. Per-file results, with the
      first difference of each failure, are in `conformance-tests/target/conformance-report.json`.

      ## Running it

      ```sh
      ./mvnw verify -pl conformance-tests -am          # against a Clavis server started for the run
      bin/clavis conformance --host HOST --port 5696 --cert client.pem --key client.key --ca ca.pem \\
          [--set kmip-1.4-profiles] [--file 'mandatory/SKLC-*'] [--oasis-dir DIR] [--trace DIR]
      ```

      The command tests any KMIP server (PEM client certificate and key, and the CA of the server's
      certificate); it prints one line per file and writes `conformance-report.json`. The JUnit run
      takes the same target from system properties (`-Dclavis.conformance.host=… .port .cert .key .ca`)
      and narrows with `-Dclavis.conformance.sets=REGEX` / `-Dclavis.conformance.files=GLOB`. A full run
      against Clavis regenerates this page; other runs write `conformance-tests/target/conformance.md`.
      `--trace DIR` writes every request, expected and actual response of each file as KMIP XML,
      with byte strings redacted to their length.

      ## Keeping the build green: the baseline

      A failing file does not fail `./mvnw verify` by itself: its test is reported *aborted* with the
      first difference. `conformance-tests/src/test/resources/conformance-baseline.txt` lists the files
      Clavis must pass: a listed file that fails **fails the build** (a regression). A run lists the files
      that pass but are not in the baseline in `conformance-tests/target/conformance-new-passes.txt`;
      add them to the baseline to lock them in. Skips come only from the skip list below, with a reason,
      and count as not passed.

      ## How the files are read

      - Request *n* is paired with response *n*; messages run in file order over one TLS connection per
        file. `kmip-1.4-testcases/TC-DERIVEKEY-4-10.xml` (two requests, then two responses) is paired by
        operation and sent in the order of its responses.
      - `$UNIQUE_IDENTIFIER_n` (and the `Private`/`PublicKey` and `LinkedObject` forms) is bound at its
        first appearance in a response, then substituted into requests and expected exactly; an unbound
        one in a request (`kmip-1.3-testcases/TC-RNG-ATTR-2-13.xml`) is the *n*-th distinct identifier the
        server returned. `$…_RANDOM_n` are fresh random identifiers; `$NOW±N` is computed when first
        sent; captured outputs (`$DATA`, `$CORRELATION_VALUE`, `$IV_COUNTER_NONCE`, …) are sent back. Where
        a file expects a deterministic output as a literal and then sends it back as a placeholder
        (`CS-AC-M-6` `$MAC_DATA`, `CS-BC-M-13` `$DATA_0`, `TC-STREAM-MAC-1-14`), the placeholder is the
        last value the server returned under that tag. `$CORRELATION_VALUE` is bound anew by the response
        to each Init Indicator True request: the TC-STREAM files run several streams under that one name.
      - Parameters a request leaves out are the key's: the runner remembers the Cryptographic Parameters
        attribute each Register, Create or attribute operation of the file gave an object, and decides
        whether an Encrypt or Sign is randomized (OAEP, PSS, Random IV) from the request's, else those.
      - Two literals contradict their own file and are read corrected (`FILE_ERRATUM` below):
        `kmip-1.3-profiles/mandatory/CS-BC-M-6-13.xml` (a cipher text) and
        `kmip-1.4-profiles/optional/OMOS-O-1-14.xml` (a response's Protocol Version).
      - `TC-ECDSA-SIGN-1-14.xml` (a doubled `</KMIP>`) is read up to its first `</KMIP>`; the 1.0–1.2
        files' root `<KmipTestCase>` is accepted, and their attribute names with runs of spaces (an
        artefact of the HTML rebuild, e.g. `"Cryptographic   Usage Mask"`) are read with single spaces.
      - Objects a file leaves on the server stay there for the rest of its set: the sets hold files
        meant to run in sequence (e.g. `SASED-M-2` registers what `SASED-M-3` locates), so files run
        in path order (a set's `*-SETUP-*` files first, `*-CLEANUP-*` last) and a failure can cascade
        into the next file of a sequence. Each set is a run of its own: when its files are done, the
        runner revokes and destroys every object the server created for them, so no set sees another
        set's objects. `kmip-1.4-testcases` starts by running `kmip-1.3-testcases/TC-OTP-SETUP-1-13.xml`
        (unreported): its one-time-pad cases use that object and the 1.4 document has no setup.
      """;
}
