"""Every library the app ships carries its licence text: in its metadata, or in resources."""

from __future__ import annotations

from pathlib import Path

from advisor_referrals import licences
from advisor_referrals.resources import resource

ROOT = Path(__file__).resolve().parent.parent


def test_every_runtime_library_has_a_licence_text_and_name() -> None:
    names = licences.runtime_distributions()
    assert {"psycopg-binary", "sqlcipher3", "charset-normalizer", "typing_extensions"} <= set(names)
    missing = []
    for name in names:
        key = name.lower().replace("_", "-")
        has_text = bool(licences.licence_texts(name)) or key in licences.TEXT_IN_RESOURCES
        if not has_text or not licences.licence_name(name):
            missing.append(name)
    assert not missing, f"no licence text or name for {missing}"


def test_the_libraries_inside_the_wheels_have_their_texts() -> None:
    for item in licences.BUNDLED:
        text = licences.bundled_text(item)
        assert len(text) > 500 or "Permission" in text or "Redistribution" in text, item.name
    for shared in set(licences.TEXT_IN_RESOURCES.values()):
        assert resource("licences", shared).is_file()


def test_the_bundle_copies_the_metadata_of_every_runtime_library() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "runtime_distributions()" in spec
    assert "copy_metadata(distribution)" in spec
