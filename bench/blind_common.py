# Shared filler for the blind benchmark pages (bench/blind_pages_build.py). All text written for this bench.
import random

CHANNELS = [
    "首页",
    "时政",
    "国际",
    "财经",
    "社会",
    "军事",
    "科技",
    "体育",
    "娱乐",
    "文化",
    "教育",
    "健康",
    "汽车",
    "房产",
    "旅游",
    "图片",
    "视频",
    "评论",
    "理论",
    "法治",
    "公益",
    "食品",
    "生态",
    "能源",
    "地方",
    "数据",
    "专题",
    "直播",
    "访谈",
    "英文",
    "书画",
    "彩票",
    "游戏",
    "时尚",
    "家居",
    "读书",
    "亲子",
    "美食",
    "三农",
    "扶贫",
    "乡村振兴",
    "反腐",
    "人事",
    "港澳",
    "台湾",
    "华人",
    "一带一路",
]

PROVINCES = [
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
]

HEADLINES = [
    "多地出台措施提振消费 汽车家电以旧换新补贴加码",
    "国家统计局：前两个月规模以上工业增加值增长7%",
    "教育部部署2024年中小学春季学期开学工作",
    "南方多地迎来强降雨 防汛部门提前转移群众",
    "跨境电商进出口规模再创新高",
    "全国首条氢能重卡干线物流示范线路开通",
    "今年全国计划新改建农村公路12万公里",
    "国产大飞机C919商业运营满一年",
    "冬小麦返青 农技人员田间指导忙",
    "多部门联合开展网络谣言专项整治",
    "博物馆“夜场”成年轻人新去处",
    "全国铁路实施新运行图 新增列车百余列",
    "我国新能源汽车产销量连续九年全球第一",
    "中央气象台发布暴雨蓝色预警",
    "义务教育阶段课后服务实现全覆盖",
    "国际油价连续三周上涨",
    "医保药品目录调整工作方案公布",
    "科学家揭示水稻耐盐碱新机制",
    "城市更新行动：老街区焕发新活力",
    "各地积极应对流感高发期 儿科门诊量增加",
    "中欧班列累计开行突破8万列",
    "夏粮收购进度加快 最低收购价预案启动",
    "文旅市场持续升温 假期出游人次同比增长",
    "我国在轨运行卫星数量突破900颗",
    "新版个人所得税APP上线 年度汇算更便捷",
    "高标准农田建设任务提前完成",
    "城市公交开通夜间线路 方便市民出行",
    "全国碳市场成交量稳步增长",
    "“一网通办”让企业办事少跑腿",
    "家门口的养老服务站受欢迎",
    "山区学校用上“云课堂” 共享优质教育资源",
    "电动自行车新国标明年实施",
    "海关总署：前5个月进出口总值同比增长6.3%",
    "春运首日全国铁路发送旅客超千万人次",
    "暑期档电影票房突破百亿元",
    "多地试点“带押过户” 二手房交易更顺畅",
    "国产手术机器人进入临床应用",
    "秋季开学安全提示：这些事项家长要注意",
    "农村电商助力特色农产品“出山”",
    "全国人大代表建议加强未成年人网络保护",
    "黄河流域生态保护取得新进展",
    "外卖骑手职业伤害保障试点扩围",
    "铁路部门推出“静音车厢”服务",
    "多地公布中考改革方案",
    "数字人民币试点场景不断丰富",
    "城市内涝治理：海绵城市建设提速",
    "国内首个深远海浮式风电平台并网",
    "新修订的食品安全标准正式实施",
    "县域商业体系建设成效明显",
    "防范电信诈骗：警方公布十大典型案例",
]

COMMENTS = [
    "说得很实在，希望政策能真正落到实处。",
    "我们村今年也搞了，效果确实不错。",
    "期待后续报道，关注进展。",
    "基层干部辛苦了！",
    "这才是老百姓关心的事。",
    "希望能多关注一下偏远地区的情况。",
    "上周刚去过，确实变化很大。",
    "点赞！为家乡的发展感到骄傲。",
    "价格什么时候能降下来？",
    "支持，早就该这么做了。",
    "文章写得很详细，收藏了。",
    "孩子上学的问题什么时候能解决？",
    "这个好，方便多了。",
    "不知道我们县有没有这个政策。",
    "数据很亮眼，继续加油。",
]
NICKS = [
    "河南网友",
    "北京网友",
    "手机用户7821",
    "清风徐来",
    "老张在路上",
    "一只小蜗牛",
    "山东临沂网友",
    "追梦人",
    "江苏南京网友",
    "大河之南",
    "晨曦微露",
    "网友Mk91",
    "热心市民王先生",
]


def rng(seed):
    return random.Random(seed)


def pick_headlines(r, n):
    return [r.choice(HEADLINES) for _ in range(n)]


def nav_links(r, host, n=None, cls=None):
    chans = CHANNELS if n is None else r.sample(CHANNELS, n)
    out = []
    for i, c in enumerate(chans):
        out.append(
            '<li{}><a href="http://{}/{}/" target="_blank">{}</a></li>'.format(
                (f' class="{cls}"') if cls else "", host, f"ch{i:02d}", c
            )
        )
    return "\n".join(out)


def link_list(r, host, n, dated=False, year=2024, prefix="", cls="", li_cls=""):
    out = []
    for _i in range(n):
        h = r.choice(HEADLINES)
        m, d = r.randint(1, 12), r.randint(1, 28)
        url = f"http://{host}/{prefix}{year}/{m:02d}{d:02d}/{r.randint(100000, 999999)}.html"
        if dated:
            out.append(
                '<li{}><a href="{}" target="_blank" title="{}">{}</a><span class="time">{}-{:02d}-{:02d}</span></li>'.format(
                    (f' class="{li_cls}"') if li_cls else "", url, h, h, year, m, d
                )
            )
        else:
            out.append(
                '<li{}><a href="{}" target="_blank" title="{}">{}</a></li>'.format(
                    (f' class="{li_cls}"') if li_cls else "", url, h, h
                )
            )
    return (f'<ul class="{cls}">\n') + "\n".join(out) + "\n</ul>"


def css_block(r, prefix, n=60):
    props = [
        "margin:0 auto",
        "padding:0",
        "font-size:14px",
        "line-height:28px",
        "color:#333",
        "color:#999",
        "float:left",
        "float:right",
        "width:1200px",
        "width:860px",
        "width:300px",
        "overflow:hidden",
        "border-bottom:1px solid #e5e5e5",
        "background:#f5f5f5",
        "display:block",
        "display:none",
        "text-align:center",
        "font-family:'Microsoft YaHei',SimSun,sans-serif",
        "height:40px",
        "position:relative",
        "cursor:pointer",
        "text-decoration:none",
        "font-weight:bold",
    ]
    rules = []
    for i in range(n):
        sel = ".{}-{}{}".format(
            prefix,
            r.choice(
                [
                    "hd",
                    "bd",
                    "nav",
                    "box",
                    "list",
                    "item",
                    "side",
                    "foot",
                    "tit",
                    "con",
                    "pic",
                    "txt",
                    "more",
                    "tab",
                    "wrap",
                ]
            ),
            i,
        )
        rules.append("{}{{{}}}".format(sel, ";".join(r.sample(props, 4))))
    return '<style type="text/css">\n' + "\n".join(rules) + "\n</style>"


def analytics(r, extra=""):
    hid = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return f"""<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?{hid}";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
{extra}
</script>"""


def share_js(r):
    return """<script type="text/javascript">
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};
with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
function toggleFont(size){var el=document.getElementById('articleBody');if(el){el.style.fontSize=size+'px';}}
function copyUrl(){var u=window.location.href;try{navigator.clipboard.writeText(u);alert('链接已复制，快去分享给好友吧！');}catch(e){}}
</script>"""


def big_script(r, name, n=40):
    lines = [f"/* {name} bundle */", "(function(w,d){", "  'use strict';", "  var cfg = {"]
    for i in range(n):
        lines.append(
            '    "k{}": "{}",'.format(
                i,
                "".join(
                    r.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                    for _ in range(r.randint(20, 60))
                ),
            )
        )
    lines += [
        "    v: 1",
        "  };",
        "  function q(s){return d.querySelectorAll(s);}",
        "  function on(el,ev,fn){el.addEventListener?el.addEventListener(ev,fn,false):el.attachEvent('on'+ev,fn);}",
        "  w.__{} = cfg;".format(name.replace("-", "_")),
        "  on(w,'load',function(){var imgs=q('img[data-src]');for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute('data-src');}});",
        "})(window,document);",
    ]
    return "<script>\n" + "\n".join(lines) + "\n</script>"


def friend_links(r, n=30):
    sites = [
        "人民网",
        "新华网",
        "中国网",
        "央视网",
        "中国日报网",
        "光明网",
        "中国新闻网",
        "中国青年网",
        "中国经济网",
        "中国台湾网",
        "中国西藏网",
        "央广网",
        "国际在线",
        "求是网",
        "中国军网",
        "党建网",
        "大河网",
        "东方网",
        "南方网",
        "红网",
        "北青网",
        "千龙网",
        "荆楚网",
        "四川在线",
        "浙江在线",
        "东北网",
        "华龙网",
        "中国江苏网",
        "齐鲁网",
        "舜网",
        "映象网",
        "河南省人民政府",
        "中国政府网",
    ]
    return "\n".join(
        f'<a href="http://www.example-{i}.cn/" target="_blank">{s}</a>'
        for i, s in enumerate(r.sample(sites, min(n, len(sites))))
    )
