#!/usr/bin/env python3
"""Enrich kmip-registry.json with XML names and spec sections.

Run from the repository root (needs only the Python 3 standard library):

    python3 kmip-codec/src/build/enrich_registry.py \
        --spec-dir ../shared/spec \
        kmip-codec/src/main/resources/dev/clavis/codec/spec/kmip-registry.json

The file is rewritten in place with the same layout (indent 1, ASCII escapes). Existing keys are
kept; it adds or replaces:
  * tags[].xml_name, enumerations[].values[].xml_name, masks[].values[].xml_name
    -- the KMIP Profiles name normalisation (Profiles v1.4 / v2.1 "Normalizing Names", XML and
       JSON encodings), see xml_name() below;
  * tags[].enumeration -- the enumeration or mask whose values the tag carries when it is
    encoded as an Enumeration (or, for a mask, as an Integer): the enumeration or mask of the same
    name, or ENUMERATION_OF below. Tags whose Enumeration values are tags or item types (Attribute
    Reference, Tag, Extension Type) have none;
  * tags[].section, enumerations[].section, masks[].section
    -- "<version> §<number> <title>" of the heading that defines the item, taken from the latest
       spec version that lists it (rules in sections.py, next to this file);
  * two value names the text extraction damaged (NAME_FIXES) and one XML-name override
    (XML_NAME_OVERRIDES), each with its reason below.
Running it twice changes nothing. The committed JSON is the source of truth; this script is only
how it was produced. After a change, regenerate the Java names:
    ./mvnw -pl kmip-codec test -Dtest=GeneratedSourcesTest -Dclavis.regenerate=true
"""
import argparse
import json
import re
import sys


def xml_name(name):
    """KMIP Profiles name normalisation (XML/JSON encodings), as six steps.

    1. '(' and ')' become spaces.
    2. A non-word character followed by a letter and then a lower-case letter is a word
       boundary: it becomes a space ("Template-Attribute" -> "Template Attribute").
    3. Every other non-word character except white space becomes '_' ("SHA-256" -> "SHA_256",
       "X.509" -> "X_509", "PKCS#11" -> "PKCS_11").
    4. Digits at the start of the first word move to its end ("3DES" -> "DES3").
    5. The first letter of each word is upper-cased; the rest is kept.
    6. The words are joined without spaces.
    """
    s = re.sub(r"[()]", " ", name)
    s = re.sub(r"[^A-Za-z0-9_\s]([A-Za-z][a-z])", r" \1", s)
    s = re.sub(r"[^A-Za-z0-9_\s]", "_", s)
    words = s.split()
    out = []
    for i, w in enumerate(words):
        if i == 0:
            m = re.match(r"^(\d+)(.*)$", w)
            if m:
                w = m.group(2) + m.group(1)
        out.append(w[:1].upper() + w[1:])
    return "".join(out)


# Names the text rendering damaged: the spec writes GF(2<sup>8</sup>) with a superscript, which the
# .txt/registry extraction flattened to "GF (28)". The OASIS test vectors use PolynomialSharingGF2_8.
NAME_FIXES = {
    ("Split Key Method", "Polynomial Sharing GF (216)"): "Polynomial Sharing GF (2^16)",
    ("Split Key Method", "Polynomial Sharing GF (28)"): "Polynomial Sharing GF (2^8)",
}

# XML names that do not follow from the (latest) spec name. Mask Generator 0x01 is spelt "MGF1" in
# v1.4 and "MFG1" (a typo) in v2.0/v2.1; every OASIS test vector, 2.1 included, writes MGF1.
XML_NAME_OVERRIDES = {
    ("Mask Generator", "MFG1"): "MGF1",
}


# Enumeration-typed tags whose values come from an enumeration of another name.
ENUMERATION_OF = {
    "Mask Generator Hashing Algorithm": "Hashing Algorithm",  # v1.4 §2.1.5, v2.1 §4.16
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec-dir", required=True)
    ap.add_argument("registry")
    args = ap.parse_args()
    with open(args.registry, encoding="utf-8") as f:
        reg = json.load(f)
    enumerations = {e["name"] for e in reg["enumerations"]} | {m["name"] for m in reg["masks"]}
    for t in reg["tags"]:
        t["xml_name"] = xml_name(t["name"])
        e = ENUMERATION_OF.get(t["name"], t["name"] if t["name"] in enumerations else None)
        if e is not None:
            t["enumeration"] = e
        else:
            t.pop("enumeration", None)
    for group in ("enumerations", "masks"):
        for e in reg[group]:
            for v in e["values"]:
                fixed = NAME_FIXES.get((e["name"], v["name"]))
                if fixed is not None:
                    v["name"] = fixed
                    v["note"] = "superscript restored from the spec HTML (GF(2^n))"
                v["xml_name"] = XML_NAME_OVERRIDES.get((e["name"], v["name"]), xml_name(v["name"]))
    try:
        import sections
    except ImportError:
        sections = None
    if sections is not None:
        sections.apply(reg, args.spec_dir)
    with open(args.registry, "w", encoding="utf-8") as f:
        f.write(json.dumps(reg, indent=1, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
