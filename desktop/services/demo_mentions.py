"""The demo workspace's mentions of 鹿角巷鲜食 (a fictional fresh-food chain), written by us.

About 300 mentions from 2026-11-01 to 11-20 on 微博/抖音/小红书/大众点评/微信: praise,
questions and everyday complaints (delivery, price, service, quality), and the crisis cluster
CASES links to: a steel wire (钢丝) found in a salad bowl at the 徐汇店, 2026-11-18 09:00 →
11-19 18:00, with an influencer and a media account (CONTRACTS.md 11). Generated from
templates with a fixed seed, so every demo workspace is the same.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

from desktop.services import mentions as mention_service
from desktop.storage.mention_index import index_mentions
from desktop.storage.workspace import Workspace

TZ = timezone(timedelta(hours=8))
BRAND = "鹿角巷鲜食"
CRISIS_START = datetime(2026, 11, 18, 9, 0, tzinfo=TZ)
CRISIS_END = datetime(2026, 11, 19, 18, 0, tzinfo=TZ)
INFLUENCER = "上海吃喝大王"
MEDIA = "申城都市日报"
ORIGINATOR = "吃货小林不吃辣"

STORES = ["徐汇店", "静安店", "陆家嘴店", "长宁来福士店", "五角场店", "莘庄店"]
PRODUCTS = [
    "牛油果鸡胸沙拉",
    "藜麦能量碗",
    "烟熏三文鱼沙拉",
    "凯撒沙拉",
    "照烧鸡腿饭碗",
    "谷物酸奶杯",
    "鲜榨橙汁",
    "轻食双人套餐",
]
OWNERS = ["小周", "阿敏", "王经理"]
PLATFORMS = {
    "微博": "https://weibo.com/{uid}/{id}",
    "抖音": "https://www.douyin.com/video/{id}",
    "小红书": "https://www.xiaohongshu.com/explore/{id}",
    "大众点评": "https://www.dianping.com/review/{id}",
    "微信": "https://mp.weixin.qq.com/s/{id}",
}
NAME_HEADS = ["爱吃草的", "减脂中的", "徐汇", "静安", "打工人", "干饭", "晒太阳的", "不吃香菜的"]
NAME_TAILS = ["兔子", "阿May", "小陈", "Lily", "大橘", "椰子", "豆豆", "小鹿", "阿杰", "Momo"]

POSITIVE = [
    "{store}的{product}真的好吃，菜叶很新鲜，分量也足，会回购！",
    "午餐吃了{brand}的{product}，酱汁清爽不腻，减脂期友好👍",
    "{store}店员小姐姐很热情，还帮我把酱分开装了，服务好评",
    "第三次来{store}了，{product}一直稳定发挥，推荐给同事们",
    "{brand}新出的{product}绝了，颜值和味道都在线",
    "外卖二十分钟就到了，{product}还是凉凉脆脆的，{brand}配送可以的",
    "带爸妈去{store}吃，他们说比想象中好吃，不是只有草",
    "{brand}的会员日太划算了，{product}打完折不到三十",
]
NEUTRAL = [
    "{brand}{store}几点关门？周末营业吗？",
    "请问{brand}的{product}热量大概多少？有营养成分表吗",
    "{brand}会员积分怎么兑换？小程序里没找到入口",
    "{store}附近有停车位吗，周六想带朋友去",
    "有人吃过{brand}的{product}吗，值得试试吗",
    "{brand}和别家轻食比怎么样？准备办卡",
    "{brand}外卖能不能备注少酱？上次太咸了",
    "今天路过{store}，排队的人好多",
]
NEGATIVE = {
    "delivery": [
        "外卖等了一个半小时才送到，{product}都蔫了，{brand}配送太慢了",
        "骑手把饮料洒了一袋子，联系{brand}客服半天没人理",
        "下单显示30分钟送达，结果等了70分钟，{product}是凉的还算了，面包都泡软了",
    ],
    "price_refund": [
        "{product}又涨价了，现在要48元，有点贵了吧{brand}",
        "团购券在{store}用不了，店里说要另外加钱，退款申请三天还没处理",
        "申请退款被拒，理由是“已出餐”，可我根本没收到餐啊{brand}",
    ],
    "service_attitude": [
        "{store}店员态度很差，问个问题爱答不理的",
        "在{store}等了二十分钟没人招呼，最后还说{product}卖完了",
        "{brand}客服只会复制粘贴，问题一点没解决",
    ],
    "product_quality": [
        "今天的{product}菜叶发黄，感觉不新鲜，{brand}品控下降了",
        "{product}里的鸡胸肉太柴了，跟以前完全不一样",
        "{store}的{product}分量明显变少了，一半都是生菜",
    ],
}
REPLIES = {
    "delivery": "亲，实在抱歉让您久等了！我们已为您申请本单补偿券，麻烦私信订单号，"
    "我们马上核实配送环节，给您一个交代。",
    "price_refund": "您好，给您添麻烦了。退款问题已转给门店负责人，款项会在 1–3 个工作日原路返回，"
    "如有问题请私信我们，我们全程跟进。",
    "service_attitude": "非常抱歉这次没有让您满意！已把情况反馈给门店店长做培训改进，"
    "方便的话请私信留个联系方式，我们当面向您致歉。",
    "product_quality": "谢谢您的反馈，这不是我们该有的品质。已请门店检查当天食材，"
    "请私信订单号，我们为您重做或全额退款。",
    "question": "您好～门店营业时间为每天 10:00–21:00，周末照常营业；更多信息可在小程序“门店”里查看哦。",
    "praise": "谢谢喜欢！我们会继续用心做好每一份沙拉，期待您下次光临～",
}
CRISIS_POSTS = [
    "看到沙拉吃出钢丝的帖子，吓得我把刚点的{brand}外卖退了",
    "{brand}徐汇店出来说清楚，钢丝到底是哪来的？",
    "后厨不会是用钢丝球刷碗的吧，这也太吓人了 #鹿角巷鲜食沙拉吃出钢丝#",
    "经常在徐汇店买沙拉，看到钢丝的视频以后不敢再吃了",
    "求官方回应！沙拉碗里有钢丝，这是要命的事 #鹿角巷鲜食沙拉吃出钢丝#",
    "食品安全无小事，建议市场监管部门介入{brand}徐汇店",
    "孩子经常吃他们家的沙拉，看到钢丝后怕得不行",
    "道歉就完了？必须公布钢丝事件的调查结果",
    "抖音上视频都传开了，那根钢丝那么长，{brand}怎么解释",
    "取消了{brand}会员自动续费，钢丝沙拉谁还敢买",
    "同事昨天也在徐汇店买了牛油果沙拉，赶紧让她检查一下有没有钢丝",
    "{brand}只说退款？吃出钢丝划破嘴，这不是退款能解决的",
    "之前就觉得徐汇店后厨不太干净，这次钢丝事件不意外",
    "轻食店主打健康，结果吃出钢丝，讽刺 #鹿角巷鲜食沙拉吃出钢丝#",
]
CRISIS_HOLDING_REPLY = (
    "您好，非常抱歉让大家担心。徐汇店已暂停销售同批次沙拉并封存原料和餐具，"
    "我们正在彻查钢丝来源，调查结果会第一时间公布。受影响的顾客请私信或拨打客服热线，"
    "我们会负责到底。"
)


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[dict] = []
        self._next_id = 4_970_000_000_000_000

    def author(self) -> str:
        return (
            self.rng.choice(NAME_HEADS) + self.rng.choice(NAME_TAILS) + str(self.rng.randint(1, 99))
        )

    def add(
        self,
        *,
        platform: str,
        author: str,
        posted: datetime,
        text: str,
        vendor: str,
        sentiment: str,
        sentiment_by: str = "",
        followers: int | None = None,
        issue_type: str = "",
        nature: str = "",
        status: str = "new",
        owner: str = "",
        reply_text: str = "",
        reply_after: timedelta | None = None,
        contact: str = "",
        title: str = "",
        import_id: int = 1,
    ) -> None:
        self._next_id += self.rng.randint(10_000, 9_999_999)
        external = str(self._next_id)
        uid = self.rng.randint(1_000_000_000, 7_999_999_999)
        url = PLATFORMS[platform].format(uid=uid, id=external)
        followers = followers if followers is not None else int(self.rng.lognormvariate(6.3, 1.6))
        scale = max(1, followers // 400)
        replied_at = None
        if reply_text:
            replied_at = _timestamp(posted + (reply_after or timedelta(minutes=50)))
        self.rows.append(
            {
                "key": f"{platform}|{url}",
                "platform": platform,
                "author": author,
                "author_id": str(uid),
                "followers": followers,
                "posted_at": _timestamp(posted),
                "title": title,
                "text": text,
                "url": url,
                "reposts": self.rng.randint(0, 3 * scale),
                "comments": self.rng.randint(0, 4 * scale),
                "likes": self.rng.randint(0, 20 * scale),
                "region": "上海",
                "external_id": external,
                "keyword": BRAND,
                "vendor_sentiment": vendor,
                "sentiment": sentiment,
                "sentiment_by": sentiment_by,
                "issue_type": issue_type,
                "nature": nature,
                "status": status,
                "owner": owner,
                "reply_text": reply_text,
                "replied_at": replied_at,
                "contact": contact,
                "import_id": import_id,
                "extra_json": json.dumps({"来源工具": "演示监测导出"}, ensure_ascii=False),
            }
        )


def _fill(template: str, rng: random.Random) -> str:
    return template.format(brand=BRAND, store=rng.choice(STORES), product=rng.choice(PRODUCTS))


def _daily(builder: _Builder, rng: random.Random, import_ids: dict[str, int]) -> None:
    """Everyday mentions, 2026-11-01 → 11-20: mostly praise and questions, some complaints."""
    start = datetime(2026, 11, 1, 8, 0, tzinfo=TZ)
    phone_serial = iter(range(1001, 1100))
    for day in range(20):
        for _ in range(rng.randint(11, 14)):
            latest_minute = 11 * 60 if day == 19 else 14 * 60  # the last export ran at 20:00
            posted = start + timedelta(days=day, minutes=rng.randint(0, latest_minute))
            platform = rng.choice(list(PLATFORMS))
            roll = rng.random()
            recent = day >= 18  # the last days are still being worked on
            batch = import_ids["daily"] if day < 17 else import_ids["latest"]
            if roll < 0.38:
                answered = rng.random() < 0.3 and not recent
                builder.add(
                    platform=platform,
                    author=builder.author(),
                    posted=posted,
                    text=_fill(rng.choice(POSITIVE), rng),
                    vendor="正面",
                    sentiment="pos",
                    nature="praise",
                    status="replied" if answered else ("new" if recent else "closed"),
                    reply_text=REPLIES["praise"] if answered else "",
                    import_id=batch,
                )
            elif roll < 0.68:
                answered = rng.random() < 0.6 and not recent
                builder.add(
                    platform=platform,
                    author=builder.author(),
                    posted=posted,
                    text=_fill(rng.choice(NEUTRAL), rng),
                    vendor="中性",
                    sentiment="neu",
                    nature="question",
                    status="replied" if answered else ("new" if recent else "closed"),
                    reply_text=REPLIES["question"] if answered else "",
                    owner=rng.choice(OWNERS) if answered else "",
                    import_id=batch,
                )
            else:
                issue = rng.choice(list(NEGATIVE))
                if recent:
                    status = rng.choice(["new", "new", "to_reply"])
                else:
                    status = rng.choice(["replied", "replied", "follow_up", "closed", "to_reply"])
                answered = status in {"replied", "follow_up", "closed"}
                # The vendor sometimes calls a complaint neutral; a colleague corrected it.
                corrected = rng.random() < 0.2
                contact = ""
                if answered and rng.random() < 0.3:
                    contact = f"1380000{next(phone_serial):04d}"
                builder.add(
                    platform=platform,
                    author=builder.author(),
                    posted=posted,
                    text=_fill(rng.choice(NEGATIVE[issue]), rng),
                    vendor="中性" if corrected else "负面",
                    sentiment="neg",
                    sentiment_by=rng.choice(OWNERS) if corrected else "",
                    issue_type=issue,
                    nature=rng.choice(["genuine_complaint", "genuine_complaint", "venting"]),
                    status=status,
                    owner=rng.choice(OWNERS) if status != "new" else "",
                    reply_text=REPLIES[issue] if answered else "",
                    reply_after=timedelta(minutes=rng.randint(20, 300)),
                    contact=contact,
                    import_id=batch,
                )


def _crisis(builder: _Builder, rng: random.Random, import_id: int) -> None:
    """The steel-wire cluster at the 徐汇店: ≥ 40 negative food_safety mentions."""
    builder.add(
        platform="微博",
        author=ORIGINATOR,
        followers=3_260,
        posted=datetime(2026, 11, 18, 9, 12, tzinfo=TZ),
        text=f"在{BRAND}徐汇店买的牛油果鸡胸沙拉，吃到一半发现碗里有一根钢丝！！差点咽下去，"
        "嘴都划破了。店员只说给我退款，这是食品安全问题好吗？@鹿角巷鲜食 "
        "#鹿角巷鲜食沙拉吃出钢丝#",
        vendor="负面",
        sentiment="neg",
        issue_type="food_safety",
        nature="genuine_complaint",
        status="follow_up",
        owner="王经理",
        reply_text="林女士您好，非常抱歉！我们的门店负责人已经联系您，医药费和后续检查费用由我们承担，"
        "钢丝来源正在调查，结果会第一时间告知您。",
        reply_after=timedelta(minutes=95),
        contact="13800001888（林女士）",
        import_id=import_id,
    )
    builder.add(
        platform="微博",
        author=INFLUENCER,
        followers=1_860_000,
        posted=datetime(2026, 11, 18, 15, 40, tzinfo=TZ),
        text=f"转发扩散：{BRAND}徐汇店的沙拉碗里吃出钢丝，顾客嘴都划破了，店家只给退款。"
        "轻食主打健康，食品安全却这样？等一个正式说法。#鹿角巷鲜食沙拉吃出钢丝#",
        vendor="负面",
        sentiment="neg",
        issue_type="food_safety",
        nature="genuine_complaint",
        status="to_reply",
        owner="王经理",
        import_id=import_id,
    )
    builder.add(
        platform="微信",
        author=MEDIA,
        followers=2_450_000,
        title="沙拉里吃出钢丝？鹿角巷鲜食徐汇店：已暂停销售同批次产品",
        posted=datetime(2026, 11, 18, 19, 5, tzinfo=TZ),
        text=f"【沙拉里吃出钢丝？】11月18日，有网友发帖称在{BRAND}徐汇店购买的沙拉中发现一根钢丝。"
        "记者致电该店，店员表示已暂停销售同批次沙拉，具体原因正在调查。市场监管部门表示已关注此事。",
        vendor="负面",
        sentiment="neg",
        issue_type="food_safety",
        nature="genuine_complaint",
        status="to_reply",
        owner="王经理",
        import_id=import_id,
    )
    span = (CRISIS_END - CRISIS_START).total_seconds()
    for index in range(45):
        # Most posts come in the first evening, then they taper off the next day.
        fraction = min(0.999, rng.betavariate(1.3, 2.6))
        posted = CRISIS_START + timedelta(seconds=fraction * span)
        replied = index % 6 == 0
        contact = f"1380000{2000 + index:04d}" if index % 9 == 0 else ""
        builder.add(
            platform=rng.choice(["微博", "微博", "抖音", "小红书", "大众点评"]),
            author=builder.author(),
            posted=posted,
            text=_fill(rng.choice(CRISIS_POSTS), rng),
            vendor=rng.choice(["负面", "负面", "敏感"]),
            sentiment="neg",
            issue_type="food_safety",
            nature=rng.choice(["genuine_complaint", "venting", "venting", "rumour"]),
            status="replied" if replied else rng.choice(["new", "new", "to_reply"]),
            owner="阿敏" if replied else "",
            reply_text=CRISIS_HOLDING_REPLY if replied else "",
            reply_after=timedelta(minutes=rng.randint(30, 180)),
            contact=contact,
            import_id=import_id,
        )


def _import_batch(workspace: Workspace, file_name: str, started: str) -> int:
    cursor = workspace.db.execute(
        "INSERT INTO imports(file_name, sheet, preset, started_at, finished_at, status)"
        " VALUES (?, ?, ?, ?, ?, 'done')",
        [file_name, "Sheet1", "generic-cn", started, started],
    )
    return cursor.lastrowid


def seed_demo_mentions(workspace: Workspace) -> None:
    """DEMO_SEEDERS (first): the demo brand's mentions, three import batches, indexed."""
    rng = random.Random(20261118)
    import_ids = {
        "daily": _import_batch(
            workspace, "监测导出_11月1日-17日.xlsx", "2026-11-17T18:00:00+08:00"
        ),
        "crisis": _import_batch(workspace, "钢丝事件_专项监测.xlsx", "2026-11-19T18:30:00+08:00"),
        "latest": _import_batch(
            workspace, "监测导出_11月18日-20日.xlsx", "2026-11-20T20:00:00+08:00"
        ),
    }
    builder = _Builder(rng)
    _daily(builder, rng, import_ids)
    _crisis(builder, rng, import_ids["crisis"])
    now = "2026-11-20T20:00:00+08:00"
    for row in builder.rows:
        row["imported_at"] = now
        row["updated_at"] = now
    table = workspace.db["mentions"]
    table.insert_all(builder.rows)
    for batch in import_ids.values():
        inserted = workspace.count("mentions", "import_id = ?", [batch])
        workspace.db.execute(
            "UPDATE imports SET rows_read = ?, inserted = ? WHERE id = ?",
            [inserted, inserted, batch],
        )
    index_mentions(workspace.db)


def seed_new_lists(workspace: Workspace) -> None:
    """NEW_SEEDERS: the editable issue-type list and the 2-hour response window."""
    mention_service.seed_workspace_lists(workspace)
