"""A labelled set for suggestion quality: comments paraphrasing each seeded entry's situation,
written by us (not the entry's own examples), mapped to the entry title they should find.

Used by tests/services/test_suggest_quality.py (floor: top-3 ≥ 0.9) and bench/bench_suggest.py
(prints top-1 and top-3 hit rates).
"""

LABELLED: dict[str, list[str]] = {
    "产品质量问题（变质、口感异常）": [
        "刚买回来的酸奶闻着就不对劲，是不是放坏了",
        "这次的东西吃起来怪怪的，跟以前不一样",
        "打开盒子上面长了一层毛",
    ],
    "包装破损、漏液": [
        "拿到手袋子都是湿的，汤汁全漏出来了",
        "外箱被压扁，里面的盒子也裂开了",
    ],
    "产品召回咨询": [
        "我买的那批在不在你们召回名单里？",
        "被召回的产品要怎么退，需要小票吗",
    ],
    "产品缺陷导致受伤": [
        "刚用就被边缘割破了手指，这么危险的东西也卖",
        "我家小孩被这个产品弄伤了，你们怎么负责",
    ],
    "菜品中吃出异物（头发、钢丝、虫子）": [
        "今天的碗里夹着一小段铁丝，太吓人了",
        "吃着吃着嚼到一根头发，恶心死了",
        "菜里面居然有只小虫",
    ],
    "吃完身体不适（腹泻、食物中毒）": [
        "中午吃了你们家，下午就一直跑厕所",
        "全家吃完都上吐下泻，现在在医院挂水",
    ],
    "食材不新鲜、过期": [
        "生菜叶子都发黄发蔫了，一点都不新鲜",
        "货架上的东西早就过了保质期还在卖",
    ],
    "后厨卫生被曝光（视频、照片）": [
        "有人拍到你们厨房里有老鼠，是哪家店",
        "网上那段后厨脏乱的视频太可怕了",
    ],
    "过敏原、配料咨询": [
        "我对花生过敏，这个能吃吗",
        "请问酱料里面有没有牛奶成分",
    ],
    "店员服务态度差": [
        "那个服务员说话好冲，问一句就甩脸色",
        "店员爱搭不理的，服务态度真差",
    ],
    "排队、等餐时间太长": [
        "点完餐等了快一个钟头才上",
        "排了半天队，出餐也太慢了吧",
    ],
    "客服联系不上、投诉没人管": [
        "客服热线一直打不通，投诉也没人理",
        "在线客服留言好几天都没人回",
    ],
    "顾客与员工冲突视频": [
        "视频里店员动手推顾客，你们怎么解释",
        "看到店长跟客人吵架还动手的视频",
    ],
    "外卖送达太慢": [
        "外卖等了快两小时，送到的时候全凉了",
        "订单显示骑手半天不动，早就超时了",
    ],
    "外卖送错、少送、洒漏": [
        "外卖少给了一杯饮料",
        "送过来的菜根本不是我点的那份",
    ],
    "退款迟迟不到账": [
        "退款申请都一周了钱还没回来",
        "我的退款怎么一直在处理中",
        "钱什么时候退给我",
    ],
    "多收费、价格与标价不符": [
        "结账的时候比菜单价格多收了我钱",
        "说好打八折结果收了原价",
    ],
    "优惠券、活动规则纠纷": [
        "领的优惠券付款时怎么用不了",
        "说好的买一送一到了店里又不认",
    ],
    "会员卡、预付卡余额问题": [
        "储值卡里的余额莫名其妙少了",
        "会员卡里还有钱，能不能退",
    ],
    "开发票": [
        "请问发票在哪里开",
        "公司报销需要开发票，能开吗",
    ],
    "个人信息泄露、收到骚扰电话": [
        "自从在你们这下过单，天天有骚扰电话打过来",
        "我的手机号是不是被你们卖了",
    ],
    "要求删除个人信息、注销账号": [
        "我要注销账号，把我的信息都删掉",
        "别再给我发短信了，怎么退订",
    ],
    "数据泄露事件（官方回应）": [
        "听说你们的用户数据被黑客偷了",
        "网上有人在卖你们会员的信息",
    ],
    "实物与宣传图不符": [
        "到手的和宣传图片差别也太大了",
        "图片上那么大一份，实际上就一点点",
    ],
    "“零添加、有机”等宣传被质疑": [
        "写着零添加，配料表里却一堆添加剂",
        "你们的有机认证到底是不是真的",
    ],
    "员工在网上发表不当言论": [
        "你们的员工在朋友圈里骂客人",
        "有店员发视频嘲笑顾客",
    ],
    "官方账号（小编）发错内容或回复不当": [
        "官微小编回复顾客阴阳怪气的",
        "官方号把我的评论删了还拉黑了",
    ],
    "网传门店倒闭、老板跑路": [
        "有人说你们快倒闭了，我卡里的钱怎么办",
        "听说老板已经跑路了",
    ],
    "网传使用劣质、过期原料（不实）": [
        "网上说你们炒菜用地沟油",
        "有传言说你们用的是过期的冻肉",
    ],
    "疑似竞争对手或水军恶意攻击": [
        "这些差评都是新注册的账号刷的吧",
        "一看就是同行找水军在带节奏",
    ],
    "高管负面新闻": [
        "你们创始人的新闻是怎么回事",
        "老板出了丑闻，公司还好吗",
    ],
    "裁员、关店传闻": [
        "听说你们公司在大裁员",
        "一下子关了好几家店，员工有赔偿吗",
    ],
    "小程序、App 无法下单或支付故障": [
        "小程序打不开，下不了单",
        "付钱失败了但是钱被扣了",
    ],
    "会员积分、优惠券异常丢失": [
        "我攒的积分一下子全没了",
        "账户里的优惠券全部不见了",
    ],
    "顾客表扬、好评": [
        "今天吃得很开心，服务员也特别热情",
        "味道很好，下次还会再来",
    ],
    "营业时间、门店地址咨询": [
        "请问晚上几点关门",
        "离我最近的门店在哪",
    ],
    "加盟合作咨询": [
        "想加盟你们品牌，怎么联系",
        "我们是供应商，想和你们合作供货",
    ],
    "媒体采访请求": [
        "您好，我是报社记者，想就此事采访",
        "媒体采访应该联系哪位",
    ],
    "退款遲遲未到帳（繁體）": [
        "退款到現在還沒到帳",
        "請問我的退款什麼時候會退回",
    ],
    "餐點吃出異物（繁體）": [
        "便當裡面吃到一根頭髮",
        "沙拉裡竟然有鐵絲",
    ],
    "Foreign object found in food": [
        "There was a metal wire in my salad bowl",
        "Found a hair in my soup today",
    ],
    "Delivery late or order missing items": [
        "My order came two hours late and the food was cold",
        "Half my order was missing when it arrived",
    ],
    "Refund not received": [
        "It's been a week and my refund still hasn't arrived",
        "When do I get my money back?",
    ],
    "Personal data concern or breach": [
        "Has my personal data been leaked? Getting spam calls",
        "Is it true your customer data got hacked?",
    ],
    "App or payment outage": [
        "Your app is down, can't place an order",
        "I was charged but the payment failed",
    ],
    "Thanks for a compliment": [
        "Amazing food and lovely staff, will come back",
        "Great service today, thanks!",
    ],
    "Rude staff": [
        "The waiter was really rude to us",
        "Staff had a terrible attitude",
    ],
}


def cases() -> list[tuple[str, str]]:
    """(comment, expected entry title) pairs."""
    return [(comment, title) for title, comments in LABELLED.items() for comment in comments]


# -- relevance calibration (services/suggest.py STRONG_* and POSSIBLE_* constants) ------------

ISSUE_TEXT = "梁正贤真是海王让人恶心的想吐"  # issue 13: a TV-drama comment given a food script


def _weibo2018(path) -> list[str]:
    """`mid,label,text` lines (the text may hold commas)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split(",", 2)[2] for line in lines if line.count(",") >= 2]


def off_topic_texts(corpora) -> list[str]:
    """1,601 real texts about anything but a restaurant brand's service: the weibo2018 test set
    (500), its six topic files (600), 500 posts of the #三十而已# TV-drama export (a fixed
    sample) and the issue's comment."""
    import csv
    import random

    sentiment = corpora / "sentiment"
    texts = _weibo2018(sentiment / "zh_weibo2018_test.txt")
    for path in sorted((sentiment / "zh_weibo2018_topics").glob("*.txt")):
        texts += _weibo2018(path)
    export = corpora / "exports" / "export_weibo-search_sanshieryi_2020.csv"
    with export.open(encoding="utf-8-sig", newline="") as handle:
        posts = [row["微博正文"] for row in csv.DictReader(handle)]
    texts += random.Random(3).sample(posts, 500)
    texts.append(ISSUE_TEXT)
    return texts


def relevance_figures(workspace, off_topic: list[str]) -> dict[str, float]:
    """Strong precision and recall of the top-1 entry on the labelled set, and the share of
    off-topic texts whose top-1 entry is strong, or strong or possible."""
    from desktop.services import suggest

    labelled = cases()
    strong = right = 0
    for comment, expected in labelled:
        found = suggest.suggest_entries(workspace, comment, 1)
        if found and found[0].relevance == "strong":
            strong += 1
            right += found[0].title == expected
    off_strong = off_listed = 0
    for text in off_topic:
        found = suggest.suggest_entries(workspace, text, 1)
        level = found[0].relevance if found else "none"
        off_strong += level == "strong"
        off_listed += level != "none"
    return {
        "labelled": len(labelled),
        "strong": strong,
        "precision": right / strong if strong else 0.0,
        "recall": right / len(labelled),
        "off_topic": len(off_topic),
        "off_topic_strong": off_strong / len(off_topic),
        "off_topic_not_none": off_listed / len(off_topic),
    }
