"""The search text is folded part by part (faster on bulk imports); it must be exactly what
folding the whole text gives (tags written "#tag"), for any script, accents and
combining marks. Tags come in one order, however they were given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_referrals.domain.folding import END, fold
from advisor_referrals.storage.search import search_text

tricky = st.sampled_from(
    ["Zoë", "ĐURIĆ", "e\u0301", "\u0301x", "ﬁ", "Straße", "ΣΊΣΥΦΟΣ", "김", "①"]
)
parts = st.one_of(st.none(), st.text(max_size=8), tricky)


@given(
    names=st.lists(parts, min_size=10, max_size=10),
    tags=st.lists(st.one_of(st.text(min_size=1, max_size=6), tricky), max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_search_text_is_the_whole_text_folded(names: list[str | None], tags: list[str]) -> None:
    first, last, preferred, email, phone, city, region, country, profession, household = names
    whole = [first, last, preferred, email, phone, None, city, region, country, profession]
    whole += [household, *("#" + t for t in sorted(tags))]
    digits = "".join(filter(str.isdigit, phone or ""))
    whole[5] = digits
    expected = fold(" | ".join(p for p in whole if p) + END)
    assert (
        search_text(
            first_name=first,
            last_name=last,
            preferred_name=preferred,
            email=email,
            phone=phone,
            city=city,
            region=region,
            country=country,
            profession=profession,
            household=household,
            tags=tags,
        )
        == expected
    )
    # And again, now that the parts are remembered.
    assert search_text(first_name=first, last_name=last, household=household, tags=tags) == fold(
        " | ".join(p for p in (first, last, household, *("#" + t for t in sorted(tags))) if p) + END
    )
    assert search_text(first_name=first, last_name=last, tags=tags[::-1]) == search_text(
        first_name=first, last_name=last, tags=tags
    )
