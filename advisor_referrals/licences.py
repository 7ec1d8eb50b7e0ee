"""What the app ships and under which licences: Help > About and the bundle read this.

The Python libraries are the runtime dependencies of the app and theirs, found from the
installed metadata (so a new dependency is listed without anyone remembering to); each
one's licence texts are the files its wheel carries in its metadata, which the bundle
copies (build.spec). Some wheels also carry native libraries built from other projects:
`BUNDLED` names them, with their licence texts in resources/licences. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from advisor_referrals.resources import resource

APP_DISTRIBUTION = "advisor-referrals"
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
# Distributions whose metadata gives no licence name: said here, from their licence file.
LICENCE_NAMES = {
    "pyside6-essentials": "LGPL-3.0",
    "pyside6-addons": "LGPL-3.0",
    "shiboken6": "LGPL-3.0",
    "psycopg": "LGPL-3.0",
    "psycopg-binary": "LGPL-3.0",
    "python-bidi": "LGPL-3.0",
    "sqlcipher3": "Zlib",
}
# Distributions whose wheel carries no licence file: the text is in resources/licences.
TEXT_IN_RESOURCES = {
    "pyside6-essentials": "LGPL-3.0.txt",
    "pyside6-addons": "LGPL-3.0.txt",
    "shiboken6": "LGPL-3.0.txt",
}


@dataclass(frozen=True)
class Bundled:
    """A native library inside a Python wheel."""

    name: str
    wheel: str
    licence: str
    text_file: str  # in resources/licences


BUNDLED: tuple[Bundled, ...] = (
    Bundled(
        "SQLCipher (with SQLite, public domain)", "sqlcipher3", "BSD-3-Clause", "SQLCipher.txt"
    ),
    Bundled("OpenSSL (libcrypto)", "sqlcipher3", "Apache-2.0", "Apache-2.0.txt"),
    Bundled("libpq (PostgreSQL client)", "psycopg-binary", "PostgreSQL", "PostgreSQL.txt"),
    Bundled("OpenSSL (libssl, libcrypto)", "psycopg-binary", "Apache-2.0", "Apache-2.0.txt"),
    Bundled(
        "MIT Kerberos (libkrb5, libgssapi_krb5, libk5crypto, libcom_err)",
        "psycopg-binary",
        "MIT",
        "MIT-Kerberos.txt",
    ),
    Bundled("OpenLDAP (libldap, liblber)", "psycopg-binary", "OLDAP-2.8", "OpenLDAP-2.8.txt"),
    Bundled("HarfBuzz (text shaping)", "uharfbuzz", "MIT", "HarfBuzz.txt"),
    Bundled("Cyrus SASL (libsasl2)", "psycopg-binary", "BSD-Attribution (CMU)", "Cyrus-SASL.txt"),
    Bundled("libxcrypt, keyutils", "psycopg-binary", "LGPL-2.1-or-later", "LGPL-2.1.txt"),
    Bundled("Qt", "PySide6-Essentials, PySide6-Addons", "LGPL-3.0", "LGPL-3.0.txt"),
)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")
_REQUIREMENT = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")


def _requirement(requirement: str, extras: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(distribution, extras asked of it) for a requirement that applies, or None for
    another extra's (the development tools')."""
    spec, _, marker = requirement.partition(";")
    wanted = _EXTRA.search(marker)
    if wanted is not None and _key(wanted.group(1)) not in extras:
        return None
    match = _REQUIREMENT.match(spec)
    if match is None:
        return None
    asked = frozenset(_key(e) for e in (match.group(2) or "").split(",") if e.strip())
    return match.group(1), asked


def runtime_distributions(root: str = APP_DISTRIBUTION) -> list[str]:
    """The installed distributions the app needs at run time (its dependencies and theirs),
    by name, sorted; requirements not installed here (another platform's) are skipped."""
    seen: dict[str, str] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    waiting: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while waiting:
        name, extras = waiting.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _key(dist.metadata["Name"])
        if (key, extras) in done:
            continue
        done.add((key, extras))
        seen[key] = dist.metadata["Name"]
        for requirement in dist.requires or ():
            found = _requirement(requirement, extras)
            if found is not None:
                waiting.append(found)
    seen.pop(_key(root), None)
    return sorted(seen.values(), key=str.casefold)


def licence_name(name: str) -> str:
    if _key(name) in LICENCE_NAMES:
        return LICENCE_NAMES[_key(name)]
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return ""
    expression = str(meta["License-Expression"] or "") if "License-Expression" in meta else ""
    if expression:
        return expression
    declared = str(meta["License"] or "").strip() if "License" in meta else ""
    if declared and "\n" not in declared and len(declared) < 60:
        return declared
    for classifier in meta.get_all("Classifier") or ():
        if classifier.startswith("License :: OSI Approved :: "):
            return str(classifier).rsplit(" :: ", 1)[1].removesuffix(" License")
    return ""


def licence_texts(name: str) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution's metadata carries."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return []
    texts = []
    for file in dist.files or ():
        path = str(file)
        if ".dist-info/" in path and LICENCE_FILE.search(path):
            text = dist.read_text(path.split(".dist-info/", 1)[1])
            if text:
                texts.append((path.rsplit("/", 1)[-1], text.strip()))
    return texts


def version_of(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def bundled_text(item: Bundled) -> str:
    return (resource("licences") / item.text_file).read_text(encoding="utf-8").strip()
