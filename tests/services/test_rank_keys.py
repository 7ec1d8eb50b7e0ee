"""The book file's keys held as ranks of ids agree with a dict from id to key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from advisor_referrals.services.book_file.rank_keys import RankKeys


@given(st.sets(st.integers(min_value=1, max_value=5000), max_size=300), st.integers(0, 5001))
def test_rank_keys_agree_with_a_dict(ids: set[int], probe: int) -> None:
    ordered = sorted(ids)
    keys = RankKeys("c")
    assert [keys.add(row_id) for row_id in ordered] == [f"c{n}" for n in range(1, len(ordered) + 1)]
    expected = {row_id: f"c{n}" for n, row_id in enumerate(ordered, start=1)}
    assert dict(keys) == expected
    assert keys.get(probe) == expected.get(probe)
    assert (probe in keys) == (probe in expected)


def test_ids_must_come_in_increasing_order() -> None:
    keys = RankKeys("v", [3, 4, 9])
    try:
        keys.add(9)
    except ValueError as error:
        assert "must increase" in str(error)
    else:
        raise AssertionError("a repeated id was taken")
    assert keys[4] == "v2" and keys.get(5) is None and len(keys) == 3
