"""services/reference_cases: the built-in library, loaded from resources/seed/reference_cases.json."""

from __future__ import annotations

from desktop.services.cases.reference import reference_case, reference_cases


def test_reference_library_has_ten_cases_chinese_and_international(workspace):
    library = reference_cases()
    assert len(library) >= 10
    assert len({c["key"] for c in library}) == len(library)
    regions = " ".join(c["region"] for c in library)
    assert "中国" in regions and "国际" in regions
    for case in library:
        for key in ("title", "scenario", "what_happened", "what_was_done", "outcome"):
            assert case[key], (case["key"], key)
        assert case["lessons"]
    titles = " ".join(c["title"] for c in library)
    assert "美联航" in titles and "Equifax" in titles and "肯德基" in titles


def test_each_call_gets_a_fresh_copy():
    first = reference_cases()
    first[0]["title"] = "改过"
    assert reference_cases()[0]["title"] != "改过"
    assert reference_case("equifax-breach-2017")["scenario"] == "data_leak"
    assert reference_case("nope") is None
