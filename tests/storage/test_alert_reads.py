"""The reads alert evaluation runs on: the earliest post from the index, every group's
hourly volume in one query, the hours an import touched."""

from __future__ import annotations

from desktop.services import watchlists
from desktop.storage import alerts as store
from tests.support.listening import add_stream


def test_the_earliest_post_is_the_earliest_utc_hour_whatever_the_offset(workspace):
    assert store.earliest_post(workspace.db) is None
    add_stream(
        workspace,
        [
            {"posted_at": "not a time", "text": "坏的时间"},
            {"posted_at": "2026-11-03T20:00:00+00:00", "text": "a"},
            # a later text, an earlier UTC hour (+14:00)
            {"posted_at": "2026-11-04T05:30:00+14:00", "text": "b"},
            {"posted_at": "2026-11-20T09:00:00+08:00", "text": "c"},
        ],
    )
    assert store.earliest_post(workspace.db) == "2026-11-03T15:00:00Z"


def test_every_groups_hourly_volume_in_one_read(workspace):
    add_stream(
        workspace,
        [
            {"posted_at": "2026-11-18T09:10:00+08:00", "text": "退款 客服"},
            {"posted_at": "2026-11-18T09:50:00+08:00", "text": "退款"},
            {"posted_at": "2026-11-18T11:00:00+08:00", "text": "客服"},
            {"posted_at": "2026-11-10T11:00:00+08:00", "text": "退款 太早"},
        ],
    )
    refund = watchlists.add_group(workspace, "退款", "退款").id
    service = watchlists.add_group(workspace, "客服", "客服").id
    volumes = store.hourly_group_volumes(workspace.db, "2026-11-18T00:00:00Z")
    assert volumes[refund] == {"2026-11-18T01:00:00Z": 2}
    assert volumes[service] == {"2026-11-18T01:00:00Z": 1, "2026-11-18T03:00:00Z": 1}
    assert store.hourly_group_volume(workspace.db, refund, "2026-11-18T00:00:00Z") == {
        "2026-11-18T01:00:00Z": 2
    }
