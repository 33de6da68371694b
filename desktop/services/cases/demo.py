"""The demo workspace's case: 徐汇店沙拉碗钢丝事件, from the first mention to the review.

The story is data (resources/seed/demo_case.json): the case's fields, then steps played
through the same services the user calls. Runs after the mentions, KB and roster seeders
(DEMO_SEEDERS) and copes when they have not run: without food-safety mentions the case has
none linked; without a roster approver the statements stay in draft. The story's dates are
moved to the day the demo is created (services/demo_clock): the incident was three days ago,
the review yesterday; each approval carries the time its timeline event shows.
"""

from __future__ import annotations

from typing import Any

from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.errors import UserError
from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.services.approvals import ApprovalInput
from desktop.services.demo_clock import demo_clock
from desktop.services.seed_files import seed_data
from desktop.storage import case_mentions
from desktop.storage import cases as store
from desktop.storage.workspace import Workspace


def seed_demo_case(workspace: Workspace) -> Changes:
    """The demo case with its whole story; nothing when the workspace has a case already."""
    if store.count_cases(workspace.db):
        return NO_CHANGES
    story = demo_clock(workspace).shift(seed_data("demo_case"))
    case_id = cases.create_case(workspace, **story["case"]).id
    player = _StoryPlayer(workspace, case_id)
    for step in story["steps"]:
        player.play(step)
    return ChangesWithId(id=case_id).with_changes(
        Changes.of_cases(case_id) | Changes.of_mentions(player.linked)
    )


class _StoryPlayer:
    """Plays the demo story's steps against one case, remembering its statements by key."""

    def __init__(self, workspace: Workspace, case_id: int) -> None:
        self.workspace = workspace
        self.case_id = case_id
        self.statements: dict[str, int] = {}
        self.linked: list[int] = []

    def play(self, step: dict[str, Any]) -> None:
        ws, case_id = self.workspace, self.case_id
        match step["do"]:
            case "link":
                ids = case_mentions.matching_ids(ws.db, MentionFilter(**step["mentions"]))
                if ids:  # the mentions seeder may not have run
                    self.linked += cases.link_mentions(
                        ws, case_id, ids, at=step["at"]
                    ).changes.mention_ids
            case "phase":
                cases.set_phase(ws, case_id, step["phase"], at=step["at"])
            case "event":
                cases.add_event(ws, case_id, step["kind"], step["text"], at=step["at"])
            case "severity":
                cases.set_severity(ws, case_id, step["level"], step["reason"], at=step["at"])
            case "statement":
                self.statements[step["key"]] = cases.create_statement(
                    ws,
                    case_id,
                    channel=step["channel"],
                    kind=step["kind"],
                    body=step["body"],
                    title=step["title"],
                ).id
            case "approve_and_publish":
                self._approve_and_publish(step)
            case "review":
                cases.save_review(ws, case_id, **{k: v for k, v in step.items() if k != "do"})
            case "action":
                cases.add_action(
                    ws, case_id, step["text"], owner=step["owner"], due_date=step["due_date"]
                )
            case other:
                raise UserError(f"演示案例的步骤无法识别：{other}")

    def _approve_and_publish(self, step: dict[str, Any]) -> None:
        """By the roster's approver; with no approver the statement stays a draft (and the
        step's `without_approver` event says why, if it has one)."""
        ws, case_id = self.workspace, self.case_id
        approver = next(iter(cases.who_may_approve(ws, case_id)), None)
        if approver is None:
            note = step.get("without_approver")
            if note:
                cases.add_event(ws, case_id, note["kind"], note["text"], at=note["at"])
            return
        statement_id = self.statements[step["statement"]]
        given = ApprovalInput(approver["id"], method=step["method"], note=step["note"])
        cases.approve_statement(ws, statement_id, given, at=step["approved_at"])
        cases.publish_statement(ws, statement_id, at=step["published_at"])
