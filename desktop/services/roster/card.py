"""The crisis card (危机联络卡) as HTML: the team with phones and backups, who does and
approves what. printing/crisis_card renders it to a one-page PDF (the largest type that fits).
"""

from __future__ import annotations

import html
from typing import Any

from desktop.core import messages
from desktop.core.messages import Language
from desktop.core.roster_rules import Cell
from desktop.core.vocab import ACTIVITIES, RACI
from desktop.services.roster.matrix import check_matrix_key, matrix
from desktop.storage import roster as store
from desktop.storage.roster import Person
from desktop.storage.workspace import Workspace, now_iso


def crisis_card_html(
    workspace: Workspace,
    scenario: str = "",
    severity: str = "",
    scale: float = 1.0,
    language: Language = "zh",
) -> str:
    """One A4 page: the team with phones and backups, and who does/approves what.

    `scale` shrinks the type for big teams (printing/crisis_card.py picks the largest that fits);
    `language` is the card's words (names, titles and notes stay as written; seeded role
    names are vocabulary words and follow it).
    """

    def t(message_id: str, **params: Any) -> str:
        return messages.text(message_id, language, **params)

    sep = t("list.separator")
    check_matrix_key(scenario, severity)
    db = workspace.db
    info = workspace.info()
    everyone = store.list_people(db)
    by_id = {p["id"]: p for p in everyone}
    role_names = {r["id"]: messages.word(r["name"], language) for r in store.list_roles(db)}
    members_of: dict[int, list[str]] = {}
    for p in everyone:
        for role_id in p["role_ids"]:
            members_of.setdefault(role_id, []).append(p["name"])
    view = matrix(workspace, scenario, severity)
    e = html.escape

    def holder(cell: Cell) -> str:
        if cell.person_id is not None:
            return e(by_id[cell.person_id]["name"]) if cell.person_id in by_id else "?"
        who = sep.join(members_of.get(cell.role_id or -1, [])) or t("card.nobody")
        return t("card.role_holders", role=e(role_names.get(cell.role_id or -1, "?")), who=e(who))

    def phone(p: Person) -> str:
        return e(p["phone"] or p["office_phone"] or "—")

    title_bits = [messages.matrix_label(scenario, severity, language)]
    subtitle = " · ".join(title_bits)
    team_rows: list[str] = []
    for p in everyone:
        roles_text = sep.join(role_names[r] for r in p["role_ids"] if r in role_names)
        backup = by_id.get(p["backup_id"]) if p["backup_id"] else None
        backup_text = f"{e(backup['name'])} {phone(backup)}" if backup else "—"
        status = "" if p["available"] else f"<b>{t('card.away')}</b> {e(p['availability_note'])}"
        team_rows.append(
            f"<tr><td><b>{e(p['name'])}</b><br/><span class='s'>{e(p['title'])}</span></td>"
            f"<td>{e(roles_text)}</td><td>{e(p['phone'] or '—')}</td>"
            f"<td>{e(p['office_phone'] or '—')}</td><td>{e(p['wechat'] or '—')}</td>"
            f"<td>{backup_text}</td><td>{status}</td></tr>"
        )
    duty_rows: list[str] = []
    for activity in ACTIVITIES:
        label = messages.label(ACTIVITIES, activity, language)
        row = view.rows.get(activity, [])
        by_raci = {k: [holder(c) for c in row if c.raci == k] for k in RACI}
        approver = ""
        a_cells = [c for c in row if c.raci == "A"]
        if a_cells and a_cells[0].person_id in by_id:
            a_person = by_id[a_cells[0].person_id]
            approver = f"<b>{e(a_person['name'])}</b> {phone(a_person)}"
            backup = by_id.get(a_person["backup_id"]) if a_person["backup_id"] else None
            if backup:
                approver += f"<br/><span class='s'>{t('card.backup', name=e(backup['name']), phone=phone(backup))}</span>"
        elif a_cells:
            approver = "<b>" + holder(a_cells[0]) + "</b>"
        else:
            approver = f"<span class='warn'>{t('card.unassigned')}</span>"
        duty_rows.append(
            f"<tr><td>{e(label)}</td><td>{sep.join(by_raci['R']) or '—'}</td>"
            f"<td>{approver}</td><td>{sep.join(by_raci['C']) or '—'}</td>"
            f"<td>{sep.join(by_raci['I']) or '—'}</td></tr>"
        )
    brand = info.get("brand") or info.get("name") or ""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""<html><head><style>
body {{ font-size: {pt(9)}; }}
h1 {{ font-size: {pt(16)}; margin: 0; }}
h2 {{ font-size: {pt(11)}; margin: 8px 0 3px 0; color: #1e3a8a; }}
table {{ border-collapse: collapse; }}
th {{ background-color: #e2e8f0; font-weight: bold; text-align: left; }}
td, th {{ border: 1px solid #94a3b8; padding: 2px 4px; }}
.s {{ color: #475569; font-size: {pt(7.5)}; }}
.warn {{ color: #b91c1c; font-weight: bold; }}
.foot {{ color: #64748b; font-size: {pt(7.5)}; }}
</style></head><body>
<h1>{t("card.heading", brand=e(brand))}</h1>
<p>{t("card.subtitle", matrix=e(subtitle), at=e(now_iso()[:16].replace("T", " ")))}</p>
<h2>{t("card.team", n=len(everyone))}</h2>
<table width="100%" cellspacing="0">
<tr><th width="16%">{t("card.c.name")}</th><th width="20%">{t("card.c.roles")}</th><th width="13%">{t("card.c.mobile")}</th>
<th width="13%">{t("card.c.office")}</th><th width="11%">{t("card.c.wechat")}</th><th width="17%">{t("card.c.backup")}</th><th width="10%">{t("card.c.status")}</th></tr>
{"".join(team_rows) or f"<tr><td colspan='7'>{t('card.no_members')}</td></tr>"}
</table>
<h2>{t("card.duties")}</h2>
<table width="100%" cellspacing="0">
<tr><th width="15%">{t("card.c.activity")}</th><th width="22%">{t("card.c.r")}</th><th width="27%">{t("card.c.a")}</th>
<th width="18%">{t("card.c.c")}</th><th width="18%">{t("card.c.i")}</th></tr>
{"".join(duty_rows)}
</table>
<p class="foot">{t("card.foot")}</p>
</body></html>"""
