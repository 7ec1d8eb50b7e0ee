"""What a quarterly report would not print: names and the advisor's details that hold a
character no bundled font has, found before the PDF is made (docs/design.md, Languages
and scripts)."""

from __future__ import annotations

from advisor_referrals.domain.kits import UnprintableText
from advisor_referrals.services.quarterly_report import QuarterReport


def unprintable(report: QuarterReport) -> tuple[UnprintableText, ...]:
    from advisor_referrals.reports.fonts import missing_glyphs

    found: list[UnprintableText] = []
    profile = report.profile
    for field in ("name", "firm", "title", "email", "phone", "website"):
        if missing := missing_glyphs(getattr(profile, field)):
            found.append(UnprintableText("advisor profile", field, missing))
    m = report.current
    detail = m.detail
    names: list[tuple[str, str]] = [(t.name, "name") for t in m.top_referrers]
    names += [(c.name, "name") for c in detail.coi_reciprocity]
    names += [(c.profession or "", "profession") for c in detail.coi_reciprocity]
    names += [(p.name, "name") for p in detail.promoters]
    for c in detail.compensated:
        names += [(c.referrer, "name"), (c.referred, "name")]
    names += [(k.label, "trigger kind") for k in detail.referrals_by_trigger_kind]
    for text, field in names:
        if missing := missing_glyphs(text):
            found.append(UnprintableText(text, field, missing))
    return tuple(dict.fromkeys(found))
