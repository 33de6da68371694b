"""The demo workspace's case: 徐汇店沙拉碗钢丝事件, from the first mention to the review.

Runs after the mentions, KB and roster seeders (DEMO_SEEDERS) and copes when they have not
run: without food-safety mentions the case has none linked; without a roster approver the
statements stay in draft.
"""

from __future__ import annotations

from desktop.core.changes import NO_CHANGES, Changes, ChangesWithId
from desktop.core.mention_filter import MentionFilter
from desktop.services import cases
from desktop.services.approvals import ApprovalInput
from desktop.storage import case_mentions
from desktop.storage import cases as store
from desktop.storage.workspace import Workspace

TZ = "+08:00"


def _at(day: int, clock: str) -> str:
    return f"2026-11-{day:02d}T{clock}:00{TZ}"


HOLDING = (
    "【关于徐汇店顾客反映沙拉中发现异物的说明】我们已关注到顾客反映在鹿角巷鲜食徐汇店购买的"
    "沙拉碗中发现金属丝。我们非常重视，已第一时间联系这位顾客，徐汇店即刻暂停沙拉类产品售卖，"
    "公司品控负责人正赶往门店核查。核查结果会在今天之内公布。感谢大家的监督。"
)
OFFICIAL = (
    "【鹿角巷鲜食关于徐汇店沙拉异物事件的调查结果与处理措施】\n"
    "11 月 18 日，一位顾客在徐汇店购买的沙拉碗中发现一段约 1 厘米的金属丝。经调查，金属丝来自"
    "后厨一把磨损的不锈钢清洁球，清洁后未被发现而残留在备餐台上。这是我们的责任，我们向这位"
    "顾客和所有关心此事的朋友郑重道歉。\n"
    "处理措施：1. 徐汇店已停业整改一天，全面清洁并接受市场监管部门检查；2. 全部门店即日起停用"
    "钢丝清洁球，改用无金属清洁工具；3. 备餐环节增加出餐前异物目检，由店长每日抽查；4. 已与"
    "顾客沟通就医检查与赔偿事宜，承担全部费用。\n"
    "监督电话：400-000-0000（虚构）。我们会在一周后公布整改进展。"
)


def seed_demo_case(workspace: Workspace) -> Changes:
    """The demo case with its whole story; nothing when the workspace has a case already."""
    if store.count_cases(workspace.db):
        return NO_CHANGES
    crisis = MentionFilter(
        issue_type="food_safety", posted_from="2026-11-18", posted_to="2026-11-19"
    )
    mention_ids = case_mentions.matching_ids(workspace.db, crisis)
    case_id = cases.create_case(
        workspace,
        title="徐汇店沙拉碗钢丝事件",
        scenario="food_safety",
        detected_at=_at(18, "09:40"),
        opened_at=_at(18, "09:55"),
        cause="customer_post",
        nature="fact",
        scope_platforms="微博、小红书、大众点评、抖音",
        scope_regions="上海",
        scope_media="本地生活类自媒体、都市报",
        owner="运营总监",
        summary=(
            "11 月 18 日上午，一位顾客在微博发帖称在徐汇店购买的鸡胸肉沙拉碗中吃出一段钢丝，"
            "配图清晰，被美食大V转发后迅速扩散，小红书和大众点评出现跟帖，都市报记者来电问询。"
        ),
    ).id
    if mention_ids:
        cases.link_mentions(workspace, case_id, mention_ids, at=_at(18, "10:05"))
    cases.set_phase(workspace, case_id, "assessing", at=_at(18, "10:05"))
    cases.add_event(
        workspace,
        case_id,
        "assessment",
        "核实：顾客照片与徐汇店出品一致，属实；涉及食品安全，已有大V转发，判断会继续扩散。",
        at=_at(18, "10:12"),
    )
    cases.set_severity(
        workspace,
        case_id,
        "II",
        "食品安全问题且属实，大V与本地媒体已介入；暂无人员受伤，限于一家门店，定为Ⅱ级。",
        at=_at(18, "10:15"),
    )
    cases.add_event(
        workspace,
        case_id,
        "internal_notice",
        "通知危机小组与全部门店店长：徐汇店暂停沙拉类产品；统一口径，门店员工不对外回应。",
        at=_at(18, "10:20"),
    )
    cases.set_phase(workspace, case_id, "responding", at=_at(18, "10:25"))

    approver = next(iter(cases.who_may_approve(workspace, case_id)), None)
    holding_id = cases.create_statement(
        workspace, case_id, channel="weibo", kind="holding", body=HOLDING, title="暂缓声明"
    ).id
    official_id = cases.create_statement(
        workspace,
        case_id,
        channel="website",
        kind="official",
        body=OFFICIAL,
        title="调查结果与处理措施",
    ).id
    if approver is not None:
        cases.approve_statement(
            workspace,
            holding_id,
            ApprovalInput(approver["id"], method="phone", note="电话确认口径"),
            at=_at(18, "10:26"),
        )
        cases.publish_statement(workspace, holding_id, at=_at(18, "10:30"))
    else:
        cases.add_event(
            workspace,
            case_id,
            "note",
            "危机通讯录中还没有负责“审批声明”的人：暂缓声明停留在草稿，请先指定审批人。",
            at=_at(18, "10:30"),
        )
    cases.add_event(
        workspace,
        case_id,
        "media_inquiry",
        "都市报记者来电询问，发言人告知调查结果将于当天公布，并记录记者联系方式。",
        at=_at(18, "13:30"),
    )
    cases.add_event(
        workspace,
        case_id,
        "compensation",
        "店长与品控负责人上门致歉，陪同顾客就医检查（无碍），承担费用并按规定赔偿。",
        at=_at(18, "15:00"),
    )
    if approver is not None:
        cases.approve_statement(
            workspace,
            official_id,
            ApprovalInput(approver["id"], method="in_person", note="法务已审阅"),
            at=_at(18, "17:10"),
        )
        cases.publish_statement(workspace, official_id, at=_at(18, "17:30"))
    cases.add_event(
        workspace,
        case_id,
        "corrective_action",
        "全部门店停用钢丝清洁球，改用无金属清洁工具；出餐前增加异物目检。",
        at=_at(19, "10:00"),
    )
    cases.set_phase(workspace, case_id, "recovering", at=_at(19, "12:00"))
    cases.add_event(
        workspace,
        case_id,
        "note",
        "负面声量在正式声明发布后明显回落；部分网友对处理速度表示认可。",
        at=_at(19, "18:30"),
    )
    cases.save_review(
        workspace,
        case_id,
        what_worked="发现后 50 分钟内发出暂缓声明；当天公布调查结果并写明具体措施；上门致歉及时。",
        what_failed="最初 1 小时门店员工在点评网站自行回复“不可能”，激化情绪；清洁工具排查清单缺失。",
        root_cause="后厨使用会掉丝的钢丝清洁球，且出餐前没有异物检查环节。",
        lessons=(
            "1. 食品安全投诉一律先按属实处理：暂停售卖、联系顾客、核查；\n"
            "2. 门店员工不单独对外回应，统一由社交媒体负责人按问答库话术回复；\n"
            "3. 声明写清楚原因、责任和可检查的措施，比空泛道歉有效。"
        ),
        outcome="两天内负面讨论基本平息；顾客接受道歉与赔偿；市场监管部门检查合格。",
    )
    cases.add_action(
        workspace,
        case_id,
        "所有门店更换无金属清洁工具并拍照确认",
        owner="门店运营经理",
        due_date="2026-11-25",
    )
    cases.add_action(
        workspace,
        case_id,
        "把“异物投诉”处理流程和话术加入问答库与新员工培训",
        owner="客服主管",
        due_date="2026-11-30",
    )
    cases.add_action(
        workspace,
        case_id,
        "一周后公布整改进展",
        owner="公关负责人",
        due_date="2026-11-26",
    )
    cases.set_phase(workspace, case_id, "review", at=_at(20, "10:00"))
    return ChangesWithId(id=case_id).with_changes(
        Changes.of_cases(case_id) | Changes.of_mentions(mention_ids)
    )
