package rules

import "github.com/beian-go/beian/sms"

// factRules are the facts of RULES.md §7, §8 and §9 that are not checks of
// an application: the order timings (package order), the SMS step's limits
// (package sms) and the duties after approval with the footer checks
// (packages order and footer). They have no Check and appear in the catalog
// only, so that a console renders every rule from one list.
func factRules() []Rule {
	ord := func(id, section, zh, en string) Rule {
		return Rule{ID: id, Severity: Advice, Source: seed(section), ZH: zh, EN: en}
	}
	smsFact := func(id string, sev Severity, source, zh, en string) Rule {
		return Rule{ID: id, Severity: sev, Source: source, Since: smsSince, ZH: zh, EN: en}
	}
	post := func(id string, sev Severity, section, zh, en string) Rule {
		return Rule{ID: id, Severity: sev, Source: seed(section), ZH: zh, EN: en}
	}
	return []Rule{
		ord("order.expiry_45d", "§1.2", "订单45天内未更新且未完成备案将被删除", "An order not updated for 45 days and not approved is deleted."),
		ord("order.provider_review_1wd", "§6", "接入商在提交后1个工作日内完成初审", "The provider reviews within 1 working day of submission."),
		ord("order.bureau_submit_1wd", "§7", "资料补充或邮寄完成后1个工作日内提交管局", "After supplements or mail are complete, the provider submits to the bureau within 1 working day."),
		ord("order.mail_processing_2wd", "§7", "邮寄资料在收到后1至2个工作日内录入，快递须预付（不接受到付）", "Mailed materials are entered 1–2 working days after receipt; the courier must be prepaid."),
		ord("order.sms_24h", "§8", "短信验证码须在收到后24小时内完成核验，否则订单将被退回", "SMS codes must be verified within 24 hours of receipt, else the order is returned."),
		ord("order.bureau_review_20wd", "§8", "管局审核时间为1至20个工作日，视各省而定", "Bureau review takes 1–20 working days depending on the province."),
		ord("order.rejection_resubmit", "§10", "被驳回的订单可修改后重新提交，驳回原因将保留", "A rejected order is corrected and resubmitted; the reason is kept."),

		smsFact(sms.RuleCodeFormat, Error, seed("§9"), "验证码为6位数字", "The code is 6 Arabic digits."),
		smsFact(sms.RuleSender, Advice, seed("§9"), "核验短信由12381或106开头、12381结尾的号码发送", "Codes are sent from 12381 or a 106…12381 number."),
		smsFact(sms.RuleWindow24h, Error, seed("§9"), "请在收到短信后24小时内完成核验，否则订单将被退回", "Verify within 24 hours of receipt, else the order is returned."),
		smsFact(sms.RuleResendLimit, Error, seed("§9"), "验证码最多可重发2次", "A code can be resent at most 2 times."),
		smsFact(sms.RuleAttemptLimit, Error, OtherSource, "验证码输错5次，核验失败", "Five wrong entries fail the verification."),
		smsFact(sms.RuleIDSuffix, Advice, seed("§9"), "核验时需填写验证码、手机号码及负责人证件号码后6位", "The form asks for the code, the mobile and the last 6 characters of the principal's certificate number."),
		smsFact(sms.RuleIDSuffixHKMacao, Advice, seed("§9"), "港澳居民来往内地通行证：浙江省填写港澳身份证号码后6位（校验位用全角括号，如567（8）），其他省份填写通行证号码后6位",
			"For a Hong Kong/Macao permit: in Zhejiang the last 6 characters of the HK/Macao identity card number with the check character in full-width parentheses, e.g. 567（8）; elsewhere the permit number's last 6."),
		smsFact(sms.RuleNoPending, Error, seed("§9"), "没有待短信核验的备案", "No filing is awaiting SMS verification."),
		smsFact(sms.RuleRecordNotFound, Error, seed("§9"), "查询不到该记录", "The record cannot be found."),

		post("post.footer_number", Advice, "§10", "网站底部须展示备案号并链接至 https://beian.miit.gov.cn，否则可能被处以5000至10000元罚款",
			"The site shows its filing number at the bottom of its pages, linked to https://beian.miit.gov.cn; missing it risks a fine of 5,000–10,000 yuan."),
		post("post.footer_copyright", Advice, "§10", "部分省份（如江苏）要求网站底部展示含单位名称的版权信息", "Some provinces (Jiangsu) require a copyright line with the unit's name in the footer."),
		post("post.commercial_licence", Advice, "§11", "经营性网站备案后还需办理经营性ICP许可证", "A commercial site needs an ICP licence after filing."),
		post("post.psb_filing_30d", Advice, "§11", "网站开通后30日内办理公安联网备案", "File with the public security bureau within 30 days of the site opening."),
		post("post.psb_footer_30d", Advice, "§11", "公安备案通过后30日内在网站底部展示公安备案号及图标", "Show the public-security number and icon in the footer within 30 days of its approval."),
		post("post.resolve_mainland", Advice, "§10", "部分管局要求已备案网站解析至中国大陆服务器并可访问", "Some bureaus require filed sites to resolve to a mainland server and be reachable."),
		post("post.dns_after_sync", Advice, "§10", "备案通过后结果同步需要一段时间，期间可以设置解析", "The approval takes a while to reach the provider; DNS can be pointed meanwhile."),
		post("post.footer_number_missing", Error, "§10", "页面中未找到备案号", "The filing number does not appear on the page."),
		post("post.footer_number_mismatch", Error, "§10", "页面展示的备案号与备案信息不一致", "The page shows a different filing number."),
		post("post.footer_number_extra", Warning, "§10", "页面中还展示了其他备案号", "The page shows other filing numbers besides the right one."),
		post("post.footer_link_missing", Error, "§10", "备案号未链接至 beian.miit.gov.cn", "The filing number is not linked to beian.miit.gov.cn."),
		post("post.footer_link_outdated", Error, "§10", "备案号链接的地址已失效或不正确", "The filing number links to a retired or wrong address."),
		post("post.footer_number_image_only", Warning, "§10", "备案号仅出现在图片属性中，无法确认其可见", "The number appears only in an image attribute."),
		post("post.footer_psb_missing", Error, "§11", "页面中未找到公安备案号", "The public-security number does not appear on the page."),
		post("post.footer_psb_link", Warning, "§11", "公安备案号未链接至 beian.mps.gov.cn", "The public-security number is not linked to beian.mps.gov.cn."),
		post("post.footer_copyright_missing", Error, "§10", "页面底部缺少含单位名称的版权信息", "The footer lacks a copyright line naming the unit."),
		post("post.footer_not_html", Error, "§10", "无法读取页面HTML", "The input is not an HTML document the checker could read."),
	}
}
