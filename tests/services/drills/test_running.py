"""Running a drill: the copy, the injects on a compressed clock, the real file untouched."""

from __future__ import annotations

from desktop.services import cases, drills, mentions
from desktop.services.context import AppContext
from desktop.services.workspaces import Workspace
from tests.support.drills import FakeWall, file_hash


def _start(ctx: AppContext, real: Workspace, wall: FakeWall, key: str = "food_safety_post"):
    source = drills.from_scenario(key, real.info()["brand"])
    return drills.start_drill(
        real, source, drills_folder=drills.drills_folder(ctx), speed=12, now=wall
    )


def test_the_drill_copy_is_a_separate_file_in_the_data_folder_with_a_drill_case(
    ctx: AppContext, workspace: Workspace
) -> None:
    drill = _start(ctx, workspace, FakeWall())
    try:
        assert drill.copy.path.parent == ctx.paths.data / "drills"
        assert drill.copy.path != workspace.path and "演练" in drill.copy.path.name
        assert drills.is_drill_copy(drill.copy) and not drills.is_drill_copy(workspace)
        assert drill.copy.info()["name"] == "【演练】测试工作区"
        assert workspace.info()["name"] == "测试工作区"
        case = cases.get_case(drill.copy, drill.case_id)
        assert case["title"] == "演练：外卖餐品吃出异物"
        assert case["severity"] == "II"
        # minute 0's post has arrived, branded, linked to the drill case
        linked = cases.linked_mentions(drill.copy, drill.case_id)
        assert len(linked) == 1 and "测试品牌" in linked[0]["text"]
        assert mentions.count(workspace) == 0
    finally:
        drills.abandon_drill(drill)


def test_injects_arrive_on_the_compressed_clock_and_wait_while_paused(
    ctx: AppContext, workspace: Workspace
) -> None:
    wall = FakeWall()
    drill = _start(ctx, workspace, wall)
    try:
        assert len(drills.pending_injects(drill)) == 6
        # the next post is at drill minute 6: 30 wall seconds at speed 12
        assert drills.next_inject_in(drill).total_seconds() == 30
        wall.advance(seconds=29)
        assert not drills.deliver_due(drill)
        wall.advance(seconds=1)
        assert drills.deliver_due(drill).mention_rows
        assert len(drills.pending_injects(drill)) == 5
        drills.pause(drill)
        wall.advance(minutes=30)
        assert not drills.deliver_due(drill)
        assert drills.next_inject_in(drill) is None
        drills.resume(drill)
        # skip ahead: the big V's repost at minute 15, then the media call on the timeline
        drills.skip_to_next_inject(drill)
        assert round(drill.offset_minutes()) == 15
        drills.skip_to_next_inject(drill)
        kinds = [e["kind"] for e in cases.timeline(drill.copy, drill.case_id)]
        assert "media_inquiry" in kinds
        assert len(cases.linked_mentions(drill.copy, drill.case_id)) == 3
    finally:
        drills.abandon_drill(drill)


def test_a_drill_never_writes_to_the_real_workspace_while_it_runs(
    ctx: AppContext, demo_workspace: Workspace
) -> None:
    before = file_hash(demo_workspace)
    wall = FakeWall()
    case_id = cases.list_cases(demo_workspace)[0]["id"]
    source = drills.from_case(demo_workspace, case_id)
    drill = drills.start_drill(
        demo_workspace, source, drills_folder=drills.drills_folder(ctx), speed=60, now=wall
    )
    try:
        while drills.pending_injects(drill):
            drills.skip_to_next_inject(drill)
        ids = [m["id"] for m in cases.linked_mentions(drill.copy, drill.case_id)]
        mentions.set_sentiment(drill.copy, ids, "neg")
        statement = drills.draft_statement(
            drill, kind="holding", channel="weibo", body="我们已关注。"
        )
        drills.add_note(drill, "internal_notice", "已通知门店统一口径")
        drills.tick(drill, drills.checklist(drill)[0].id, "张三")
        assert statement
        assert file_hash(demo_workspace) == before
    finally:
        drills.abandon_drill(drill)
    assert file_hash(demo_workspace) == before


def test_a_replayed_case_brings_its_own_mentions_back_at_their_own_times(
    ctx: AppContext, demo_workspace: Workspace
) -> None:
    case = cases.list_cases(demo_workspace)[0]
    original = cases.linked_mentions(demo_workspace, case["id"])
    source = drills.from_case(demo_workspace, case["id"])
    drill = drills.start_drill(
        demo_workspace, source, drills_folder=drills.drills_folder(ctx), speed=60, now=FakeWall()
    )
    try:
        # the past case is not in the copy; its mentions come back only as injects arrive
        titles = [c["title"] for c in cases.list_cases(drill.copy)]
        assert case["title"] not in titles
        first = len(cases.linked_mentions(drill.copy, drill.case_id))
        assert first < len(original)
        while drills.pending_injects(drill):
            drills.skip_to_next_inject(drill)
        replayed = cases.linked_mentions(drill.copy, drill.case_id)
        assert sorted(m["posted_at"] for m in replayed) == sorted(m["posted_at"] for m in original)
        assert {m["sentiment"] for m in replayed} == {"unknown"}  # triaged again in the drill
    finally:
        drills.abandon_drill(drill)


def test_no_drill_inside_a_drill_copy(ctx: AppContext, workspace: Workspace) -> None:
    import pytest

    from desktop.core.errors import UserError

    drill = _start(ctx, workspace, FakeWall())
    try:
        with pytest.raises(UserError, match="已经是一个演练副本"):
            _start(ctx, drill.copy, FakeWall())
    finally:
        drills.abandon_drill(drill)


def test_an_unfinished_drill_comes_back_paused_where_it_was_saved(
    ctx: AppContext, workspace: Workspace
) -> None:
    wall = FakeWall()
    drill = _start(ctx, workspace, wall)
    wall.advance(seconds=30)
    drills.deliver_due(drill)  # drill minute 6, saved
    path = drill.copy.path
    drill.close()  # the app stopped
    assert drills.running_drills(drills.drills_folder(ctx), workspace.path) == [path]
    wall.advance(hours=3)
    again = drills.open_drill(path, now=wall)
    try:
        assert again.clock.paused and round(again.offset_minutes()) == 6
        drills.resume(again)
        wall.advance(seconds=45)  # 9 drill minutes more
        drills.deliver_due(again)
        assert round(again.offset_minutes()) == 15
        assert len(cases.linked_mentions(again.copy, again.case_id)) == 3
    finally:
        drills.abandon_drill(again)
    assert drills.running_drills(drills.drills_folder(ctx)) == []


def test_the_console_masks_phone_numbers_in_what_arrives(
    ctx: AppContext, workspace: Workspace
) -> None:
    from tests.support.cases import add_mentions

    ids = add_mentions(workspace, 2, text="退款请打我电话 13812345678")
    case_id = cases.create_case(workspace, title="电话").id
    cases.link_mentions(workspace, case_id, ids)
    source = drills.from_case(workspace, case_id)
    drill = drills.start_drill(
        workspace, source, drills_folder=drills.drills_folder(ctx), speed=60, now=FakeWall()
    )
    try:
        drills.deliver_all(drill)
        texts = [line.text for line in drills.console_view(drill).injects]
        assert texts and not any("13812345678" in t for t in texts)
    finally:
        drills.abandon_drill(drill)


def test_a_copy_made_apart_becomes_the_drill_and_a_refused_start_removes_it(
    ctx: AppContext, workspace: Workspace
) -> None:
    import pytest

    from desktop.core.errors import UserError

    before = file_hash(workspace)
    folder = drills.drills_folder(ctx)
    copied = drills.copy_for_drill(workspace.path, folder, user="小周", now=FakeWall())
    assert copied.exists() and copied.parent == folder
    source = drills.from_scenario("false_rumour", "")
    with pytest.raises(UserError, match="未知的级别"):
        drills.start_drill(workspace, source, drills_folder=folder, level="V", copied=copied)
    assert not copied.exists()  # made for a drill that could not start
    copied = drills.copy_for_drill(workspace.path, folder, user="小周", now=FakeWall())
    drill = drills.start_drill(workspace, source, drills_folder=folder, copied=copied)
    assert drill.copy.path == copied and drills.is_drill_copy(drill.copy)
    with pytest.raises(UserError, match="已经是一个演练副本"):
        drills.copy_for_drill(copied, folder, user="小周")
    drill.close()
    assert file_hash(workspace) == before
