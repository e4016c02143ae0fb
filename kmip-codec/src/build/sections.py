"""Spec-section lookup for enrich_registry.py (imported by it; not run on its own).

For every tag, enumeration and mask, finds the heading of the section that defines it in the
latest specification version that lists it (for items removed in version N, the version before
N), in the plain-text renderings ../shared/spec/<doc>/<doc>.txt, where headings sit on their own
lines ("4.36 Object Type"). The section is written "<version> §<number> <heading title>".

Rules, in order:
  tags          1. a heading whose title is the tag name (the attribute/object/field sections);
                   Chapter titles ("6 Operations") do not count;
                2. else the section holding the first table row whose first cell is (or, split at
                   commas, contains) the tag name (a field of a structure, e.g. Batch Count in
                   Request Header), ignoring the tag table itself, enumeration and mask tables, the
                   v1.x Tag Cross-reference and the conformance clauses;
                3. else the tag table section (v1.x §9.1.3.1 Tags, v2.x "Tag Enumeration").
  enumerations  the heading "<name> Enumeration" (else "<name>") under the enumerations chapter
                (v1.x §9.1.3.2, v2.x §11).
  masks         the heading "<name>" under the bit-mask chapter (v1.x §9.1.3.3, v2.x §12).
"""
import os
import re

DOCS = {
    "1.0": "kmip-spec-1.0-os",
    "1.1": "kmip-spec-v1.1-os",
    "1.2": "kmip-spec-v1.2-os",
    "1.3": "kmip-spec-v1.3-os",
    "1.4": "kmip-spec-v1.4-os",
    "2.0": "kmip-spec-v2.0-os",
    "2.1": "kmip-spec-v2.1-os",
}

HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?[ \t\u00a0]+(\S.*?)\s*$")
TOC_PAGE = re.compile(r"\.?\s+\d+$")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


class Spec:
    def __init__(self, version, path):
        self.version = version
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        # Headings in document order. The table of contents repeats every heading with a page
        # number; the body copy comes later, so the last occurrence of a number wins.
        last = {}
        for i, line in enumerate(lines):
            if "|" in line or len(line) > 120:
                continue
            m = HEADING.match(line)
            if not m or line.rstrip().endswith(".") and not TOC_PAGE.search(line):
                continue
            last[m.group(1)] = (i, m.group(2))
        self.headings = []  # (line index, number, title) in body order
        for number, (i, title) in last.items():
            if TOC_PAGE.search(title) and i < len(lines) // 10:
                title = TOC_PAGE.sub("", title)
            self.headings.append((i, number, title.rstrip(". ")))
        self.headings.sort()
        self.lines = lines
        self.enum_chapter = "9.1.3.2" if version < "2" else "11"
        self.mask_chapter = "9.1.3.3" if version < "2" else "12"

    def fmt(self, number, title):
        return "%s \u00a7%s %s" % (self.version, number, title)

    def under(self, number, chapter):
        return number == chapter or number.startswith(chapter + ".")

    def heading_named(self, names, chapter=None, exclude_chapters=()):
        wanted = [norm(n) for n in names]
        for want in wanted:
            for _, number, title in self.headings:
                if norm(title) != want:
                    continue
                if chapter is not None and not self.under(number, chapter):
                    continue
                if "." not in number:  # a chapter title such as "6 Operations"
                    continue
                if any(self.under(number, c) for c in exclude_chapters):
                    continue
                return self.fmt(number, title)
        return None

    def section_of_line(self, index):
        best = None
        for i, number, title in self.headings:
            if i > index:
                break
            best = (number, title)
        return best

    def tag_table(self):
        for _, number, title in self.headings:
            if norm(title) in ("tags", "tag enumeration"):
                return self.fmt(number, title)
        return None

    def row_section(self, name):
        want = norm(name)
        skip_titles = ("tags", "tag enumeration", "tag cross-reference", "tag cross reference")
        first_body = self.headings[0][0] if self.headings else 0
        for i, line in enumerate(self.lines):
            if i < first_body or "|" not in line:
                continue
            cell = [norm(part) for part in line.split("|", 1)[0].split(",")]
            if want not in cell:
                continue
            sec = self.section_of_line(i)
            if sec is None:
                continue
            number, title = sec
            if (norm(title) in skip_titles or "cross-reference" in norm(title)
                    or "conformance" in norm(title)):
                continue
            if self.under(number, self.enum_chapter) or self.under(number, self.mask_chapter):
                continue
            return self.fmt(number, title)
        return None


def latest_version(item, versions):
    removed = item.get("removed_in")
    if removed:
        return versions[versions.index(removed) - 1]
    return versions[-1]


def apply(reg, spec_dir):
    versions = reg["versions"]
    specs = {}
    for v in versions:
        doc = DOCS[v]
        specs[v] = Spec(v, os.path.join(spec_dir, doc, doc + ".txt"))
    stats = {"heading": 0, "table row": 0, "tag table": 0, "none": 0}
    for t in reg["tags"]:
        spec = specs[latest_version(t, versions)]
        sec = spec.heading_named([t["name"]],
                                 exclude_chapters=(spec.enum_chapter, spec.mask_chapter))
        kind = "heading"
        if sec is None:
            sec, kind = spec.row_section(t["name"]), "table row"
        if sec is None:
            sec, kind = spec.tag_table(), "tag table"
        if sec is None:
            kind = "none"
        stats[kind] += 1
        t["section"] = sec
    missing = []
    for e in reg["enumerations"]:
        spec = specs[latest_version(e, versions)]
        sec = spec.heading_named([e["name"] + " Enumeration", e["name"]], chapter=spec.enum_chapter)
        if sec is None:
            missing.append(e["name"])
        e["section"] = sec
    for m in reg["masks"]:
        spec = specs[latest_version(m, versions)]
        sec = spec.heading_named([m["name"]], chapter=spec.mask_chapter)
        if sec is None:
            missing.append(m["name"])
        m["section"] = sec
    print("tag sections by rule:", stats)
    print("enumerations/masks without a section:", missing)
