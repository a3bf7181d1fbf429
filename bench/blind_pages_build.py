"""Builds bench/blind_pages/*.html and expected.jsonl: 24 pages written in the styles of Chinese news sites.

All text is written for this bench. Decisions recorded in expected.jsonl:
- image captions, 原标题 lines, editor/credit lines, info lines, related lists, comments,
  share widgets, copyright footers are NOT body;
- published_at: date only when the page shows only a date; else with time (+08:00), seconds 00 if not shown.
"""

import html as htmlmod
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from blind_articles import A
from blind_common import (  # noqa: E402
    CHANNELS,
    COMMENTS,
    NICKS,
    analytics,
    big_script,
    css_block,
    friend_links,
    link_list,
    nav_links,
    rng,
)

OUT = os.path.join(os.path.dirname(__file__), "blind_pages")
PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


def ps(paras, tmpl="<p>%s</p>"):
    return "\n".join(tmpl % p for p in paras)


def comments_html(r, n, year, tmpl, fmt="%d-%02d-%02d %02d:%02d"):
    out = []
    for i in range(n):
        m, d, hh, mm = r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
        t = fmt % (year, m, d, hh, mm) if fmt.count("%") == 5 else fmt % (m, d, hh, mm)
        out.append(
            tmpl.format(
                nick=r.choice(NICKS),
                text=COMMENTS[(i * 7 + n) % len(COMMENTS)],
                time=t,
                n=r.randint(0, 99),
            )
        )
    return "\n".join(out)


def pad_sidebar(r, host, html_doc, marker, year, min_kb=34):
    """Adds '热点推荐' blocks until the page is big enough."""
    extra = []
    while len(html_doc.replace(marker, "\n".join(extra)).encode("utf-8")) < min_kb * 1024:
        extra.append(
            '<div class="side-box"><div class="side-hd"><h3>{}</h3></div><div class="side-bd">{}</div></div>'.format(
                r.choice(
                    [
                        "热点推荐",
                        "图片新闻",
                        "专题聚焦",
                        "本地要闻",
                        "24小时排行",
                        "视频推荐",
                        "编辑精选",
                    ]
                ),
                link_list(r, host, 12, dated=r.random() < 0.5, year=year),
            )
        )
    return html_doc.replace(marker, "\n".join(extra))


@page
def p01():
    a, r = A["xinhua"], rng(1)
    host = "www.news.cn"
    cap = "3月4日，在黑龙江省五常市一家农机合作社，农机手在检修插秧机。新华社记者 张涛 摄"
    editor = "【责任编辑:孟佳】"
    rel = "全国春播粮食作物面积稳中有增"
    paras = a["paras"]
    body = (
        ps(paras[:2])
        + f'\n<p style="text-align: center;"><img id="{{C1A2B3}}" src="20240305c1a2b3_img_01.jpg" /></p>\n<p class="detailPic" style="text-align: center;"><span style="color:#000080">{cap}</span></p>\n'
        + ps(paras[2:])
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="keywords" content="春耕,备耕,农时" />
<meta name="description" content="{a["title"]}---惊蛰时节，春回大地。从东北黑土地到江南水乡，各地农民抢抓农时，整地备耕、育秧施肥。" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<title>{a["title"]}-新华网</title>
<link rel="stylesheet" href="//www.news.cn/detail2020/css/style.css" />
{css_block(r, "xh", 90)}
{big_script(r, "xh-detail", 60)}
</head>
<body>
<div class="domPC">
<div class="header">
 <div class="topbar"><div class="wrapper"><a href="http://www.news.cn/" class="logo"><img src="//www.news.cn/detail2020/images/logo.png" alt="新华网"/></a>
 <div class="nav"><ul>{nav_links(r, host)}</ul></div>
 <div class="search"><input type="text" placeholder="请输入关键字"/><a class="btn">搜索</a></div></div></div>
 <div class="header-nav"><a href="http://www.news.cn/">新华网</a> &gt; <a href="http://www.news.cn/politics/">时政</a> &gt; 正文</div>
</div>
<div class="header domPC">
 <div class="header-cont clearfix">
  <div class="header-time left">
   <span class="year"><em> 2024</em></span>
   <span class="day"><em> 03</em>/<em>05</em></span>
   <span class="time"> 09:12:33</span>
  </div>
  <div class="source">来源：新华网</div>
  <div class="head-line clearfix">
   <h1><span class="title">{a["title"]}</span><span class="btn-audio"></span></h1>
   <div class="pageShare"><div class="setFont">字体：<span class="bigger">大</span><span class="smaller">小</span></div>
   <div class="share">分享到：<a class="wx"></a><a class="wb"></a><a class="xcx"></a></div></div>
  </div>
 </div>
</div>
<div class="main clearfix">
 <div class="main-left left">
  <div id="detail"><span id="detailContent">
{body}
  </span></div>
  <div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span><span class="editor">
{editor}</span></div>
  <div class="columBox xglb"><div class="col-tit"><span>相关新闻</span></div>
   <ul class="list"><li><a href="http://www.news.cn/politics/20240303/9f1a/c.html">{rel}</a></li>
   {link_list(r, host, 6)[20:-5]}</ul></div>
 </div>
 <div class="main-right right">
  <div class="columBox"><div class="col-tit"><span>热点推荐</span></div>{link_list(r, host, 15)}</div>
  <!--SIDEPAD-->
 </div>
</div>
<div class="foot">
 <div class="wrapper"><div class="link">{friend_links(r)}</div>
 <p>Copyright &copy; 2000-2024 XINHUANET.com All Rights Reserved.</p>
 <p>制作单位：新华网股份有限公司 版权所有：新华网股份有限公司</p></div>
</div>
</div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 40)
    return dict(
        file="01-xinhuanet.html",
        url="http://www.news.cn/politics/20240305/c1a2b3d4e5f6478a9b0c1d2e3f4a5b6c/c.html",
        title=a["title"],
        published_at="2024-03-05T09:12:33+08:00",
        html=doc,
        paras=paras,
        must_not=[
            cap[:20],
            editor.strip("【】"),
            rel,
            "制作单位：新华网股份有限公司",
            "来源：新华网",
            "【纠错】",
        ],
    )


@page
def p02():
    a, r = A["people"], rng(2)
    host = "finance.people.com.cn"
    editor = "(责编：杨虹、牛镛)"
    rel = "商务部：推动外贸质升量稳"
    paras = a["paras"]
    body = ps(paras, '<p style="text-indent: 2em;">%s</p>')
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{a["title"]}--财经--人民网 </title>
<meta name="keywords" content="外贸,进出口,海关总署" />
<meta name="description" content="海关总署12日发布数据显示，今年一季度，我国货物贸易进出口总值10.17万亿元人民币，同比增长5%" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1004" />
<meta name="contentid" content="40214567" />
<meta name="publishdate" content="2024-04-12" />
<meta name="author" content="杨虹" />
<meta name="source" content="来源：人民网－人民日报" />
{css_block(r, "rm", 80)}
{big_script(r, "rmw", 50)}
</head>
<body>
<div class="header">
 <div class="w1000"><div class="fl"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经</a></div>
 <div class="fr"><a href="http://www.people.com.cn/">人民网首页</a>|<a href="http://www.people.cn/">人民日报</a>|<a href="http://app.people.cn/">人民网+</a></div></div>
 <div class="nav"><ul>{nav_links(r, "www.people.com.cn")}</ul></div>
</div>
<div class="main w1000 clearfix">
 <div class="col col-1 fl">
  <div class="route"><a href="http://www.people.com.cn/">人民网</a>&gt;&gt;<a href="http://finance.people.com.cn/">财经</a>&gt;&gt;<a href="http://finance.people.com.cn/GB/70846/">滚动</a></div>
  <h3 class="pre">{a["kicker"]}</h3>
  <h1>{a["title"]}</h1>
  <h4 class="sub">{a["subtitle"]}</h4>
  <p class="author"></p>
  <div class="col-1-1 fl">2024年04月12日08:31 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div>
  <div class="col-1-1 fr"><a href="javascript:;" class="fontbig">大</a><a href="javascript:;" class="fontsmall">小</a><a href="javascript:window.print();">打印</a>
   <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div>
  <div class="rm_txt_con cf">
{body}
   <div class="edit cf">{editor}</div>
  </div>
  <div class="rm_relevant cf"><div class="title">相关新闻</div>
   <ul><li><a href="http://finance.people.com.cn/n1/2024/0410/c1004-40212233.html">{rel}</a></li>
   {link_list(r, host, 7, prefix="n1/")[20:-5]}</ul></div>
  <div class="rm_ranking"><div class="title">分享让更多人看到</div></div>
  <div class="rm_hot"><h2>热门排行</h2>{link_list(r, host, 10, prefix="n1/")}</div>
 </div>
 <div class="col col-2 fr"><!--SIDEPAD--></div>
</div>
<div class="footer">
 <p>人民日报社概况|关于人民网|报社招聘|招聘英才|广告服务|合作加盟|供稿服务|网站声明|网站律师|信息保护|联系我们</p>
 <p>人民网版权所有，未经书面授权禁止使用</p>
 <p>Copyright &copy; 1997-2024 by www.people.com.cn. all rights reserved</p>
 <div class="link">{friend_links(r)}</div>
</div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 38)
    return dict(
        file="02-people.html",
        url="http://finance.people.com.cn/n1/2024/0412/c1004-40214567.html",
        title=a["title"],
        published_at="2024-04-12T08:31:00+08:00",
        html=doc,
        paras=paras[:-1],
        encoding="gbk",
        must_not=[
            "责编：杨虹、牛镛",
            rel,
            "人民网版权所有，未经书面授权禁止使用",
            "来源：人民网－人民日报",
            a["subtitle"],
            "分享让更多人看到",
        ],
    )


@page
def p03():
    a, r = A["cctv"], rng(3)
    host = "news.cctv.com"
    editor = "编辑：王佳旭 责任编辑：刘亮"
    rel = "多地进入汛期 防汛关键期如何做好准备？"
    cap = "九江市巡堤人员在长江大堤上巡查（资料图）"
    paras = a["paras"]
    body = (
        ps(paras[:4])
        + f'\n<p style="text-align: center;"><img src="//p1.img.cctvpic.com/photoworkspace/contentimg/2024/05/20/2024052019321512345.jpg" alt="" /></p><p style="text-align: center;" class="photo_img_20190808">{cap}</p>\n'
        + ps(paras[4:])
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{a["title"]}_新闻频道_央视网(cctv.com)</title>
<meta name="keywords" content="汛期 长江 洪水防御 应急响应">
<meta name="description" content="受持续强降雨影响，长江中下游干流及洞庭湖、鄱阳湖水位持续上涨。">
<meta name="spm-id" content="C94212.P4YnMod9m2uD">
<meta name="contentid" content="ARTIabcdEFGhijk240520">
<meta name="catalogs" content="PAGE1394789601117162">
{css_block(r, "cctv", 70)}
<script type="text/javascript">var commentTitle = "{a["title"]}"; var itemid1="ARTIabcdEFGhijk240520"; var commentUrl = "https://news.cctv.com/2024/05/20/ARTIabcdEFGhijk240520.shtml";</script>
{big_script(r, "cntv-common", 60)}
</head>
<body>
<div class="nav_wrapper_bg"><div class="navWrapper"><ul class="nav_list">{nav_links(r, "tv.cctv.com")}</ul></div></div>
<div class="column_wrapper">
 <div class="col_w1000"><div class="bread"><a href="https://news.cctv.com/">新闻频道</a> &gt; <a href="https://news.cctv.com/china/">国内新闻</a> &gt; 正文</div></div>
 <div class="col_w660_left">
  <div class="title_area">
   <h1>{a["title"]}</h1>
   <div class="info1">来源：央视新闻客户端 | 2024年05月20日 19:32:15</div>
   <div class="info2"><span>A+</span><span>A-</span><span class="ewm">手机看</span><span class="share">分享：微信 微博 QQ空间</span></div>
  </div>
  <div class="content_area" id="content_area">
{body}
  </div>
  <div class="zebian"><p>{editor}</p></div>
  <div class="ELMTE8fSRvfFVYXTP0G2fFpu240520"><div class="md_hd"><span class="mh_title">相关新闻</span></div>
   <ul><li><a href="https://news.cctv.com/2024/05/18/ARTIxyz240518.shtml">{rel}</a><span>2024-05-18</span></li>{link_list(r, host, 6, dated=True)[20:-5]}</ul></div>
  <div id="cmtWrap" class="comment"><h3>评论</h3><p class="tip">登录后发表评论</p></div>
 </div>
 <div class="col_w300_right"><!--SIDEPAD--></div>
</div>
<div class="page_wrap_footer">
 <p>央视网 版权所有 京ICP证060535号 京公网安备11010502036320号</p>
 <p>网上传播视听节目许可证（0102004） 违法和不良信息举报电话：010-68510888</p>
 <div>{friend_links(r)}</div>
</div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 36)
    return dict(
        file="03-cctv.html",
        url="http://news.cctv.com/2024/05/20/ARTIabcdEFGhijk240520.shtml",
        title=a["title"],
        published_at="2024-05-20T19:32:15+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "责任编辑：刘亮",
            rel,
            cap[:14],
            "京公网安备11010502036320号",
            "来源：央视新闻客户端",
            "登录后发表评论",
        ],
    )


@page
def p04():
    a, r = A["chinanews"], rng(4)
    host = "www.chinanews.com.cn"
    editor = "【编辑:刘欢】"
    rel = "商务部：家电以旧换新政策效果持续显现"
    paras = a["paras"]
    body = (
        ps(paras[:3])
        + '\n<div class="adEditor"><div class="ad_bd"><!-- 正文内广告 --><script>(window.slotbydup=window.slotbydup||[]).push({id:"u6543210",container:"_ad01",async:true});</script><div id="_ad01"></div></div></div>\n'
        + ps(paras[3:], "<p>　　%s</p>")
    )
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a["title"]}-中新网</title>
<meta name="keywords" content="618,以旧换新,家电" />
<meta name="description" content="“618”购物节进入冲刺阶段，在以旧换新政策带动下，家电消费明显升温。" />
<meta name="filetype" content="1">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="cj">
{css_block(r, "cns", 80)}
{big_script(r, "cns-base", 50)}
</head>
<body>
<div id="topNav"><ul class="nav_navcon">{nav_links(r, host)}</ul></div>
<div class="w1000 bread"><a href="http://www.chinanews.com.cn/">中新网</a> &gt; <a href="http://www.chinanews.com.cn/cj/">财经</a> &gt; <a href="http://www.chinanews.com.cn/cj/gd.shtml">财经频道</a></div>
<div id="cont_1_1_2" class="w1000 clearfix">
 <div class="con_left">
  <div class="content_left_title"><h1 style="display:block; margin:0 auto; text-align:center;">{a["title"]}</h1></div>
  <div class="content_left_time">2024年06月18日 10:25　来源：中国新闻网　<a href="javascript:void(0)" class="news_font">参与互动</a></div>
  <div class="bdsharebuttonbox share_box"><span>分享到：</span><a class="bds_weixin"></a><a class="bds_tsina"></a><a class="bds_qzone"></a></div>
  <div class="left_zw" style="position:relative">
{body}
   <div class="left_name"><div class="left_name">{editor}</div></div>
  </div>
  <div class="adInContent"><img src="//image.cns.com.cn/default/ad/2024/app.jpg" alt="中新经纬APP下载"/></div>
  <div id="function_code_page"><div class="xgxw"><h3>相关新闻：</h3><ul><li><a href="http://www.chinanews.com.cn/cj/2024/06-15/10234567.shtml">{rel}</a></li></ul></div></div>
  <div class="hot_list"><h2>经济新闻精选：</h2>{link_list(r, host, 12, prefix="cj/")}</div>
 </div>
 <div class="con_right"><!--SIDEPAD--></div>
</div>
<div id="bottom"><p>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</p>
<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p>
<p>[网上传播视听节目许可证(0106168)] [京ICP证040655号] [京公网安备：110102003042-1] [京ICP备05004340号-1] 总机：86-10-87826688</p>
<p>违法和不良信息举报电话：15699788000 举报邮箱：jubao@chinanews.com.cn</p>
<p>Copyright &copy;1999-2024 chinanews.com. All Rights Reserved</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 36)
    return dict(
        file="04-chinanews.html",
        url="http://www.chinanews.com.cn/cj/2024/06-18/10236789.shtml",
        title=a["title"],
        published_at="2024-06-18T10:25:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "编辑:刘欢",
            rel,
            "刊用本网站稿件，务经书面授权",
            "来源：中国新闻网",
            "参与互动",
            "经济新闻精选",
        ],
    )


@page
def p05():
    a, r = A["thepaper"], rng(5)
    host = "www.thepaper.cn"
    cap = "老城厢一处正在修缮的石库门弄堂。澎湃新闻记者 周平浪 图"
    rel = "城市漫步|武康路的梧桐树下，藏着多少老故事"
    paras = a["paras"]
    cmts = comments_html(
        r,
        8,
        2024,
        '<div class="index_commentItem__x1"><div class="index_name">{nick}</div><div class="index_content">{text}</div><div class="index_time"><span>{time}</span><span>回复</span><span>{n}</span></div></div>',
        "%02d-%02d %02d:%02d",
    )
    cmt_special = '<div class="index_commentItem__x1"><div class="index_name">弄堂长大的孩子</div><div class="index_content">小时候就住在附近，看到这些照片眼眶都湿了。</div><div class="index_time"><span>07-03 21:14</span></div></div>'
    body = (
        "".join(f"<p>{p}</p>" for p in paras[:3])
        + f'<img src="https://imagecloud.thepaper.cn/thepaper/image/301/201/555.jpg" alt=""/><p class="image_desc" style="text-align:center;"><span>{cap}</span></p>'
        + "".join(f"<p>{p}</p>" for p in paras[3:])
    )
    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "detailData": {
                        "contId": 27812345,
                        "name": a["title"],
                        "pubTime": "2024-07-02 07:45",
                        "author": "周平浪",
                        "nodeInfo": {"name": "城市漫步"},
                    }
                }
            },
            "page": "/detail/[id]",
        },
        ensure_ascii=False,
    )
    doc = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{a["title"]}|澎湃新闻</title>
<meta name="Keywords" content="上海,老城厢,弄堂,城市更新"/><meta name="Description" content="清晨六点半，老城厢的巷子里已经飘出了大饼油条的香味。"/>
<meta property="og:title" content="{a["title"]}"/><meta property="og:type" content="article"/>
<link rel="preload" href="/_next/static/css/a1b2c3d4e5.css" as="style"/>
{css_block(r, "index", 120)}
</head><body><div id="__next"><div class="index_wrapper__9rz3z">
<header class="index_header__X2hFv"><div class="index_headerContent__sASF4"><a href="/" class="index_logo__NZ1rl"><img src="/_next/static/media/logo.png" alt="澎湃新闻"/></a>
<ul class="index_navList__Z8gWr">{nav_links(r, host, 20, cls="index_navItem__hG8Zm")}</ul><div class="index_login__Qx8Eu">登录</div></div></header>
<main class="index_main__t3Gwe"><div class="index_leftcontent__Kx0lA">
<div class="index_wrapper__L_zqV"><div class="index_nodeName__zxO2K"><a href="/list_25444">城市漫步</a></div>
<h1 class="index_title__B8mhI">{a["title"]}</h1>
<div class="index_headerContent__sASF4"><div><div class="ant-space ant-space-horizontal"><div class="ant-space-item"><span>澎湃新闻记者 周平浪</span></div></div></div>
<div class="ant-space ant-space-horizontal"><div class="ant-space-item"><span>2024-07-02 07:45</span></div><div class="ant-space-item"><span>来源：澎湃新闻</span></div></div></div>
<div class="index_cententWrap__Jv8jK">{body}</div>
<div class="index_copyright__6WgYX"><p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p></div>
<div class="index_share__Xv6H8"><span>+1</span><span>收藏</span><span>我要举报</span></div>
<div class="index_relateNews__Ub1Zk"><h3>相关推荐</h3><ul><li><a href="/newsDetail_forward_27701234">{rel}</a><span>2024-06-18</span></li>{link_list(r, host, 8)[20:-5]}</ul></div>
<div class="index_comment__Gz7Nm"><h3>评论(<!-- -->{9})</h3><div class="index_hot">热门评论</div>{cmt_special}{cmts}</div>
</div></div><div class="index_rightcontent__Q2xq1"><!--SIDEPAD--></div></main>
<footer class="index_footer__w2p0t"><p>沪ICP备14003370号</p><p>沪公网安备31010602000299号</p><p>互联网新闻信息服务许可证：31120170006</p><p>增值电信业务经营许可证：沪B2-2017116</p><p>&copy; 2014-2024 上海东方报业有限公司</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{next_data}</script>
{big_script(r, "next-chunks", 80)}
</body></html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 40)
    return dict(
        file="05-thepaper.html",
        url="http://www.thepaper.cn/newsDetail_forward_27812345",
        title=a["title"],
        published_at="2024-07-02T07:45:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "澎湃新闻记者 周平浪 图",
            "澎湃新闻，未经授权不得转载",
            rel,
            "看到这些照片眼眶都湿了",
            "沪ICP备14003370号",
            "我要举报",
        ],
    )


@page
def p06():
    a, r = A["163"], rng(6)
    host = "www.163.com"
    cap = "8月8日，北京南站候车大厅内，旅客排队检票进站。"
    rel = "铁路暑运第二阶段启动 多条线路加开夜间高铁"
    paras = a["paras"]
    body = (
        ps(paras[:2], '<p id="P{}">%s</p>'.format("x"))
        + f'\n<p class="f_center"><img src="https://nimg.ws.126.net/?url=http%3A%2F%2Fcms-bucket.ws.126.net%2F2024%2F0809%2Fa1b2c3.jpeg&thumbnail=660x2147483647&quality=80&type=jpg" alt=""/><br/>{cap}</p>\n'
        + ps(paras[2:], '<p id="Px">%s</p>')
        + "\n<p>（原标题：暑运过半，高铁票为何还是难买？）</p>"
    )
    cmts = comments_html(
        r,
        10,
        2024,
        '<div class="tie-item"><div class="tie-user">网易{nick} 网友</div><div class="tie-cnt">{text}</div><div class="tie-time">{time}</div><span class="tie-vote">顶[{n}]</span></div>',
    )
    doc = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="2024-08-09 14:21:37" data-category="news">
<head>
<meta charset="utf-8"/>
<title>{a["title"]}_网易新闻</title>
<meta name="keywords" content="暑运,高铁,12306"/>
<meta name="description" content="{a["title"]},暑运,高铁,12306"/>
<meta property="og:type" content="news"/>
<meta property="og:title" content="{a["title"]}"/>
<meta property="article:author" content="网易"/>
<meta property="og:release_date" content="2024-08-09 14:21:37"/>
<link rel="canonical" href="https://www.163.com/news/article/J8ABCD120001899O.html"/>
{css_block(r, "post", 100)}
<script>var _ntes_nacc='news'; var _ntes_const={{"docid":"J8ABCD120001899O","channel":"0001","ptime":"2024-08-09 14:21:37"}};</script>
{big_script(r, "ne-post", 60)}
</head>
<body>
<div class="N-nav-channel JS_NTES_LOG_FE"><div class="ntes-nav-main"><ul>{nav_links(r, "news.163.com")}</ul></div></div>
<div class="wrapper clearfix">
 <div class="post_crumb"><a href="https://www.163.com/">网易首页</a> &gt; <a href="https://news.163.com/">新闻中心</a> &gt; <a href="https://news.163.com/domestic/">国内新闻</a> &gt; 正文</div>
 <div class="post_main">
  <h1 class="post_title">{a["title"]}</h1>
  <div class="post_info">2024-08-09 14:21:37　来源: <a href="https://www.163.com/news/" class="post_source_link">新京报</a><img src="https://static.ws.126.net/cnews/css13/img/end_news.png" width="13" height="12" class="icon"/>
   <a href="#post_comment_area" class="post_jubao">举报</a></div>
  <div class="post_share"><span>分享至</span><a class="share_weixin">微信</a><a class="share_weibo">微博</a><a class="share_yixin">易信</a><a class="share_qzone">QQ空间</a></div>
  <div class="post_content" id="content">
   <div class="post_body">
{body}
   </div>
   <div class="post_statement"><span class="bg"></span><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p></div>
   <div class="post_author">本文来源：新京报 作者：吴为 <img src="https://static.ws.126.net/cnews/css13/img/end_news.png" alt="王晓波_NBJ11279" width="13" height="12" class="icon">责任编辑：王晓波_NBJ11279</div>
  </div>
  <div class="post_recommends"><h3>相关推荐</h3><ul><li><a href="https://www.163.com/news/article/J7XYZ9870001899O.html">{rel}</a></li>{link_list(r, host, 8, prefix="dy/article/")[20:-5]}</ul></div>
  <div class="tie-area" id="post_comment_area"><div class="tie-titlebar"><span class="tie-title">网易跟贴</span><span>注册/登录</span></div>
   <div class="tie-hot"><h4>热门跟贴</h4>{cmts}</div></div>
 </div>
 <div class="post_side"><div class="post_side_mod"><h3>热点新闻</h3>{link_list(r, host, 10, prefix="news/article/")}</div><!--SIDEPAD--></div>
</div>
<div class="N-nav-bottom"><p>&copy;1997-2024 网易公司版权所有 About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策 | 不良信息举报 Complaint Center | 廉正举报</p>
<p>粤B2-20090191 浙B2-20090185 网络文化经营许可证：浙网文[2022]0492-024号</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 42)
    return dict(
        file="06-163.html",
        url="http://www.163.com/news/article/J8ABCD120001899O.html",
        title=a["title"],
        published_at="2024-08-09T14:21:37+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "原标题：暑运过半，高铁票为何还是难买？",
            cap[6:22],
            "责任编辑：王晓波",
            "本平台仅提供信息存储服务",
            rel,
            "网易公司版权所有",
            "热门跟贴",
        ],
    )


@page
def p07():
    a, r = A["sina"], rng(7)
    host = "news.sina.com.cn"
    cap = "9月5日，海口市民在超市选购生活物资。（图片来源：视觉中国）"
    rel = "“摩羯”为何如此强大？专家解读"
    paras = a["paras"]
    body = (
        f"<p>　　{a['orig']}</p>\n"
        + ps(paras[:2], "<p>　　%s</p>")
        + f'\n<div class="img_wrapper"><img src="//n.sinaimg.cn/news/crawl/116/w550h366/20240911/abcd.jpg" alt="" /><span class="img_descr">{cap}</span></div>\n'
        + ps(paras[2:], "<p>　　%s</p>")
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{a["title"]}|台风|海南|三亚_新浪新闻</title>
<meta name="keywords" content="台风,海南,三亚" />
<meta name="tags" content="台风,海南,三亚" />
<meta name="description" content="今年第11号台风“摩羯”正以每小时20公里左右的速度向西偏北方向移动" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{a["title"]}" />
<meta property="article:published_time" content="2024-09-05T20:52:00+08:00" />
<meta property="article:author" content="新浪新闻" />
<meta name="weibo: article:create_at" content="2024-09-05 20:52:00" />
<meta name="sudameta" content="comment_channel:gn;comment_id:comos-inckxyzw1234567" />
<meta name="publishid" content="inckxyzw1234567" />
{css_block(r, "sina", 90)}
{big_script(r, "sina-article", 60)}
</head>
<body>
<div class="top-nav" id="SI_Top_Nav"><div class="tn-bg"><div class="tn-header"><ul>{nav_links(r, "www.sina.com.cn", 30)}</ul></div></div></div>
<div class="channel-nav"><div class="nav-logo"><a href="http://news.sina.com.cn/">新闻中心</a></div><ul class="channel-nav-list">{nav_links(r, host, 15)}</ul></div>
<div class="main-content w1240">
 <h1 class="main-title">{a["title"]}</h1>
 <div class="top-bar-wrap"><div class="top-bar"><div class="date-source">
  <span class="date">2024年09月05日 20:52</span>
  <a href="http://www.news.cn/" target="_blank" class="source" rel="nofollow">新华网</a>
 </div>
 <div class="share-wrap"><span class="share-txt">分享到：</span><a class="weibo">微博</a><a class="weixin">微信</a><span class="comment-num">评论 <em>128</em></span></div></div></div>
 <div class="article-content clearfix">
  <div class="article-content-left">
   <div class="article" id="article">
<!-- 原始正文start -->
{body}
<!-- 原始正文end -->
    <p class="show_author">责任编辑：张玉 </p>
   </div>
   <div class="article-bottom clearfix"><div class="keywords">文章关键词：<a>台风</a><a>海南</a><a>三亚</a></div>
    <div class="article-notice">新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</div></div>
   <div class="blk-related"><h2>相关新闻</h2><ul><li><a href="http://news.sina.com.cn/c/2024-09-05/doc-inckabc1234.shtml">{rel}</a></li>{link_list(r, host, 8, prefix="c/")[20:-5]}</ul></div>
   <div class="blk-comment"><h3>我有话说</h3><span>已有<em>128</em>条评论，<em>2306</em>人参与</span>
    {comments_html(r, 6, 2024, '<div class="item"><span class="name">{nick}</span><p class="txt">{text}</p><span class="time">{time}</span></div>', "%d年%02d月%02d日 %02d:%02d")}</div>
  </div>
  <div class="article-content-right"><div class="side-hot"><h3>新闻排行</h3>{link_list(r, host, 10)}</div><!--SIDEPAD--></div>
 </div>
</div>
<div class="footer"><p>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑</p>
<p>Copyright &copy; 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 42)
    return dict(
        file="07-sina.html",
        url="http://news.sina.com.cn/c/2024-09-05/doc-inckxyzw1234567.shtml",
        title=a["title"],
        published_at="2024-09-05T20:52:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "原标题：超强台风“摩羯”逼近",
            "（图片来源：视觉中国）",
            "责任编辑：张玉",
            "新浪声明：此消息系转载自新浪合作媒体",
            rel,
            "文章关键词",
            "新浪公司 版权所有",
        ],
    )


@page
def p08():
    a, r = A["qq"], rng(8)
    host = "new.qq.com"
    cap = "吉林梨树县，联合收割机在田间收获玉米。"
    rel = "东北黑土地保护性耕作面积突破1亿亩"
    paras = a["paras"]
    body = (
        ps(paras[:3], '<p class="one-p">%s</p>')
        + f'\n<p class="one-p"><img class="content-picture" src="https://inews.gtimg.com/om_bt/Oa1b2c3/641"/></p><p class="one-p text image-caption">{cap}</p>\n'
        + ps(paras[3:], '<p class="one-p">%s</p>')
    )
    data = json.dumps(
        {
            "id": "20241015A01ABC00",
            "title": a["title"],
            "media": "农民日报",
            "catalog1": "finance",
            "tags": ["秋粮", "玉米"],
            "comment_id": "0",
        },
        ensure_ascii=False,
    )
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{a["title"]}_腾讯新闻</title>
<meta name="keywords" content="秋粮,收获,玉米,腾讯新闻">
<meta name="description" content="秋高气爽，正是收获好时节。农业农村部农情调度显示，截至10月14日，全国秋粮已收获63.5%。">
<meta name="apub:time" content="">
{css_block(r, "qq", 100)}
<script>window.DATA = {data};</script>
{big_script(r, "qq-rain", 80)}
</head>
<body>
<div id="TopNav" class="qq-top"><div class="qq-top-nav"><a href="https://www.qq.com/" class="logo">腾讯网</a><ul>{nav_links(r, "news.qq.com", 25)}</ul><div class="login">登录</div></div></div>
<div class="qq-main">
 <div class="content-left">
  <div class="content-article">
   <div class="LEFT"><h1>{a["title"]}</h1>
    <div class="media-info"><a class="media-info__avatar" href="https://new.qq.com/omn/author/5157372"><img src="https://inews.gtimg.com/newsapp_ls/0/avatar.png"/></a>
     <span class="media-info__name">农民日报</span><span class="media-info__time">10-15 11:03</span><span class="media-info__location">发布于北京</span>
     <span class="media-info__follow">+ 关注</span></div>
    <div class="content clearfix">
{body}
    </div>
    <div class="article-copyright"><p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p></div>
    <div class="article-action"><span class="like">赞</span><span class="share">分享到微信朋友圈</span><span class="report">举报</span></div>
   </div>
  </div>
  <div class="recommend-list"><h3>为你推荐</h3><ul><li><a href="https://new.qq.com/rain/a/20241012A02XYZ00">{rel}</a><span class="src">新华社</span><span class="time">10-12</span></li>{link_list(r, host, 12, prefix="rain/a/")[20:-5]}</ul></div>
 </div>
 <div class="content-right"><div class="hot-rank"><h3>24小时热榜</h3>{link_list(r, host, 10, prefix="rain/a/")}</div><!--SIDEPAD--></div>
</div>
<div class="qq-footer"><p>Copyright &copy; 1998 - 2024 Tencent. All Rights Reserved</p><p>腾讯公司 版权所有</p><p>深圳市腾讯计算机系统有限公司 粤B2-20090059</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 40)
    return dict(
        file="08-qq.html",
        url="http://new.qq.com/rain/a/20241015A01ABC00",
        title=a["title"],
        published_at="2024-10-15T11:03:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            cap[:16],
            "免责声明：本内容来自腾讯平台创作者",
            rel,
            "分享到微信朋友圈",
            "腾讯公司 版权所有",
            "发布于北京",
        ],
    )


@page
def p09():
    a, r = A["sohu"], rng(9)
    host = "www.sohu.com"
    cap = "11月11日，郑州一快递网点，快递员正在分拣包裹。"
    rel = "国家邮政局：今年快递业务量有望突破1700亿件"
    paras = a["paras"]
    body = (
        '<p><span style="font-size: 16px;">本报记者 孙鹏飞 文/图</span></p>\n'
        + ps(paras[:2])
        + f'\n<p style="text-align: center;"><img src="//p3.itc.cn/q_70/images03/20241111/abc123.jpeg" max-width="600"/></p><p style="text-align: center;"><span style="font-size: 14px;">{cap}</span></p>\n'
        + ps(paras[2:])
        + '\n<p><a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>'
    )
    ms = 1731292800000 + 10 * 3600000 + 40 * 60000 - 8 * 3600000  # 2024-11-11 10:40 +08:00
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}_快递_包裹_网点</title>
<meta name="keywords" content="快递,包裹,网点,双11">
<meta name="description" content="11月11日，记者来到郑州市金水区一处快递网点，只见分拣区里包裹堆积如山。">
<meta property="og:type" content="news"/>
<meta property="og:title" content="{a["title"]}"/>
<meta property="og:release_date" content="2024-11-11 10:40"/>
<meta name="mediaid" content="大河报"/>
{css_block(r, "sh", 90)}
<script>
var article_config = {{title: '{a["title"]}', channel_id: "8", news_id: "812345678", media_id: "121106842"}};
</script>
{big_script(r, "sohu-article", 60)}
</head>
<body>
<div class="head-container"><div class="area"><a href="//www.sohu.com/" class="logo">搜狐</a><ul class="nav">{nav_links(r, "www.sohu.com", 30)}</ul></div></div>
<div class="area clearfix" id="article-container">
 <div class="left main">
  <div class="location area"><a href="//www.sohu.com/">搜狐首页</a> &gt; <a href="//www.sohu.com/c/8/">新闻</a> &gt; 正文</div>
  <div class="text">
   <div class="text-title">
    <h1>{a["title"]}<span class="article-tag"></span></h1>
    <div class="article-info"><span class="time" id="news-time" data-val="{ms}">2024-11-11 10:40</span>
     <span data-role="original-link">来源: <a href="https://mp.sohu.com/profile?xpt=abc" target="_blank">大河报</a></span></div>
   </div>
   <article class="article" id="mp-editor">
{body}
<p data-role="editor-name">责任编辑：<span>李亚楠</span></p>
   </article>
   <div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
   <div class="bottom-relate-wrap"><h3>相关推荐</h3><ul><li><a href="//www.sohu.com/a/811234567_121106842">{rel}</a></li>{link_list(r, host, 10, prefix="a/")[20:-5]}</ul></div>
   <div id="comment_area"><div class="comment-title">评论</div><p class="c-login">我来说两句</p>
    {comments_html(r, 5, 2024, '<div class="c-item"><div class="c-name">{nick}</div><div class="c-text">{text}</div><div class="c-time">{time}</div></div>')}</div>
  </div>
 </div>
 <div class="sidebar right"><div class="hot-article"><h4>24小时热文</h4>{link_list(r, host, 10, prefix="a/")}</div><!--SIDEPAD--></div>
</div>
<div class="footer"><p>Copyright &copy; 2024 Sohu All Rights Reserved. 搜狐公司 版权所有</p><p>京ICP证030367号 京公网安备11000002000019号 举报电话：010-62728061</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 40)
    return dict(
        file="09-sohu.html",
        url="http://www.sohu.com/a/812345678_121106842",
        title=a["title"],
        published_at="2024-11-11T10:40:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "返回搜狐，查看更多",
            "平台声明：该文观点仅代表作者本人",
            "责任编辑：李亚楠",
            cap[7:20],
            rel,
            "我来说两句",
        ],
    )


@page
def p10():
    a, r = A["ifeng"], rng(10)
    host = "news.ifeng.com"
    rel = "多地启动高校毕业生就业服务季 岗位超百万"
    paras = a["paras"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    all_data = json.dumps(
        {
            "docData": {
                "title": a["title"],
                "newsTime": "2024-12-03 16:20:11",
                "source": "中国青年报",
                "editorName": "张敏",
                "base62Id": "8abcDEFghiJ",
            },
            "nav": [{"title": c} for c in CHANNELS[:20]],
        },
        ensure_ascii=False,
    )
    cmts = comments_html(
        r,
        7,
        2024,
        '<div class="index_item_3qGp1"><div class="index_userName_">{nick}</div><div class="index_content_">{text}</div><div class="index_time_">{time}</div></div>',
        "%d-%02d-%02d %02d:%02d",
    )
    doc = f"""<!DOCTYPE html>
<html xmlns:wb="http://open.weibo.com/wb">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>{a["title"]}_凤凰网资讯_凤凰网</title>
<meta name="keywords" content="高校毕业生 就业 择业 年轻人">
<meta name="description" content="{a["title"]}">
<meta name="og:time " content="2024-12-03 16:20:11">
<meta name="og:category " content="凤凰网资讯">
<meta property="og:title" content="{a["title"]}">
{css_block(r, "index", 110)}
<script>var allData = {all_data}; var adKeys = ["ad_1","ad_2"];</script>
{big_script(r, "ifeng-shank", 70)}
</head>
<body>
<div id="root"><div class="index_wrap_">
<div class="index_header_"><div class="index_nav_"><ul>{nav_links(r, "www.ifeng.com")}</ul></div><div class="index_search_"><input placeholder="大家都在搜"/></div></div>
<div class="index_main_"><div class="index_leftContent_">
 <div class="index_breadcrumbs_"><a href="//news.ifeng.com/">资讯</a> &gt; <a href="//news.ifeng.com/society/">社会</a> &gt; 正文</div>
 <div class="index_artical_">
  <div class="index_topic_"><h1 class="index_topic_ifeng">{a["title"]}</h1>
   <div class="index_timeBref_"><p class="index_time_"><span>2024年12月03日 16:20:11</span><span class="index_source_">来源：<a href="http://www.cyol.com/" target="_blank">中国青年报</a></span></p>
    <div class="index_bref_"><span class="index_comment_">参与评论<em>86</em>人</span><span class="index_share_">分享</span></div></div></div>
  <div class="index_main_content_"><div class="index_text_D0U1y">
{body}
  </div></div>
  <div class="index_artical_footer_"><p class="index_editor_">编辑：张敏</p><p class="index_tip_">本文来源：中国青年报  作者：王林 张渺</p></div>
  <div class="index_relateNews_"><h4>相关新闻</h4><ul><li><a href="//news.ifeng.com/c/8xyzABC1234">{rel}</a></li>{link_list(r, host, 8, prefix="c/")[20:-5]}</ul></div>
  <div class="index_comment_"><h4>网友评论</h4><div class="w-cmt">{cmts}</div><a class="index_more_">更多评论</a></div>
 </div>
</div>
<div class="index_rightContent_"><div class="index_hotNews_"><h4>大家都在看</h4>{link_list(r, host, 10, prefix="c/")}</div><!--SIDEPAD--></div></div>
<div class="index_footer_"><p>凤凰新媒体 版权所有 Copyright &copy; 2024 Phoenix New Media Limited All Rights Reserved.</p><p>京ICP证030609号 违法和不良信息举报电话：400-012-3110</p></div>
</div></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 44)
    return dict(
        file="10-ifeng.html",
        url="http://news.ifeng.com/c/8abcDEFghiJ",
        title=a["title"],
        published_at="2024-12-03T16:20:11+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "编辑：张敏",
            "本文来源：中国青年报",
            rel,
            COMMENTS[(0 * 7 + 7) % len(COMMENTS)],
            "凤凰新媒体 版权所有",
            "参与评论",
        ],
    )


@page
def p11():
    a, r = A["gmw"], rng(11)
    host = "news.gmw.cn"
    cap = "学生们在新建成的塑胶跑道上进行体育锻炼。光明图片/视觉中国"
    rel = "教育部：确保中小学生每天综合体育活动时间不低于2小时"
    paras = a["paras"]
    body = (
        "<!--enpcontent-->"
        + ps(paras[:3])
        + f'<p style="text-align: center;"><img src="https://imgpolitics.gmw.cn/attachement/jpg/site2/20250108/f44d305ea4c0.jpg" border="0"/></p><p style="text-align: center;"><span style="font-family:楷体">{cap}</span></p>'
        + ps(paras[3:])
        + "<!--/enpcontent-->"
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a["title"]}_光明网</title>
<meta name="keywords" content="乡村学校,体育课,体育教师">
<meta name="description" content="在贵州省黔东南州一所乡村小学，50多名学生在新铺的塑胶跑道上跑步、跳绳、踢足球。">
<meta name="publishdate" content="2025-01-08">
<meta name="contentid" content="37785432">
<meta name="author" content="王一">
<meta name="source" content="光明日报">
{css_block(r, "g", 90)}
{big_script(r, "gmw-tools", 50)}
</head>
<body>
<div class="g-header"><div class="m-topbar"><a href="https://www.gmw.cn/">光明网</a><ul class="m-nav">{nav_links(r, "www.gmw.cn")}</ul></div></div>
<div class="g-main">
 <div class="m-breadcrumb"><a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://news.gmw.cn/">新闻</a> &gt; 正文</div>
 <div class="m-title-box">
  <h1 class="u-title">{a["title"]}</h1>
  <div class="m-con-info"><span class="m-con-time">2025-01-08 05:10</span><span class="m-con-source">来源：<a href="https://epaper.gmw.cn/gmrb/html/2025-01/08/nw.D110000gmrb_20250108_2-08.htm" target="_blank">光明日报</a></span>
   <div class="m-share"><span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span><a class="share-wx">微信</a><a class="share-wb">微博</a></div></div>
 </div>
 <div class="m-l-main">
  <div class="u-mainText" id="articleBox">
{body}
  </div>
  <div class="m-zbTool liability">[责任编辑:王一 李二]</div>
  <div class="m-relevant"><h3>相关新闻</h3><ul><li><a href="https://news.gmw.cn/2025-01/05/content_37780011.htm">{rel}</a></li>{link_list(r, host, 6)[20:-5]}</ul></div>
  <div class="m-dataList"><h3>光明推荐</h3>{link_list(r, host, 10, dated=True, year=2025)}</div>
 </div>
 <div class="m-r-main"><!--SIDEPAD--></div>
</div>
<div class="g-footer"><p>光明网版权所有</p><p>京ICP备05042018号 京公网安备11010102002004号</p><p>违法和不良信息举报电话：010-67078150</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 36)
    return dict(
        file="11-gmw.html",
        url="http://news.gmw.cn/2025-01/08/content_37785432.htm",
        title=a["title"],
        published_at="2025-01-08T05:10:00+08:00",
        html=doc,
        paras=paras,
        must_not=["责任编辑:王一 李二", cap[:12], rel, "光明网版权所有", "光明推荐", "【字号"],
    )


@page
def p12():
    a, r = A["chinadaily"], rng(12)
    host = "cn.chinadaily.com.cn"
    rel = "我国科学家实现千公里级量子密钥分发"
    paras = a["paras"]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a["title"]} - 中国日报网</title>
<meta name="keywords" content="量子计算,中国科学技术大学,超导量子比特">
<meta name="description" content="中国日报网2月14日电 记者从中国科学技术大学获悉">
<meta name="articleid" content="WS67ae1234a310a2ab06eab123">
{css_block(r, "cd", 80)}
{big_script(r, "cd-main", 50)}
</head>
<body>
<div class="topNav"><div class="topNav-box"><a href="//www.chinadaily.com.cn/">China Daily</a><ul>{nav_links(r, host)}</ul></div></div>
<div class="logo-wrap"><a href="//cn.chinadaily.com.cn/"><img src="//cn.chinadaily.com.cn/image_c/2019/logo.png" alt="中国日报网"/></a></div>
<div class="main_art">
 <div class="da-bre"><a href="//cn.chinadaily.com.cn/">中国日报网</a> &gt; <a href="//cn.chinadaily.com.cn/kj/">科技</a></div>
 <div class="lft_art" id="lft-art">
  <h1 class="dabiaoti">{a["title"]}</h1>
  <div class="fenx"><div class="xinf-le"><a href="//www.chinadaily.com.cn/" target="_blank">中国日报网</a>  2025-02-14 14:32</div>
   <div class="xinf-ri"><a class="wechat">微信</a><a class="weibo">微博</a><a class="more">更多</a></div></div>
  <div class="article" id="Content">
{ps(paras)}
  </div>
  <div class="fenx"><div class="xinf-le">【责任编辑：李浩】</div></div>
  <div class="selectpage"></div>
  <div class="lieb"><h3>相关阅读</h3><ul><li><a href="//cn.chinadaily.com.cn/a/202502/10/WS67a9aaaa.html">{rel}</a></li>{link_list(r, host, 6, prefix="a/")[20:-5]}</ul></div>
 </div>
 <div class="rt_art"><div class="tuij"><h3>推荐</h3>{link_list(r, host, 12, prefix="a/")}</div><!--SIDEPAD--></div>
</div>
<div class="foot"><p>中国日报网版权说明：凡注明来源为“中国日报网：XXX（署名）”，除与中国日报网签署内容授权协议的网站外，其他任何网站或单位未经允许禁止转载、使用，违者必究。</p>
<p>版权保护：本网登载的内容（包括文字、图片、多媒体资讯等）版权属中国日报网（中报国际文化传媒（北京）有限公司）独家所有使用。</p>
<p>Copyright 1995 - 2025 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 34)
    return dict(
        file="12-chinadaily.html",
        url="http://cn.chinadaily.com.cn/a/202502/14/WS67ae1234a310a2ab06eab123.html",
        title=a["title"],
        published_at="2025-02-14T14:32:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "责任编辑：李浩",
            rel,
            "中国日报网版权说明",
            "京ICP备13028878号-6",
            "相关阅读",
            "版权保护：本网登载的内容",
        ],
    )


@page
def p13():
    a, r = A["huanqiu"], rng(13)
    host = "world.huanqiu.com"
    rel = "外交部：中方坚决反对单边制裁"
    paras = a["paras"]
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{a["title"]}_新闻_环球网</title>
<meta name="keywords" content="外交部,产业链,供应链">
<meta name="description" content="在3月10日的外交部例行记者会上，有记者问及近期部分国家出台的贸易限制措施。">
{css_block(r, "hq", 90)}
{big_script(r, "huanqiu-article", 60)}
</head>
<body>
<div class="header"><div class="nav-wrap"><a class="logo" href="https://www.huanqiu.com/">环球网</a><ul class="nav">{nav_links(r, "www.huanqiu.com")}</ul></div></div>
<div class="container">
 <div class="crumbs"><a href="https://www.huanqiu.com/">环球网</a> &gt; <a href="https://world.huanqiu.com/">国际新闻</a> &gt; 正文</div>
 <div class="l-con clear">
  <div class="t-container"><div class="t-container-title"><h3>{a["title"]}</h3></div>
   <div class="metadata-info"><p class="time">2025-03-10 08:56</p><span class="source">来源：<a href="https://world.huanqiu.com/">环球网</a></span><span class="author">作者：张三</span></div>
  </div>
  <div class="l-con-box">
   <article><section data-type="rtext">
{ps(paras)}
   </section></article>
   <div class="editor">责编：王五</div>
   <div class="share-box">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>
  </div>
  <div class="related"><h4>相关新闻</h4><ul><li><a href="https://world.huanqiu.com/article/4LAbcd0000">{rel}</a><span>2025-03-07</span></li>{link_list(r, host, 8, dated=True, year=2025, prefix="article/")[20:-5]}</ul></div>
 </div>
 <div class="r-con"><!--SIDEPAD--></div>
</div>
<div class="footer"><p>环球网版权所有 Copyright &copy; 2025 Huanqiu.com All Rights Reserved</p><p>京ICP备09082681号 京公网安备11000002000030号 违法和不良信息举报电话：010-65363680</p></div>
<textarea class="article-time" style="display:none">1741568160000</textarea>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 34)
    return dict(
        file="13-huanqiu.html",
        url="http://world.huanqiu.com/article/4LAbcdEfGhi",
        title=a["title"],
        published_at="2025-03-10T08:56:00+08:00",
        html=doc,
        paras=paras,
        must_not=["责编：王五", rel, "环球网版权所有", "来源：环球网", "作者：张三"],
    )


@page
def p14():
    a, r = A["cnr"], rng(14)
    host = "news.cnr.cn"
    rel = "“五一”假期铁路预计发送旅客1.7亿人次"
    paras = a["paras"]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{a["title"]}_央广网</title>
<meta name="keywords" content="铁路,旅客,国铁集团" />
<meta name="description" content="国铁集团最新统计，今年以来截至4月14日，全国铁路累计发送旅客10.2亿人次。" />
<meta name="publishdate" content="2025-04-15 07:21:00" />
{css_block(r, "cnr", 80)}
{big_script(r, "cnr-common", 50)}
</head>
<body>
<div class="top"><div class="top-nav"><a href="http://www.cnr.cn/">央广网</a><ul>{nav_links(r, "www.cnr.cn")}</ul></div></div>
<div class="wrapper">
 <div class="path"><a href="http://www.cnr.cn/">央广网</a> &gt; <a href="http://news.cnr.cn/">新闻</a> &gt; <a href="http://news.cnr.cn/native/gd/">国内滚动</a></div>
 <div class="article">
  <div class="article-header"><h1>{a["title"]}</h1>
   <div class="source"><span>2025-04-15 07:21:00</span><span>来源：央广网</span><span class="share">分享到：</span></div></div>
  <div class="article-content"><div class="TRS_Editor">
{ps(paras, "<p>　　%s</p>")}
  </div></div>
  <div class="editor">编辑：孙倩</div>
  <div class="statement"><p>本网站所有内容（包括文字、图片、音视频等），未经央广网书面授权，不得转载。</p></div>
  <div class="related"><div class="related-title">相关新闻</div><ul><li><a href="http://news.cnr.cn/native/gd/20250410/t20250410_527111111.shtml">{rel}</a></li>{link_list(r, host, 6, prefix="native/gd/")[20:-5]}</ul></div>
 </div>
 <div class="side"><!--SIDEPAD--></div>
</div>
<div class="footer"><p>央广网版权所有 Copyright &copy; 2002-2025 www.cnr.cn All Rights Reserved</p><p>京ICP备16026427号-1 京公网安备11010202000198号 违法和不良信息举报电话：010-86093177</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 34)
    return dict(
        file="14-cnr.html",
        url="http://news.cnr.cn/native/gd/20250415/t20250415_527123456.shtml",
        title=a["title"],
        published_at="2025-04-15T07:21:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "编辑：孙倩",
            rel,
            "未经央广网书面授权，不得转载",
            "央广网版权所有",
            "来源：央广网",
        ],
    )


@page
def p15():
    a, r = A["dahe"], rng(15)
    host = "news.dahe.cn"
    rel = "河南：今年“三夏”投入农机超百万台"
    cap = "5月19日，驻马店市西平县，联合收割机在麦田里收获小麦。大河网记者 赵彬 摄"
    paras = a["paras"]
    body = (
        ps(paras[:3])
        + f'<p style="text-align:center"><img src="https://image.dahe.cn/2025/05-20/abc.jpg"/></p><p style="text-align:center">{cap}</p>'
        + ps(paras[3:])
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}-大河网</title>
<meta name="keywords" content="三夏,小麦,收获,河南">
<meta name="description" content="大河网讯 5月的中原大地，麦浪翻滚。">
<meta name="publishdate" content="2025-05-20 09:47">
{css_block(r, "dh", 80)}
{big_script(r, "dahe", 50)}
</head>
<body>
<div class="dh-top"><a href="https://www.dahe.cn/">大河网</a><ul class="dh-nav">{nav_links(r, "www.dahe.cn")}</ul></div>
<div class="dh-main">
 <div class="crumbs">当前位置：<a href="https://www.dahe.cn/">首页</a> &gt; <a href="https://news.dahe.cn/">新闻</a> &gt; 河南新闻</div>
 <div class="dh-left">
  <h1 id="4g_title">{a["title"]}</h1>
  <div class="mess"><p id="source_baidu">来源：<a href="https://www.dahe.cn/">大河网</a></p><p id="pubtime_baidu">2025-05-20 09:47</p><p id="author_baidu">作者：李鹏飞</p>
   <p class="fx">分享到：<a>微信</a><a>微博</a></p></div>
  <div id="mainCon">
{body}
   <p class="editor">责任编辑：李娜 | 审核：王辉 | 总监：刘军</p>
  </div>
  <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="https://news.dahe.cn/2025/05-18/1911111.html">{rel}</a><span>2025-05-18</span></li>{link_list(r, host, 8, dated=True, year=2025)[20:-5]}</ul></div>
  <div class="pinglun"><h3>网友评论</h3>{comments_html(r, 4, 2025, '<div class="pl-item"><span>{nick}</span><p>{text}</p><em>{time}</em></div>')}</div>
 </div>
 <div class="dh-right"><!--SIDEPAD--></div>
</div>
<div class="dh-footer"><p>大河网络传媒集团有限公司 版权所有</p><p>豫ICP备05009019号 豫公网安备41010502002011号</p><p>违法和不良信息举报电话：0371-65796035 举报邮箱：jubao@dahe.cn</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 36)
    return dict(
        file="15-dahe.html",
        url="http://news.dahe.cn/2025/05-20/1912345.html",
        title=a["title"],
        published_at="2025-05-20T09:47:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "责任编辑：李娜",
            "大河网记者 赵彬 摄",
            rel,
            "作者：李鹏飞",
            "大河网络传媒集团有限公司 版权所有",
            "网友评论",
        ],
    )


@page
def p16():
    a, r = A["hnrb"], rng(16)
    paras = a["paras"]
    others = [
        "我省加快推进高标准农田建设",
        "郑州航空港区开放型经济持续向好",
        "豫剧进校园 传承有新人",
        "全省防汛应急演练举行",
        "洛阳：文旅融合激活消费新动能",
        "南阳月季博览会开幕",
    ]
    body = "".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{p}</P>" for p in paras)
    olist = "\n".join(
        f'<tr><td class="px12"><a href="content_{98700 + i}.htm"><div style="display:inline" id="mp{98700 + i}">{t}</div></a></td></tr>'
        for i, t in enumerate(others)
    )
    doc = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{a["title"]}--河南日报</title>
<meta name="description" content="{a["title"]}">
<link href="../../../style/css.css" rel="stylesheet" type="text/css">
{css_block(r, "px", 60)}
<script language="javascript" src="../../../script/prototype.js"></script>
<script language="javascript" src="../../../script/hotarea.js"></script>
{big_script(r, "founder-epaper", 90)}
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" class="top-bg"><img src="../../../image/logo.gif" alt="河南日报"/></td>
<td class="default">河南日报 2025年06月12日 星期四</td></tr>
<tr><td colspan="2"><a href="node_1.htm">首页</a> | <a href="../../../html/2025-06/11/node_1.htm">上一期</a> | <a href="../../../html/2025-06/13/node_1.htm">下一期</a> | <a href="../../../../../hnrb/index.htm">往期回顾</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="360" valign="top">
 <table width="100%"><tr><td class="px12">第03版：要闻</td></tr>
 <tr><td><img src="../../../page/3/2025-06/12/03/2025061203_brief.jpg" usemap="#PagePicMap" width="340" border="0"/>
 <map name="PagePicMap">{"".join(f'<area shape="polygon" coords="{r.randint(0, 300)},{r.randint(0, 400)},{r.randint(0, 300)},{r.randint(0, 400)}" href="content_{98700 + i}.htm"/>' for i in range(40))}</map></td></tr>
 <tr><td><a href="node_2.htm">上一版</a> <a href="node_4.htm">下一版</a></td></tr>
 <tr><td class="px12">本版标题导航</td></tr>
 {olist}
 </table>
 <table width="100%"><tr><td class="px12">版面导航</td></tr>
 {"".join(f'<tr><td><a href="node_{i}.htm">第{i:02d}版：{n}</a></td></tr>' for i, n in enumerate(["要闻", "要闻", "要闻", "综合", "经济", "政治", "理论", "社会", "文化", "体育", "国际", "专版"], 1))}
 </table>
</td>
<td width="640" valign="top">
 <table width="100%" border="0" cellpadding="0" cellspacing="0">
 <tr><td align="center" class="font02" style="padding-top:20px">{a["kicker"]}</td></tr>
 <tr><td align="center" class="font01">{a["title"]}</td></tr>
 <tr><td align="center" class="font02">{a["subtitle"]}</td></tr>
 <tr><td><hr/></td></tr>
 <tr><td class="xilan_content_tt">
 <div id="ozoom" style="ZOOM: 100%"><founder-content>{body}</founder-content></div>
 </td></tr>
 <tr><td class="px12">{"".join(f'<img src="../../../res/1/20250612/{i}.jpg"/>' for i in range(2))}</td></tr>
 <tr><td><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></td></tr>
 </table>
</td></tr>
</table>
<table width="1000" border="0" align="center"><tr><td align="center" class="px12">河南日报报业集团版权所有 未经授权禁止复制或建立镜像<br/>豫ICP备05009019号 技术支持：北京北大方正电子有限公司</td></tr></table>
<!--SIDEPAD-->
{analytics(r)}
</body>
</html>"""
    # e-paper pages are small; pad with the 往期 index like some platforms do
    extra = (
        '<div style="display:none" id="past">'
        + "".join(
            f'<a href="../../../html/2025-{m:02d}/{d:02d}/node_1.htm">2025-{m:02d}-{d:02d}</a>'
            for m in range(1, 7)
            for d in range(1, 29)
        )
        + "</div>"
    )
    doc = doc.replace("<!--SIDEPAD-->", extra)
    while len(doc.encode()) < 31 * 1024:
        doc = doc.replace(
            "</map>",
            "".join(
                f'<area shape="rect" coords="{r.randint(0, 300)},{r.randint(0, 400)},{r.randint(0, 300)},{r.randint(0, 400)}" href="content_{98700 + r.randint(0, 5)}.htm"/>'
                for _ in range(30)
            )
            + "</map>",
            1,
        )
    return dict(
        file="16-hnrb-epaper.html",
        url="http://newpaper.dahe.cn/hnrb/html/2025-06/12/content_98765.htm",
        title=a["title"],
        published_at="2025-06-12",
        html=doc,
        paras=paras,
        must_not=[
            a["subtitle"],
            others[0],
            others[3],
            "本版标题导航",
            "打印本页",
            "河南日报报业集团版权所有",
        ],
    )


@page
def p17():
    a, r = A["southcn"], rng(17)
    host = "news.southcn.com"
    rel = "广州地铁2025年将有多条新线开通"
    paras = a["paras"]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}_南方网</title>
<meta name="keywords" content="广州地铁,新线,换乘">
<meta name="description" content="7月3日，广州地铁11号线、13号线二期正式开通初期运营。">
<meta name="publishdate" content="2025-07-03 18:06:00">
<meta name="source" content="南方+">
{css_block(r, "m", 80)}
{big_script(r, "southcn", 60)}
</head>
<body>
<div class="m-header"><div class="m-logo"><a href="https://www.southcn.com/">南方网</a></div><ul class="m-nav">{nav_links(r, "www.southcn.com")}</ul></div>
<div class="m-main">
 <div class="m-path"><a href="https://www.southcn.com/">南方网</a> &gt; <a href="https://news.southcn.com/">新闻</a> &gt; 广东</div>
 <div class="m-left">
  <h2 id="article_title">{a["title"]}</h2>
  <div class="m-article-info"><span id="source_baidu">来源：南方+</span><span id="author_baidu">作者：南方+记者 陈晓 通讯员 穗铁宣</span><span class="m-share">分享到：微信 | 微博</span></div>
  <div class="m-article" id="content">
{ps(paras)}
  </div>
  <div class="m-editor">编辑 吴敏</div>
  <div class="m-related"><h3>相关阅读</h3><ul><li><a href="https://news.southcn.com/node_54a44f01a2/a0a0a0a0a0.shtml">{rel}</a></li>{link_list(r, host, 8, dated=True, year=2025)[20:-5]}</ul></div>
 </div>
 <div class="m-right"><!--SIDEPAD--></div>
</div>
<div class="m-footer"><p>南方网版权所有 未经授权禁止转载</p><p>粤ICP备05070829号 互联网新闻信息服务许可证：44120170001</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 34)
    return dict(
        file="17-southcn.html",
        url="http://news.southcn.com/node_54a44f01a2/a1b2c3d4e5.shtml",
        title=a["title"],
        published_at="2025-07-03T18:06:00+08:00",
        html=doc,
        paras=paras,
        must_not=["编辑 吴敏", rel, "作者：南方+记者 陈晓", "南方网版权所有", "相关阅读"],
    )


@page
def p18():
    a, r = A["ynet"], rng(18)
    host = "news.ynet.com"
    rel = "北京今年入汛以来平均降雨量较常年偏多"
    paras = a["paras"]
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}_新闻频道_北青网</title>
<meta name="keywords" content="高温预警,北京,气象台">
<meta name="description" content="北京市气象台8月14日10时发布高温黄色预警信号">
{css_block(r, "yn", 90)}
{big_script(r, "ynet", 70)}
</head>
<body>
<div class="topNav"><a href="http://www.ynet.com/">北青网</a><ul>{nav_links(r, "www.ynet.com")}</ul></div>
<div class="cfx w1200">
 <div class="crumbs"><a href="http://www.ynet.com/">首页</a> &gt; <a href="http://news.ynet.com/">新闻</a> &gt; 北京</div>
 <div class="articleTitle"><h1>{a["title"]}</h1>
  <div class="articleTag"><span class="yearMsg">2025-08-14</span> <span class="timeMsg">10:12:33</span> <span class="sourceMsg">来源：北京青年报</span></div></div>
 <div class="articleBox cfx mb20" id="articleAll">
{ps(paras)}
  <p class="editorName">责任编辑：赵晨</p>
 </div>
 <div class="shareBox">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
 <div class="relatedNews"><h3>相关新闻</h3><ul><li><a href="http://news.ynet.com/2025/08/10/3900000t70.html">{rel}</a></li>{link_list(r, host, 8, dated=True, year=2025)[20:-5]}</ul></div>
 <div class="rightBox"><!--SIDEPAD--></div>
</div>
<div class="footer"><p>北青网版权所有 未经授权禁止复制或建立镜像</p><p>京ICP证060515号 京公网安备11010502036320号</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 32)
    return dict(
        file="18-ynet.html",
        url="http://news.ynet.com/2025/08/14/3912345t70.html",
        title=a["title"],
        published_at="2025-08-14T10:12:33+08:00",
        html=doc,
        paras=paras,
        must_not=["责任编辑：赵晨", rel, "来源：北京青年报", "北青网版权所有", "分享到："],
    )


@page
def p19():
    a, r = A["rednet"], rng(19)
    host = "hn.rednet.cn"
    rel = "长沙今年将新开工改造老旧小区300个"
    cap = "改造后的小区面貌焕然一新。（红网时刻新闻记者 周琳 摄）"
    paras = a["paras"]
    body = (
        ps(paras[:2])
        + f'<p style="text-align: center;"><img src="https://img.rednet.cn/2025/09-22/abc.jpg"/></p><p style="text-align: center;">{cap}</p>'
        + ps(paras[2:])
        + "<p>来源：红网</p><p>作者：周琳</p><p>编辑：刘阳</p><p>本文为红网原创文章，转载请附上原文出处链接和本声明。</p>"
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{a["title"]}_时刻新闻_红网</title>
<meta name="keywords" content="长沙,老旧小区,改造">
<meta name="description" content="加装电梯、改造管网、增设停车位……">
{css_block(r, "rn", 90)}
{big_script(r, "rednet", 60)}
</head>
<body>
<div class="top-bar"><a href="https://www.rednet.cn/">红网</a><ul class="nav">{nav_links(r, "www.rednet.cn")}</ul></div>
<div class="detail-wrap">
 <div class="bread">当前位置：<a href="https://www.rednet.cn/">红网</a> &gt; <a href="https://hn.rednet.cn/">湖南</a> &gt; 正文</div>
 <div class="detail-left">
  <div class="detail_title"><h1>{a["title"]}</h1></div>
  <div class="detail_source"><span>来源：红网</span><span>作者：周琳</span><span>编辑：刘阳</span><span>2025-09-22 16:25:51</span></div>
  <div class="detail_content" id="detail">
{body}
  </div>
  <div class="detail-share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>
  <div class="detail_related"><h3>相关阅读</h3><ul><li><a href="https://hn.rednet.cn/content/646751/58/14500000.html">{rel}</a></li>{link_list(r, host, 8, prefix="content/")[20:-5]}</ul></div>
  <div class="detail_comment"><h3>网友评论</h3>{comments_html(r, 5, 2025, '<div class="c"><b>{nick}</b><p>{text}</p><i>{time}</i></div>')}</div>
 </div>
 <div class="detail-right"><!--SIDEPAD--></div>
</div>
<div class="footer"><p>红网版权所有 湖南红网新媒体集团有限公司</p><p>湘ICP备09002012号 互联网新闻信息服务许可证：43120170001 举报电话：0731-82213399</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 36)
    return dict(
        file="19-rednet.html",
        url="http://hn.rednet.cn/content/646751/58/14523456.html",
        title=a["title"],
        published_at="2025-09-22T16:25:51+08:00",
        html=doc,
        paras=paras,
        must_not=["本文为红网原创文章", "编辑：刘阳", cap[:12], rel, "红网版权所有", "作者：周琳"],
    )


@page
def p20():
    a, r = A["gov"], rng(20)
    host = "www.zhengzhou.gov.cn"
    paras = a["paras"]
    body = (
        ps(paras, '<p style="text-indent:2em;">%s</p>')
        + '<p style="text-align:right;">郑州市人民政府办公厅</p><p style="text-align:right;">2025年9月29日</p><p>（此件公开发布）</p>'
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}_郑州市人民政府</title>
<meta name="SiteName" content="郑州市人民政府">
<meta name="SiteDomain" content="www.zhengzhou.gov.cn">
<meta name="SiteIDCode" content="4101000001">
<meta name="ColumnName" content="市政府办公厅文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{a["title"]}">
<meta name="PubDate" content="2025-10-09">
<meta name="ContentSource" content="市政府办公厅">
{css_block(r, "gov", 70)}
{big_script(r, "gov-tools", 40)}
</head>
<body>
<div class="gov-head"><img src="/images/banner.jpg" alt="郑州市人民政府"/><div class="gov-date">今天是：<span id="today"></span></div>
<ul class="gov-nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjzz/">走进郑州</a></li>{nav_links(r, host, 20)}</ul></div>
<div class="gov-main">
 <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zfwj/">政府文件</a> &gt; 市政府办公厅文件</div>
 <table class="xxgk_table" width="100%" border="1" cellspacing="0">
  <tr><td class="t1">索引号：</td><td>11410100005252743X/2025-00321</td><td class="t1">主题分类：</td><td>城乡建设、环境保护</td></tr>
  <tr><td class="t1">发布机构：</td><td>郑州市人民政府办公厅</td><td class="t1">发文日期：</td><td>2025年10月09日</td></tr>
  <tr><td class="t1">文　　号：</td><td>郑政办〔2025〕32号</td><td class="t1">有 效 性：</td><td>有效</td></tr>
  <tr><td class="t1">名　　称：</td><td colspan="3">{a["title"]}</td></tr>
 </table>
 <div class="content_title">{a["title"]}</div>
 <div class="content_wh">郑政办〔2025〕32号</div>
 <div class="content_info">发布时间：2025-10-09  来源：市政府办公厅  浏览次数：<span id="hits">1234</span>  【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
 <div class="TRS_UEDITOR trs_paper_default trs_web">
{body}
 </div>
 <div class="content_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
 <div class="related_files"><h4>相关文件</h4>{link_list(r, host, 8, dated=True, year=2025, prefix="zfwj/")}</div>
 <div class="policy_read"><h4>政策解读</h4><ul><li><a href="/zcjd/8123999.jhtml">图解：2025年冬季清洁取暖工作要点</a></li></ul></div>
</div>
<div class="gov-foot"><p>主办：郑州市人民政府办公厅 承办：郑州市大数据管理局</p><p>网站标识码：4101000001 豫ICP备05011325号 豫公网安备41010202002345号</p><p>联系电话：0371-67181234 建议使用1920×1080分辨率浏览</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, '</div>\n<div class="gov-foot">', 2025, 30) if False else doc
    while len(doc.encode()) < 31 * 1024:
        doc = doc.replace(
            '<div class="gov-foot">',
            '<div class="gov-links"><h4>政府网站导航</h4>{}</div>\n<div class="gov-foot">'.format(
                link_list(r, host, 15, prefix="zwgk/")
            ),
            1,
        )
    return dict(
        file="20-zhengzhou-gov.html",
        url="http://www.zhengzhou.gov.cn/news1/8123456.jhtml",
        title=a["title"],
        published_at="2025-10-09",
        html=doc,
        paras=paras,
        must_not=[
            "11410100005252743X/2025-00321",
            "打印本页",
            "关闭窗口",
            "浏览次数",
            "图解：2025年冬季清洁取暖工作要点",
            "主办：郑州市人民政府办公厅",
        ],
    )


@page
def p21():
    a, r = A["county"], rng(21)
    host = "www.gsxrmt.cn"
    paras = a["paras"]
    body = (
        "&nbsp;&nbsp;&nbsp;&nbsp;"
        + "<br/><br/>&nbsp;&nbsp;&nbsp;&nbsp;".join(paras)
        + "<br/><br/>编辑：陈静<br/>审核：王刚<br/>终审：刘明"
    )
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{a["title"]}-固始县融媒体中心</title>
<meta name="keywords" content="农机,安全生产,固始" />
{css_block(r, "gs", 70)}
{big_script(r, "cms", 50)}
</head>
<body>
<div class="top"><img src="/templets/default/images/logo.jpg"/><div class="weather">固始县 晴 18℃~27℃</div></div>
<div class="nav"><ul>{nav_links(r, host, 18)}</ul></div>
<div class="main">
 <div class="place">当前位置：<a href="/">主页</a> &gt; <a href="/bxxw/">本县新闻</a> &gt;</div>
 <div class="viewbox">
  <div class="title"><h2>{a["title"]}</h2></div>
  <div class="info"><small>时间:</small>2025-11-05 17:30<small>来源:</small>固始县融媒体中心 <small>作者:</small>张磊 <small>点击:</small><script src="/plus/count.php?view=yes&aid=12345&mid=1" type='text/javascript' language="javascript"></script>次</div>
  <div class="content"><table width="100%"><tr><td>
   <div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"></div>
   <div style="font-size:16px;line-height:32px">{body}</div>
  </td></tr></table></div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle"><div class="context"><ul><li>上一篇：<a href="/bxxw/12344.html">固始县召开秋冬季森林防火工作会议</a></li><li>下一篇：<a href="/bxxw/12346.html">固始县举办2025年农民丰收节</a></li></ul></div>
   <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=12345">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=12345">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=12345">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
 </div>
 <div class="pright"><div class="commend"><dl><dt><strong>推荐内容</strong></dt><dd>{link_list(r, host, 10, prefix="bxxw/")}</dd></dl></div><!--SIDEPAD--></div>
</div>
<div class="footer"><p>主办：中共固始县委宣传部 承办：固始县融媒体中心</p><p>豫ICP备2021001234号-1 违法和不良信息举报电话：0376-4981234</p></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 32)
    return dict(
        file="21-county-rongmeiti.html",
        url="http://www.gsxrmt.cn/bxxw/12345.html",
        title=a["title"],
        published_at="2025-11-05T17:30:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "审核：王刚",
            "终审：刘明",
            "固始县召开秋冬季森林防火工作会议",
            "上一篇",
            "主办：中共固始县委宣传部",
            "推荐内容",
        ],
    )


@page
def p22():
    a, r = A["wechat"], rng(22)
    import datetime

    ct = int(
        datetime.datetime(
            2024, 12, 6, 20, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
        ).timestamp()
    )
    paras = a["paras"]
    subs = ["01 门诊报销", "02 异地就医", "03 药品目录", "04 电子凭证"]
    parts = [
        f'<section style="margin-bottom:16px;"><p style="text-align:justify;"><span style="font-size:15px;letter-spacing:1px;">{paras[0]}</span></p></section>'
    ]
    for i, p in enumerate(paras[1:5]):
        parts.append(
            f'<section style="text-align:center;"><section style="display:inline-block;background:#1e6fff;color:#fff;padding:4px 12px;"><p><strong><span style="font-size:16px;">{subs[i]}</span></strong></p></section></section>'
        )
        parts.append(
            f'<section><p style="text-align:justify;"><span style="font-size:15px;letter-spacing:1px;">{p}</span></p></section>'
        )
        if i == 1:
            parts.append(
                '<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png" data-ratio="0.56" data-w="1080"/></section><p style="text-align:center;"><span style="font-size:12px;color:#888;">图片来源：市医保局</span></p>'
            )
    parts.append(f'<section><p><span style="font-size:15px;">{paras[5]}</span></p></section>')
    parts.append(
        '<section style="font-size:13px;color:#888;"><p>来源：市医疗保障局</p><p>编辑：张晓雨</p><p>审核：李红</p></section>'
    )
    parts.append(
        '<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/qrcode/640?wx_fmt=gif"/><p><span style="font-size:12px;">长按识别二维码 关注我们</span></p></section>'
    )
    body = "\n".join(parts)
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{a["title"]}" />
<meta property="og:url" content="http://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv" />
<meta property="og:description" content="12月起，一批医保新政策陆续实施" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="twitter:card" content="summary" />
<title>{a["title"]}</title>
{css_block(r, "rich_media", 150)}
{big_script(r, "wx-appmsg", 160)}
{big_script(r, "wx-appmsg-ext", 100)}
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">
<div id="js_article" class="rich_media">
 <div id="js_top_ad_area" class="top_banner"></div>
 <div class="rich_media_inner">
  <div id="page-content" class="rich_media_area_primary">
   <div class="rich_media_area_primary_inner">
    <div id="img-content" class="rich_media_wrp">
     <h1 class="rich_media_title " id="activity-name">
            {a["title"]}
     </h1>
     <div id="meta_content" class="rich_media_meta_list">
      <span class="rich_media_meta rich_media_meta_text">市医保局</span>
      <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">郑州医保</a></span>
      <span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></span>
      <em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: none;"><span id="js_ip_wording"></span></em>
     </div>
     <div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
{body}
     </div>
     <div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
     <div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
    </div>
    <div class="rich_media_tool_area"><div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a><span class="media_tool_meta">阅读 <span id="readNum3">2.1万</span></span><span class="media_tool_meta">在看 <span id="like3">56</span></span></div></div>
    <div id="js_pc_weapp_code" class="weapp_code_pc_outer"><p>继续滑动看下一个</p><p>向上滑动看下一个</p><p>轻触阅读原文</p></div>
    <div class="rich_media_extra"><div class="weui-dialog"><p>预览时标签不可点</p><p>微信扫一扫<br>使用小程序</p><a>取消</a><a>允许</a><a>知道了</a></div>
     <div class="interaction_bar"><span>分享</span><span>留言</span><span>收藏</span><span>听过</span></div></div>
    <div class="discuss_container" id="js_cmt_area"><div class="discuss_mod"><h3>精选留言</h3>
     <ul class="discuss_list"><li class="discuss_item"><div class="nickname">小鱼儿</div><div class="discuss_message">药店买药也能报销了，太好了！</div><div class="discuss_extra_info">12月7日</div></li>
     <li class="discuss_item"><div class="nickname">郑州老李</div><div class="discuss_message">异地备案怎么操作，能不能出个视频教程？</div><div class="discuss_extra_info">12月7日</div></li></ul></div></div>
   </div>
  </div>
 </div>
</div>
<script type="text/javascript" nonce="123456789">
    var biz = "MzA3NjEyMzQ1Ng==" || "";
    var sn = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6" || "";
    var mid = "2650123456" || "" || "";
    var idx = "1" || "" || "";
    var msg_title = '{a["title"]}'.html(false);
    var msg_desc = htmlDecode("12月起，一批医保新政策陆续实施");
    var msg_link = "http://mp.weixin.qq.com/s?__biz=MzA3NjEyMzQ1Ng==&amp;mid=2650123456&amp;idx=1&amp;sn=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6#rd";
    var nickname = htmlDecode("郑州医保");
    var ct = "{ct}";
    var publish_time = "" || "";
    var user_name = "gh_a1b2c3d4e5f6";
    var createTime = '{"2024-12-06 20:30"}';
</script>
</body>
</html>"""
    return dict(
        file="22-wechat.html",
        url="http://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv",
        title=a["title"],
        published_at="2024-12-06T20:30:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            "编辑：张晓雨",
            "审核：李红",
            "长按识别二维码",
            "阅读原文",
            "微信扫一扫",
            "药店买药也能报销了",
            "预览时标签不可点",
            "图片来源：市医保局",
        ],
    )


@page
def p23():
    a, r = A["toutiao"], rng(23)
    host = "www.toutiao.com"
    cap = "1月14日，旅客在郑州东站候车大厅排队进站。"
    rel = "春运首日全国铁路预计发送旅客1020万人次"
    paras = a["paras"]
    body = (
        ps(paras[:2], f'<p data-track="{1}">' + "%s</p>")
        + f'<div class="pgc-img"><img src="https://p3-sign.toutiaoimg.com/tos-cn-i/abc~tplv-tt-origin-web:gif.jpeg" image_type="1" mime_type="image/jpeg" web_uri="tos-cn-i/abc" img_width="1080" img_height="720"/><p class="pgc-img-caption">{cap}</p></div>'
        + ps(paras[2:], '<p data-track="2">%s</p>')
    )
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": "2025-01-14T18:15:00+08:00",
            "dateModified": "2025-01-15T09:02:00+08:00",
            "author": {"@type": "Person", "name": "大河报"},
        },
        ensure_ascii=False,
    )
    doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{a["title"]} - 今日头条</title>
<meta name="keywords" content="春运,郑州东站,旅客">
<meta name="description" content="1月14日，2025年春运正式启动。">
<script type="application/ld+json">{ld}</script>
{css_block(r, "syl", 140)}
{big_script(r, "toutiao-ssr", 120)}
</head>
<body>
<div id="root"><div class="main-layout">
<div class="toutiao-header"><a class="logo" href="/">今日头条</a><div class="search"><input placeholder="搜索站内资讯、视频或用户"/></div><a class="login">登录</a></div>
<div class="article-detail-container">
 <div class="left-sidebar"><div class="detail-interaction-like">点赞 86</div><div class="detail-interaction-comment">评论 23</div><div class="detail-interaction-collect">收藏</div><div class="detail-interaction-share">分享</div></div>
 <div class="article-content">
  <h1>{a["title"]}</h1>
  <div class="article-meta"><span class="original-mark">原创</span><span class="name"><a href="/c/user/token/abc/">大河报</a></span><span class="dot">·</span><span>河南</span></div>
  <article class="syl-article-base tt-article-content syl-page-article syl-device-pc">
{body}
  </article>
  <div class="detail-end-tips">举报/反馈</div>
 </div>
 <div class="ttp-comment-wrapper"><h2>评论 23</h2>
  {comments_html(r, 6, 2025, '<div class="comment-item"><span class="user-name">{nick}</span><p class="content">{text}</p><span class="time">{time}</span></div>', "%02d-%02d %02d:%02d")}
 </div>
 <div class="related-feed"><h3>相关推荐</h3><ul><li><a href="/article/7459000000000000000/">{rel}</a></li>{link_list(r, host, 10, prefix="article/")[20:-5]}</ul></div>
 <div class="right-sidebar"><!--SIDEPAD--></div>
</div>
<div class="footer"><p>&copy; 2025 今日头条 www.toutiao.com</p><p>京ICP证140141号 京ICP备12025439号-3 网络文化经营许可证 京网文〔2023〕3432-098号</p><p>违法和不良信息举报电话：400-140-2108</p></div>
</div></div>
{analytics(r)}
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2025, 40)
    return dict(
        file="23-toutiao.html",
        url="http://www.toutiao.com/article/7459812345678901234/",
        title=a["title"],
        published_at="2025-01-14T18:15:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            cap[6:20],
            rel,
            "举报/反馈",
            "今日头条 www.toutiao.com",
            COMMENTS[(0 * 7 + 6) % len(COMMENTS)],
            "原创",
        ],
    )


@page
def p24():
    a, r = A["bjh"], rng(24)
    host = "baijiahao.baidu.com"
    cap = "村医刘建华走在出诊的山路上。"
    rel = "乡村医生队伍建设：让村民看病更方便"
    paras = a["paras"]
    body = (
        "".join(f'<div class="index-module_textWrap_3ygOc"><p>{p}</p></div>' for p in paras[:3])
        + f'<div class="index-module_mediaWrap_213jB"><img src="https://pics0.baidu.com/feed/abc.jpeg@f_auto?token=xyz" width="600"/><div class="index-module_imgDesc_3BC1o">{cap}</div></div>'
        + "".join(f'<div class="index-module_textWrap_3ygOc"><p>{p}</p></div>' for p in paras[3:])
    )
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{a["title"]}</title>
<meta name="description" content="凌晨5点，天还没亮，大别山深处的一个村卫生室里亮起了灯。">
<meta itemprop="name" content="{a["title"]}">
{css_block(r, "index-module", 140)}
{big_script(r, "bjh-app", 120)}
</head>
<body>
<div id="ssr-content"><div class="_2jN0Z">
<div class="s-top-wrap"><a href="https://www.baidu.com/">百度首页</a><a>登录</a></div>
<div class="index-module_articleWrap_2Zphx">
 <div class="index-module_articleTitle_28fPT"><h1 class="index-module_articleTitle_28fPT">{a["title"]}</h1></div>
 <div class="index-module_authorInfo_3ugxe"><div class="index-module_authorTxt_V1n9j"><p class="index-module_authorName_7y5nA">健康时报</p>
  <div class="index-module_articleSource_2dw16"><span class="index-module_date_5n4V3">发布时间：02-18 17:05</span><span class="index-module_location">河南</span><span>健康时报官方账号</span></div></div>
  <div class="index-module_follow">+关注</div></div>
 <div data-testid="article" class="_18p7x">
{body}
 </div>
 <div class="index-module_statement_">举报/反馈</div>
 <div class="index-module_commentWrap_"><h3>评论</h3>
  {comments_html(r, 5, 2024, '<div class="c-item"><span>{nick}</span><p>{text}</p><span class="c-time">{time}</span></div>', "%02d-%02d %02d:%02d")}</div>
 <div class="index-module_recommend_"><h3>相关推荐</h3><ul><li><a href="https://baijiahao.baidu.com/s?id=1812000000000000000">{rel}</a></li>{link_list(r, host, 10, prefix="s/")[20:-5]}</ul></div>
</div>
<div class="index-module_rightSide_"><!--SIDEPAD--></div>
<div class="index-module_footer_"><p>&copy;2025 Baidu 使用百度前必读 意见反馈 京ICP证030173号</p><p>京公网安备11000002000001号</p></div>
</div></div>
</body>
</html>"""
    doc = pad_sidebar(r, host, doc, "<!--SIDEPAD-->", 2024, 36)
    return dict(
        file="24-baijiahao.html",
        url="http://baijiahao.baidu.com/s?id=1812345678901234567",
        title=a["title"],
        published_at="2025-02-18T17:05:00+08:00",
        html=doc,
        paras=paras,
        must_not=[
            cap[:12],
            rel,
            "健康时报官方账号",
            "举报/反馈",
            "使用百度前必读",
            COMMENTS[(0 * 7 + 5) % len(COMMENTS)],
        ],
    )


def snip(p, at, n=16):
    p = p.strip()
    if len(p) <= n:
        return p
    i = max(0, min(len(p) - n, int(len(p) * at) - n // 2))
    return p[i : i + n]


def musts(paras):
    k = len(paras)
    if k >= 5:
        idx = sorted(set([0, k - 1] + [round(i * (k - 1) / 6) for i in range(1, 6)]))[:8]
        out = [snip(paras[i], 0.5) for i in idx]
    else:
        spots = {
            1: [0.15, 0.35, 0.55, 0.75, 0.92],
            2: [0.2, 0.5, 0.85],
            3: [0.3, 0.7],
            4: [0.3, 0.7],
        }[k]
        out = [snip(p, s) for p in paras for s in spots]
    return out[:8]


def visible_text(doc):
    import lxml.html

    t = lxml.html.fromstring(doc)
    for bad in t.xpath("//script|//style"):
        bad.drop_tree()
    return t.text_content()


def norm(s):
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", htmlmod.unescape(s)))


CAPTION_SNIPPETS = {
    "3月4日，在黑龙江省五常市一家农机合作社",
    "九江市巡堤人员在长江大堤上巡",
    "澎湃新闻记者 周平浪 图",
    "京南站候车大厅内，旅客排队检票进",
    "（图片来源：视觉中国）",
    "吉林梨树县，联合收割机在田间收获",
    "郑州一快递网点，快递员正在",
    "学生们在新建成的塑胶跑道",
    "大河网记者 赵彬 摄",
    "改造后的小区面貌焕然一新",
    "图片来源：市医保局",
    "旅客在郑州东站候车大厅排队进",
    "村医刘建华走在出诊的山路",
}


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for fn in PAGES:
        d = fn()
        doc, enc = d["html"], d.get("encoding", "utf-8")
        data = doc.encode(enc)
        with open(os.path.join(OUT, d["file"]), "wb") as f:
            f.write(data)
        must = musts(d["paras"])
        vis = norm(visible_text(doc))
        joined = norm("\n".join(d["paras"]))
        for s in must:
            assert norm(s) in vis, (d["file"], "must not visible", s)
        for s in d["must_not"]:
            assert norm(s) in norm(visible_text(doc)) or norm(s) in norm(doc), (
                d["file"],
                "must_not not in page",
                s,
            )
            assert norm(s) not in joined, (d["file"], "must_not inside body", s)
        assert 5 <= len(must) <= 8 and 5 <= len(d["must_not"]) <= 8, (
            d["file"],
            len(must),
            len(d["must_not"]),
        )
        kb = len(data) / 1024
        print(
            f"{d['file']:<26} {kb:6.1f} KB  {len(d['paras'])} paras  must={len(must)} must_not={len(d['must_not'])}"
        )
        # must_not entries that are image captions (tagged so the eval can also report F without them)
        caps = [s for s in d["must_not"] if s in CAPTION_SNIPPETS]
        rows.append(
            {
                "file": d["file"],
                "url": d["url"],
                "title": d["title"],
                "published_at": d["published_at"],
                "must": must,
                "must_not": d["must_not"],
                "captions": caps,
            }
        )
    with open(os.path.join(OUT, "expected.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
