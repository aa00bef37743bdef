"""A chamber of young entrepreneurs' newsletter on Mailchimp, as its campaign archive prints it:
the archive page `/home/?u=…&id=…` (`display_archive`, `MM/DD/YYYY - <a>` rows, the home) and each
campaign `/?u=…&id=…` (query routes), the sent e-mail's HTML as the archive keeps it: the
`awesomebar` archive bar on top (Subscribe, Past Issues list, RSS, Translate), the hidden
`mcnPreviewText` preheader, `bodyTable` / `templateContainer` nested tables with MSO conditional
comments, `mcnTextBlock` / `mcnTextContent` cells, `mcnCaptionBlock` photo and caption,
`mcnDividerBlock`, `mcnButtonBlock`, `mcnShareBlock`, `mcnFollowBlock`, the footer with Copyright,
mailing address, update preferences / unsubscribe links and the Mailchimp referral badge."""

import html

from common import SPEECHES, Family

HOST = "us21.campaign-archive-jzqs.test"
BASE = f"http://{HOST}"
U = "6b1f2c9e8d4a7f0b3c5e1d2a9"
LISTID = "0c4d2e8f1a"
ORG = "江州市青年企业家商会"

# campaigns, newest first: (id, mm/dd/yyyy, subject, speech key or None)
CAMPAIGNS = [
    ("b29e4d7a13", "04/18/2025", "青商通讯 | 第16期：一季度会员企业走访纪实", None),
    ("3e7a1c9b05", "04/12/2025", "青商通讯 | 第15期：女性创业者沙龙分享实录", "MCA1"),
    ("f0c6a82e91", "03/07/2025", "三八节特刊：她们的创业故事", None),
    ("91d3b5e7c2", "01/20/2025", "新春贺卡 | 青商会给您拜年啦", None),
    ("5ad8e0f4b6", "12/28/2024", "青商通讯 | 年度会员大会致辞全文", "MCA2"),
    ("7c41e9a2d8", "12/06/2024", "会员大会暨迎新年联谊会报名通知", None),
    ("e2b7f5c019", "11/15/2024", "青商通讯 | 第13期：抱团出海，东盟市场对接会回顾", None),
    ("0d9a3c6e4f", "10/11/2024", "青商通讯 | 第12期：金融服务专场", None),
]


def url(cid):
    return f"{BASE}/?u={U}&amp;id={cid}"


STYLE = """    <style type="text/css">
		p{
			margin:10px 0;
			padding:0;
		}
		table{
			border-collapse:collapse;
		}
		h1,h2,h3,h4,h5,h6{
			display:block;
			margin:0;
			padding:0;
		}
		img,a img{
			border:0;
			height:auto;
			outline:none;
			text-decoration:none;
		}
		body,#bodyTable,#bodyCell{
			height:100%;
			margin:0;
			padding:0;
			width:100%;
		}
		.mcnPreviewText{
			display:none !important;
		}
		#outlook a{
			padding:0;
		}
		img{
			-ms-interpolation-mode:bicubic;
		}
		table{
			mso-table-lspace:0pt;
			mso-table-rspace:0pt;
		}
		.ReadMsgBody{
			width:100%;
		}
		.ExternalClass{
			width:100%;
		}
		p,a,li,td,blockquote{
			mso-line-height-rule:exactly;
		}
		a[href^=tel],a[href^=sms]{
			color:inherit;
			cursor:default;
			text-decoration:none;
		}
		.mcnTextContent img{
			height:auto !important;
		}
		#bodyCell{
			padding:10px;
		}
		.templateContainer{
			max-width:600px !important;
		}
		a.mcnButton{
			display:block;
		}
		.mcnImage,.mcnRetinaImage{
			vertical-align:bottom;
		}
		.mcnTextContent{
			word-break:break-word;
		}
		body,#bodyTable{
			background-color:#FAFAFA;
		}
		#templateBody .mcnTextContent,#templateBody .mcnTextContent p{
			color:#202020;
			font-family:Helvetica;
			font-size:16px;
			line-height:150%;
			text-align:left;
		}
		#templateFooter .mcnTextContent,#templateFooter .mcnTextContent p{
			color:#656565;
			font-family:Helvetica;
			font-size:12px;
			line-height:150%;
			text-align:center;
		}
	@media only screen and (max-width: 480px){
		body,table,td,p,a,li,blockquote{
			-webkit-text-size-adjust:none !important;
		}
		.mcnTextContent,.mcnBoxedTextContentColumn{
			padding-right:18px !important;
			padding-left:18px !important;
		}
}</style>"""


def text_block(inner, style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;"):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
    <tbody class="mcnTextBlockOuter">
        <tr>
            <td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
              	<!--[if mso]>
				<table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
				<tr>
				<![endif]-->
			    
				<!--[if mso]>
				<td valign="top" width="600" style="width:600px;">
				<![endif]-->
                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
                    <tbody><tr>
                        
                        <td valign="top" class="mcnTextContent" style="{style}">
                        
                            {inner}
                        </td>
                    </tr>
                </tbody></table>
				<!--[if mso]>
				</td>
				<![endif]-->
                
				<!--[if mso]>
				</tr>
				</table>
				<![endif]-->
            </td>
        </tr>
    </tbody>
</table>"""


DIVIDER = """<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">
    <tbody class="mcnDividerBlockOuter">
        <tr>
            <td class="mcnDividerBlockInner" style="min-width:100%; padding:18px;">
                <table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid #EAEAEA;">
                    <tbody><tr>
                        <td>
                            <span></span>
                        </td>
                    </tr>
                </tbody></table>
<!--            
                <td class="mcnDividerBlockInner" style="padding: 18px;">
                <hr class="mcnDividerContent" style="border-bottom-color:none; border-left-color:none; border-right-color:none; border-bottom-width:0; border-left-width:0; border-right-width:0; margin-top:0; margin-right:0; margin-bottom:0; margin-left:0;" />
-->
            </td>
        </tr>
    </tbody>
</table>"""


def image_block(src, alt):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">
    <tbody class="mcnImageBlockOuter">
            <tr>
                <td valign="top" style="padding:9px" class="mcnImageBlockInner">
                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">
                                    <img align="center" alt="{alt}" src="{src}" width="564" style="max-width:1200px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage">
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table>"""


def caption_block(src, caption):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock">
    <tbody class="mcnCaptionBlockOuter">
        <tr>
            <td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent">
    <tbody><tr>
        <td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">
            <img alt="" src="{src}" width="564" style="max-width:1080px;" class="mcnImage">
        </td>
    </tr>
    <tr>
        <td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;" width="564">
            <span style="font-size:12px"><span style="color:#808080">{caption}</span></span>
        </td>
    </tr>
</tbody></table>
            </td>
        </tr>
    </tbody>
</table>"""


def button_block(href, label):
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">
    <tbody class="mcnButtonBlockOuter">
        <tr>
            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 3px;background-color: #B8312F;">
                    <tbody>
                        <tr>
                            <td align="center" valign="middle" class="mcnButtonContent" style="font-family: Arial; font-size: 16px; padding: 15px;">
                                <a class="mcnButton " title="{label}" href="{href}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{label}</a>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </tr>
    </tbody>
</table>"""


def share_block(cid):
    items = [("Share", "https://www.facebook.com/sharer/sharer.php?u=" + url(cid), "facebook"),
             ("Tweet", "https://twitter.com/intent/tweet?text=" + url(cid), "twitter"),
             ("Forward", f"http://us21.forward-to-friend.com/forward?u={U}&amp;id={cid}&amp;e=[UNIQID]", "forwardtofriend")]
    cells = "".join(f"""
                                    <!--[if mso]><td align="center" valign="top"><![endif]-->
                                        <table align="left" border="0" cellpadding="0" cellspacing="0" style="display:inline;">
                                            <tbody><tr><td valign="top" style="padding-right:9px; padding-bottom:9px;" class="mcnShareContentItemContainer">
                                                <table border="0" cellpadding="0" cellspacing="0" width="" class="mcnShareContentItem" style="border-collapse:separate;border-radius: 4px;">
                                                    <tbody><tr>
                                                        <td align="left" valign="middle" width="24" class="mcnShareIconContent"><a href="{h}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-{ic}-48.png" alt="{lab}" style="display:block;" height="24" width="24" class=""></a></td>
                                                        <td align="left" valign="middle" class="mcnShareTextContent" style="padding-left:5px;"><a href="{h}" target="" style="color: #202020;font-family: Arial;font-size: 12px;font-weight: normal;line-height: normal;text-align: center;text-decoration: none;">{lab}</a></td>
                                                    </tr></tbody>
                                                </table>
                                            </td></tr></tbody>
                                        </table>
                                    <!--[if mso]></td><![endif]-->""" for lab, h, ic in items)
    return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareBlock" style="min-width:100%;">
    <tbody class="mcnShareBlockOuter">
            <tr>
                <td valign="top" style="padding:9px;" class="mcnShareBlockInner">
                    <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td align="center" style="padding-top:0; padding-left:9px; padding-bottom:0; padding-right:9px;">
                                <table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnShareContent">
                                    <tbody><tr>
                                        <td align="center" valign="top" class="mcnShareContentItemContainer" style="padding-top:9px; padding-right:9px; padding-left:9px;">
                                            <!--[if mso]><table align="center" border="0" cellspacing="0" cellpadding="0"><tr><![endif]-->{cells}
                                            <!--[if mso]></tr></table><![endif]-->
                                        </td>
                                    </tr></tbody>
                                </table>
                            </td>
                        </tr></tbody>
                    </table>
                </td>
            </tr>
    </tbody>
</table>"""


FOLLOW = """<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;">
    <tbody class="mcnFollowBlockOuter">
        <tr>
            <td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowContentContainer" style="min-width:100%;">
    <tbody><tr>
        <td align="center" style="padding-left:9px;padding-right:9px;">
            <table border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnFollowContent">
                <tbody><tr>
                    <td align="center" valign="top" style="padding-top:9px; padding-right:9px; padding-left:9px;">
                        <table align="center" border="0" cellpadding="0" cellspacing="0">
                            <tbody><tr>
                                <td align="center" valign="top">
                                        <table align="left" border="0" cellpadding="0" cellspacing="0" style="display:inline;"><tbody><tr><td valign="top" style="padding-right:10px; padding-bottom:9px;" class="mcnFollowContentItemContainer"><a href="http://weibo.test/jzqingshang" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/outline-dark-link-48.png" alt="微博" style="display:block;" height="24" width="24" class=""></a></td></tr></tbody></table>
                                        <table align="left" border="0" cellpadding="0" cellspacing="0" style="display:inline;"><tbody><tr><td valign="top" style="padding-right:0; padding-bottom:9px;" class="mcnFollowContentItemContainer"><a href="http://www.jzqingshang.test/" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/outline-dark-link-48.png" alt="Website" style="display:block;" height="24" width="24" class=""></a></td></tr></tbody></table>
                                </td>
                            </tr></tbody>
                        </table>
                    </td>
                </tr></tbody>
            </table>
        </td>
    </tr></tbody>
</table>
            </td>
        </tr>
    </tbody>
</table>"""


def footer_text(cid):
    return f"""<em>Copyright © 2025 {ORG}, All rights reserved.</em><br>
您收到这封邮件，是因为您是{ORG}会员，或在商会活动中订阅了《青商通讯》。<br>
<br>
<strong>Our mailing address is:</strong><br>
<div class="vcard"><span class="org fn">{ORG}</span><div class="adr"><div class="street-address">江州市滨江路168号青创大厦9楼</div><span class="locality">江州市</span>  <span class="postal-code">330006</span> <div class="country-name">China</div></div><br><a href="https://jzqingshang.us21.list-manage.com/vcard?u={U}&amp;id={LISTID}" class="hcard-download">Add us to your address book</a></div>
<br>
<br>
Want to change how you receive these emails?<br>
You can <a href="https://jzqingshang.us21.list-manage.com/profile?u={U}&amp;id={LISTID}&amp;e=[UNIQID]&amp;c={cid}">update your preferences</a> or <a href="https://jzqingshang.us21.list-manage.com/unsubscribe?u={U}&amp;id={LISTID}&amp;t=b&amp;e=[UNIQID]&amp;c={cid}">unsubscribe from this list</a>.<br>
<br>
<a href="http://eepurl.com/iKq3Tz" title="Mailchimp Email Marketing"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Email Marketing Powered by Mailchimp" style="width:139px;height:auto"></a>"""


def awesomebar(cid):
    past = "".join(
        f'<li class="campaign">{d} - <a href="{url(c)}" title="{html.escape(s)}" target="_blank">{html.escape(s)}</a></li>'
        for c, d, s, _ in CAMPAIGNS
    )
    return f"""<div id="awesomewrap"><div id="awesomebar" class="awesomebar-desktop">
	<div id="awesomebar-content">
		<ul id="awesomebar-list">
			<li class="subscribe-tab"><a href="http://eepurl.com/iKq3Tz" class="subscribe-link" target="_blank">Subscribe</a></li>
			<li class="more-tab"><a href="#" id="more-link">Past Issues</a>
				<div id="archive-list" class="hidden"><ul>{past}</ul>
				<a href="{BASE}/home/?u={U}&amp;id={LISTID}" title="View past issues">View past issues</a></div>
			</li>
			<li class="rss-tab"><a href="{BASE}/feed?u={U}&amp;id={LISTID}" title="RSS" class="rss-link" target="_blank">RSS</a></li>
			<li class="translate-tab"><a href="#" id="translate-link">Translate</a>
				<ul id="translate-list" class="hidden"><li><a href="https://translate.google.com/translate?sl=auto&amp;tl=en&amp;u={url(cid)}" target="_blank">English</a></li><li><a href="https://translate.google.com/translate?sl=auto&amp;tl=zh-TW&amp;u={url(cid)}" target="_blank">中文(繁體)</a></li><li><a href="https://translate.google.com/translate?sl=auto&amp;tl=ja&amp;u={url(cid)}" target="_blank">日本語</a></li></ul>
			</li>
		</ul>
	</div>
</div></div>"""


def speech_inner(key):
    sp = SPEECHES[key]
    if key == "MCA1":
        pre = ('<p style="text-align: center;"><span style="font-size:12px"><span style="color:#B8312F">2025年4月12日 · 第15期</span></span></p>\n'
               f'<h1 style="text-align: center;">{sp.title}</h1>\n'
               '<p style="text-align: center;"><em>分享人：林晓梅　阿梅米粉创始人、商会女企业家委员会副主任</em></p>\n'
               '<p><em>编者按：4月12日下午，商会女企业家委员会举办2025年春季女性创业者沙龙，六十余位会员参加。以下为林晓梅的分享实录，经本人审定，标题为编者所加。</em></p>\n')
        body = "\n".join(f"<p>{p}</p>" for p in sp.paras)
        post = '\n<p style="text-align: right;"><span style="color:#808080">（整理：商会秘书处　陈思）</span></p>'
        return pre + body + post
    pre = (f'<h1>{sp.title}</h1>\n'
           '<p><span style="color:#808080">会长　周建国　｜　2024年12月28日 · 江州宾馆</span></p>\n')
    body = "\n".join(f'<p style="text-indent:2em;">{p}</p>' for p in sp.paras)
    return pre + body


def other_items(key):
    if key == "MCA1":
        return ('<h3>本期其他内容</h3>\n<ul>\n<li><strong>活动预告</strong>｜5月17日“制造业数字化转型”走进会员企业活动开始报名，名额40人。</li>\n'
                '<li><strong>会员动态</strong>｜欢迎本月新入会的6家会员企业。</li>\n'
                '<li><strong>政策速递</strong>｜江州市2025年小微企业创业担保贷款申报指南发布。</li>\n</ul>')
    return ('<h3>会员服务提示</h3>\n<p>2025年度会费缴纳工作即日起开始，请各会员企业于1月31日前完成缴纳。法律服务中心春节期间暂停线下接待，线上咨询照常。</p>\n'
            '<p>联谊会现场照片已上传至商会云相册，提取码：qs28。</p>')


def campaign(cid):
    c = next(x for x in CAMPAIGNS if x[0] == cid)
    _, d, subject, key = c
    preheader = {
        "MCA1": "“别怕慢，怕的是停。”——一碗米粉做了十年的林晓梅，和我们聊了聊创业这件事。",
        "MCA2": "会长周建国在年度会员大会上的致辞全文，以及新年会员服务提示。",
    }[key]
    caption = {
        "MCA1": ("https://mcusercontent.com/6b1f2c9e8d4a7f0b3c5e1d2a9/images/4a1c7e2b-salon-2025.jpg", "▲ 沙龙现场。摄影：商会秘书处"),
        "MCA2": ("https://mcusercontent.com/6b1f2c9e8d4a7f0b3c5e1d2a9/images/9e3d0b5f-agm-2024.jpg", "▲ 12月28日晚，商会2024年度会员大会暨迎新年联谊会在江州宾馆举行。"),
    }[key]
    button = (f"http://www.jzqingshang.test/huodong/2025/0517.html", "立即报名") if key == "MCA1" else ("http://www.jzqingshang.test/huiyuan/huifei.html", "在线缴纳会费")
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{html.escape(subject)}</title>
        
{STYLE}
<script>var w=window; if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document; AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}},AKSB.measure=AKSB.measure||function(e,_,t){{AKSB.q.push(["measure",e,_,t||(new Date).getTime())}},AKSB.done=AKSB.done||function(e){{AKSB.q.push(["done",e])}},AKSB.mark("firstbyte",(new Date).getTime()),AKSB.prof={{custid:"526584",ustr:"",originlat:"0",clientrtt:"12",ghostip:"23.55.61.130",ipv6:false,pct:"10",clientip:"0.0.0.0",requestid:"2b6f1c",region:"30723",protocol:"h2",blver:14,akM:"x",akN:"ae",akTT:"O",akTX:"1",akTI:"2b6f1c",ai:"406521",ra:"false",pmgn:"",pmgi:"",pmp:"",qc:""}},function(e){{var _=d.createElement("script");_.async="async",_.src=e;var t=d.getElementsByTagName("script"),t=t[t.length-1];t.parentNode.insertBefore(_,t)}}(("https:"===d.location.protocol?"https:":"http:")+"//ds-aksb-a.akamaihd.net/aksb.min.js")}}</script>
<meta property="og:title" content="{html.escape(subject)}">
<meta property="og:description" content="{html.escape(preheader)}">
<meta property="og:url" content="{url(cid)}">
<meta property="og:image" content="{caption[0]}">
<link rel="stylesheet" href="https://us21.campaign-archive.com/css/archivebar-desktop.css" mc:nocompile>
<script src="https://us21.campaign-archive.com/js/archivebar-desktop.js" type="text/javascript" mc:nocompile></script>
<script src="https://us21.campaign-archive.com/js/jquery.min.js"></script>
</head>
    <body>
{awesomebar(cid)}
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{preheader}</span><!--<![endif]-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
                <tr>
                    <td align="center" valign="top" id="bodyCell">
                        <!-- BEGIN TEMPLATE // -->
						<!--[if (gte mso 9)|(IE)]>
						<table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
						<tr>
						<td align="center" valign="top" width="600" style="width:600px;">
						<![endif]-->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
                            <tr>
                                <td valign="top" id="templatePreheader">{text_block(f'<div style="text-align: center;"><a href="{BASE}/?e=[UNIQID]&amp;u={U}&amp;id={cid}" target="_blank">在浏览器中查看此邮件</a>　|　View this email in your browser</div>', "padding: 0px 18px 9px; text-align: center;")}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateHeader">{image_block("https://mcusercontent.com/6b1f2c9e8d4a7f0b3c5e1d2a9/images/1f0e6c3a-logo-qingshang.png", ORG + " 青商通讯")}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateBody">{caption_block(*caption)}{text_block(speech_inner(key))}{share_block(cid)}{DIVIDER}{text_block(other_items(key))}{button_block(*button)}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateFooter">{FOLLOW}{DIVIDER}{text_block(footer_text(cid))}</td>
                            </tr>
                        </table>
						<!--[if (gte mso 9)|(IE)]>
						</td>
						</tr>
						</table>
						<![endif]-->
                        <!-- // END TEMPLATE -->
                    </td>
                </tr>
            </table>
        </center>
    <script type="text/javascript">
                    var fnames = new Array();var ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';fnames[1]='FNAME';ftypes[1]='text';fnames[2]='LNAME';ftypes[2]='text';
                    try {{
                        var jqueryLoaded=jQuery;
                        jqueryLoaded=true;
                    }} catch(err) {{
                        var jqueryLoaded=false;
                    }}
                    var head= document.getElementsByTagName('head')[0];
                    if (!jqueryLoaded) {{
                        var script = document.createElement('script');
                        script.type = 'text/javascript';
                        script.src = '//ajax.googleapis.com/ajax/libs/jquery/1.4.4/jquery.min.js';
                        head.appendChild(script);
                    }}
            </script>
</body>
</html>
"""


def archive_home():
    rows = "\n".join(
        f'<li class="campaign">{d} - <a href="{url(c)}" title="{html.escape(s)}" target="_blank">{html.escape(s)}</a></li>'
        for c, d, s, _ in CAMPAIGNS
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{ORG} Email Archive</title>
    <link rel="alternate" type="application/rss+xml" title="{ORG} Email Archive" href="{BASE}/feed?u={U}&amp;id={LISTID}">
    <link rel="stylesheet" href="https://us21.campaign-archive.com/css/archive-page.css" type="text/css">
    <style type="text/css">
        body {{ background:#eeeeee; font-family: Helvetica, Arial, sans-serif; }}
        #archive-wrapper {{ max-width:660px; margin:40px auto; background:#ffffff; padding:30px; }}
        .display_archive {{ font-size:14px; line-height:1.8; }}
        .display_archive li.campaign {{ list-style:none; }}
        #archive-footer {{ font-size:11px; color:#999; margin-top:30px; }}
    </style>
</head>
<body>
<div id="archive-wrapper">
    <div id="archive-header">
        <h1>{ORG} · 青商通讯 往期回顾</h1>
        <p class="subscribe"><a href="http://eepurl.com/iKq3Tz" target="_blank">Subscribe</a> | <a href="{BASE}/feed?u={U}&amp;id={LISTID}">RSS</a></p>
    </div>
    <div class="display_archive">
<ul>
{rows}
</ul>
    </div>
    <div id="archive-footer">
        <a href="http://eepurl.com/iKq3Tz" title="Mailchimp Email Marketing"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Email Marketing Powered by Mailchimp" style="width:139px;height:auto"></a>
    </div>
</div>
</body>
</html>
"""


def build() -> Family:
    fam = Family(
        HOST,
        "Mailchimp campaign archive (us21.campaign-archive.com: archive page and campaign e-mail HTML)",
        content_type="text/html; charset=utf-8",
    )
    fam.home = f"/home/?u={U}&id={LISTID}"
    fam.route(fam.home, "_q/home.html", archive_home())
    fam.not_documents.append(fam.home)
    for cid, d, subject, key in CAMPAIGNS:
        if key:
            fam.route(f"/?u={U}&id={cid}", f"_q/campaign-{cid}.html", campaign(cid))
            fam.doc([f"/?u={U}&id={cid}"], SPEECHES[key])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /feed\nDisallow: /?e=\n")
    fam.noise += [
        "View this email in your browser", "在浏览器中查看此邮件", "第15期", "分享人：林晓梅", "编者按", "整理：商会秘书处",
        "会长　周建国", "沙龙现场", "本期其他内容", "活动预告", "会员服务提示", "立即报名", "在线缴纳会费", "Share", "Tweet",
        "Forward", "Copyright ©", "Our mailing address is", "unsubscribe from this list", "update your preferences",
        "Email Marketing Powered by Mailchimp", "Past Issues", "Subscribe", "Translate", "RSS", "Add us to your address book",
        "一碗米粉做了十年的林晓梅", "会长周建国在年度会员大会上的致辞全文",
    ]
    fam.note = (
        "Every page is a query route (`/home/?u=…&id=…`, `/?u=…&id=…`); only the two campaigns holding speeches are "
        "served, the archive's other campaigns, the `?e=[UNIQID]` browser links, `/feed`, list-manage and "
        "forward-to-friend links are not (404). The preheader (`mcnPreviewText`, hidden) is not part of the text."
    )
    return fam
