"""The demo mentions: the crisis cluster CASES links to and realistic everyday mentions."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.mention_filter import MentionFilter
from desktop.core.response_window import parse_time
from desktop.services import mentions as service
from desktop.services import triage
from desktop.services.demo_clock import demo_clock


def test_demo_has_about_300_mentions_on_five_platforms(demo_workspace) -> None:
    total = service.count(demo_workspace)
    assert 250 <= total <= 350
    assert set(service.platforms(demo_workspace)) == {"微博", "抖音", "小红书", "大众点评", "微信"}
    sentiments = service.sentiment_counts(demo_workspace, MentionFilter())
    assert sentiments["pos"] > 40 and sentiments["neu"] > 40 and sentiments["neg"] > 60


def test_crisis_cluster_matches_the_contract(demo_workspace) -> None:
    clock = demo_clock(demo_workspace)  # the data's dates, moved to the demo's day
    cluster = MentionFilter(
        sentiments=["neg"],
        issue_type="food_safety",
        posted_from=clock.at("2026-11-18T09:00:00+08:00"),
        posted_to=clock.at("2026-11-19T18:00:00+08:00"),
    )
    total, rows = service.list_mentions(demo_workspace, cluster)
    assert total >= 40
    assert any(r["followers"] >= 1_000_000 for r in rows)
    assert any("新闻" in r["author"] or "日报" in r["author"] for r in rows)
    assert all("徐汇" in (r["text"] + r["title"]) or "钢丝" in r["text"] for r in rows)
    # the search finds the cluster through the bigram index
    assert service.count(demo_workspace, MentionFilter(search="钢丝")) >= 40


def test_some_mentions_were_already_answered(demo_workspace) -> None:
    answered = demo_workspace.count("mentions", "reply_text != '' AND status = 'replied'")
    assert answered >= 30


def test_contacts_are_fake_numbers(demo_workspace) -> None:
    contacts = [
        r[0] for r in demo_workspace.db.execute("SELECT contact FROM mentions WHERE contact != ''")
    ]
    assert contacts and all(c.startswith("1380000") for c in contacts)


def test_mentions_span_three_weeks_to_this_morning_in_four_import_batches(
    demo_workspace,
) -> None:
    clock = demo_clock(demo_workspace)
    first, last = demo_workspace.db.execute(
        "SELECT min(posted_at), max(posted_at) FROM mentions"
    ).fetchone()
    assert first.startswith(clock.at("2026-11-01"))
    assert clock.now - timedelta(hours=3) < parse_time(last) <= clock.now  # this morning's
    assert len(service.import_batches(demo_workspace)) == 4


def test_new_workspace_gets_lists_but_no_mentions(workspace) -> None:
    assert service.count(workspace) == 0
    assert workspace.setting("issue_types")
    assert workspace.setting("response_window_hours") == 2


def test_demo_sentiments_have_sources_as_real_data(demo_workspace) -> None:
    """Like an import and a person's labels write them: the sheet's values are `import`, a
    person's are `person` with the name in sentiment_user; so every one counts as confirmed."""
    sources = dict(
        demo_workspace.db.execute(
            "SELECT sentiment_by, count(*) FROM mentions GROUP BY sentiment_by"
        ).fetchall()
    )
    assert set(sources) == {"import", "person"} and sources["person"] >= 10
    assert demo_workspace.count("mentions", "sentiment_by = 'person' AND sentiment_user = ''") == 0
    assert demo_workspace.count("mentions", "sentiment_by = 'import' AND sentiment_user != ''") == 0
    assert demo_workspace.count("mentions", "issue_type != '' AND issue_type_by != 'person'") == 0
    negatives = service.sentiment_counts(demo_workspace, MentionFilter())["neg"]
    assert triage.sentiment_counts(demo_workspace).confirmed["neg"] == negatives
