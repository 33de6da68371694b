"""Shared vocabularies: scenarios, severity levels, crisis roles, activities, channels, the
mention log's words, the 问答库's statuses and reply kinds, the import mapping's field names.

Keys are stable ASCII (stored in the workspace); labels are Simplified Chinese source strings
that the UI translates (desktop/ui/labels.py). Each vocabulary has its one home here (the
cases area's are in core/case_vocab.py); services and sheets import them from here.
"""

from __future__ import annotations

SCENARIOS: dict[str, str] = {
    "product_defect": "产品缺陷/召回",
    "food_safety": "食品或产品安全",
    "service_conflict": "服务冲突",
    "data_leak": "数据泄露/隐私",
    "staff_misconduct": "员工或小编不当言行",
    "executive_scandal": "高管丑闻",
    "layoffs": "裁员",
    "outage": "故障/技术事故",
    "content_violation": "内容违规",
    "rumour": "谣言/竞争对手攻击",
    "policy": "政策/监管",
    "other": "其他",
}

# The industry a workspace is created for: it picks the 问答库's seed pack (resources/seed/
# kb_pack_KEY.json, added to the general entries of kb.json; "general" has no pack) and is kept
# in the workspace's settings under INDUSTRY_SETTING for later features.
INDUSTRIES: dict[str, str] = {
    "food": "餐饮/食品",
    "retail": "零售电商",
    "entertainment": "文娱影视/艺人",
    "internet": "互联网 App/平台",
    "education": "教育培训",
    "travel": "酒店旅游",
    "general": "通用",
}
INDUSTRY_SETTING = "industry"

# Ⅳ blue (minor) … Ⅰ red (severe); the order is from least to most severe.
SEVERITIES: dict[str, str] = {
    "IV": "Ⅳ级（蓝色，一般）",
    "III": "Ⅲ级（黄色，较大）",
    "II": "Ⅱ级（橙色，重大）",
    "I": "Ⅰ级（红色，特别重大）",
}
SEVERITY_NUMERALS: dict[str, str] = {"IV": "Ⅳ", "III": "Ⅲ", "II": "Ⅱ", "I": "Ⅰ"}

ROLES: dict[str, str] = {
    "crisis_lead": "危机负责人",
    "spokesperson": "新闻发言人",
    "communications": "公关/传播",
    "marketing": "市场",
    "sales": "销售",
    "customer_service": "客服",
    "social_media": "社交媒体负责人",
    "legal": "法务",
    "management": "管理层",
    "it_security": "IT/安全",
}

# Rows of the responsibility matrix. `approve_statement` gates case statements and
# `approve_kb` gates knowledge-base reply scripts (services/approvals.py).
ACTIVITIES: dict[str, str] = {
    "monitor": "舆情监测",
    "assess_severity": "评估级别",
    "draft_holding_reply": "起草暂缓回复",
    "draft_statement": "起草声明",
    "approve_statement": "审批声明",
    "approve_kb": "审批问答库话术",
    "speak_to_media": "对媒体发言",
    "reply_social": "社交媒体回复",
    "internal_notice": "内部通知员工",
    "customer_compensation": "联系客户与补偿",
    "legal_review": "法律审核",
    "product_fix": "产品整改",
    "close_case": "结案",
}

RACI: dict[str, str] = {"R": "执行", "A": "审批", "C": "咨询", "I": "知会"}

CHANNELS: dict[str, str] = {
    "generic": "通用",
    "weibo": "微博",
    "wechat": "微信",
    "douyin": "抖音",
    "xiaohongshu": "小红书",
    "dianping": "大众点评",
    "email": "邮件",
    "website": "官网",
    "wechat_official": "微信公众号",
    "press": "媒体/通稿",
    "internal": "内部通知",
}

APPROVAL_METHODS: dict[str, str] = {
    "in_person": "当面",
    "phone": "电话",
    "wechat": "微信",
    "email": "邮件",
    "signed_paper": "签字纸质",
}

# -- mentions (the mention log, 舆情台账) -------------------------------------------------------

SENTIMENTS: dict[str, str] = {"pos": "正面", "neu": "中性", "neg": "负面", "unknown": "未判定"}

ISSUE_TYPES: dict[str, str] = {
    "product_quality": "产品质量",
    "food_safety": "食品/产品安全",
    "service_attitude": "服务态度",
    "delivery": "配送/物流",
    "price_refund": "价格/退款",
    "privacy": "隐私/安全",
    "false_advertising": "虚假宣传",
    "staff_conduct": "员工言行",
    "rumour": "谣言",
    "other": "其他",
}

NATURES: dict[str, str] = {
    "genuine_complaint": "真实投诉",
    "malicious_attack": "恶意/竞争对手攻击",
    "rumour": "谣言",
    "venting": "情绪宣泄",
    "question": "咨询",
    "praise": "表扬",
}

# new → to_reply → replied → follow_up → closed, and ignored.
STATUSES: dict[str, str] = {
    "new": "新",
    "to_reply": "待回复",
    "replied": "已回复",
    "follow_up": "跟进中",
    "closed": "已关闭",
    "ignored": "已忽略",
}

# The columns of a mention that come from the source sheet (imports update these and nothing
# else); the order is the order of the table, the CLI's JSON and the staging file.
MENTION_SOURCE_FIELDS: tuple[str, ...] = (
    "platform",
    "author",
    "author_id",
    "followers",
    "posted_at",
    "title",
    "text",
    "url",
    "reposts",
    "comments",
    "likes",
    "region",
    "external_id",
    "keyword",
    "vendor_sentiment",
)

# The 问答库's vocabularies (entry statuses, reply kinds) live in core/kb_vocab.py.

# -- importing sheets -----------------------------------------------------------------------------

# What a sheet column can be mapped to, by name (sheets/mapping.FIELDS holds the keys).
IMPORT_FIELD_LABELS: dict[str, str] = {
    "platform": "平台",
    "author": "作者",
    "author_id": "作者ID",
    "followers": "粉丝数",
    "posted_at": "发布时间",
    "title": "标题",
    "text": "正文",
    "url": "链接",
    "reposts": "转发",
    "comments": "评论",
    "likes": "点赞",
    "region": "地域",
    "vendor_sentiment": "原情感",
    "external_id": "帖子ID",
    "keyword": "关键词",
    "contact": "联系方式",
}
