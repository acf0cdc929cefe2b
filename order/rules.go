package order

import "github.com/beian-go/beian/rule"

// The rules of the order lifecycle: its timings, used as the Rule of a
// [Deadline]. Each is defined once in [Rules].
const (
	// RuleExpiry: an order not updated for 45 days that is not approved is
	// deleted (expired).
	RuleExpiry = "order.expiry"
	// RuleProviderReview: the provider reviews within 1 working day of
	// submission.
	RuleProviderReview = "order.provider_review"
	// RuleBureauSubmit: after supplements or mail are complete, the provider
	// submits to the bureau within 1 working day.
	RuleBureauSubmit = "order.bureau_submit"
	// RuleMailProcessing: mailed materials are entered 1–2 working days
	// after receipt.
	RuleMailProcessing = "order.mail_processing"
	// RuleSMSWindow: SMS codes are verified within 24 hours of receipt, else
	// the order is returned.
	RuleSMSWindow = "order.sms_window"
	// RuleBureauReview: the bureau reviews in 1–20 working days depending on
	// the province.
	RuleBureauReview = "order.bureau_review"
	// RuleRejectionResubmit: a rejected order is corrected and resubmitted;
	// the reason is kept.
	RuleRejectionResubmit = "order.rejection_resubmit"
)

// The duties after approval, used as the Rule of an [Obligation].
const (
	RuleFooterNumber      = "post.footer_number"
	RuleFooterCopyright   = "post.footer_copyright"
	RuleCommercialLicence = "post.commercial_licence"
	RulePSBFiling         = "post.psb_filing"
	RulePSBFooter         = "post.psb_footer"
	RuleResolveMainland   = "post.resolve_mainland"
	RuleDNSAfterSync      = "post.dns_after_sync"
)

// Former rule IDs, which embedded values that can change. The rules keep
// them as aliases ([rule.Def.Aliases]); new code uses the IDs above.
const (
	RuleExpiry45d         = "order.expiry_45d"          // now RuleExpiry
	RuleProviderReview1wd = "order.provider_review_1wd" // now RuleProviderReview
	RuleBureauSubmit1wd   = "order.bureau_submit_1wd"   // now RuleBureauSubmit
	RuleMailProcessing2wd = "order.mail_processing_2wd" // now RuleMailProcessing
	RuleSMS24h            = "order.sms_24h"             // now RuleSMSWindow
	RuleBureauReview20wd  = "order.bureau_review_20wd"  // now RuleBureauReview
	RulePSBFiling30d      = "post.psb_filing_30d"       // now RulePSBFiling
	RulePSBFooter30d      = "post.psb_footer_30d"       // now RulePSBFooter
)

// Rules returns the definitions of the lifecycle's timings and the duties
// after approval, sorted by ID: facts that no application check reports,
// listed in the rule catalog so that a console renders them with the other
// rules. The slice is fresh on every call.
func Rules() []rule.Def {
	d := func(id string, section string, zh, en string, aliases ...string) rule.Def {
		return rule.Def{ID: id, Severity: rule.Advice, Source: rule.Guide2020(section),
			Text: rule.Text{ZH: zh, EN: en}, Aliases: aliases}
	}
	return []rule.Def{
		d(RuleBureauReview, "§8", "管局审核时间为1至20个工作日，视各省而定", "Bureau review takes 1–20 working days depending on the province.", RuleBureauReview20wd),
		d(RuleBureauSubmit, "§7", "资料补充或邮寄完成后1个工作日内提交管局", "After supplements or mail are complete, the provider submits to the bureau within 1 working day.", RuleBureauSubmit1wd),
		d(RuleExpiry, "§1.2", "订单45天内未更新且未完成备案将被删除", "An order not updated for 45 days and not approved is deleted.", RuleExpiry45d),
		d(RuleMailProcessing, "§7", "邮寄资料在收到后1至2个工作日内录入，快递须预付（不接受到付）", "Mailed materials are entered 1–2 working days after receipt; the courier must be prepaid.", RuleMailProcessing2wd),
		d(RuleProviderReview, "§6", "接入商在提交后1个工作日内完成初审", "The provider reviews within 1 working day of submission.", RuleProviderReview1wd),
		d(RuleRejectionResubmit, "§10", "被驳回的订单可修改后重新提交，驳回原因将保留", "A rejected order is corrected and resubmitted; the reason is kept."),
		d(RuleSMSWindow, "§8", "短信验证码须在收到后24小时内完成核验，否则订单将被退回", "SMS codes must be verified within 24 hours of receipt, else the order is returned.", RuleSMS24h),

		appNumberDisplay,
		d(RuleCommercialLicence, "§11", "经营性网站备案后还需办理经营性ICP许可证", "A commercial site needs an ICP licence after filing."),
		d(RuleDNSAfterSync, "§10", "备案通过后结果同步需要一段时间，期间可以设置解析", "The approval takes a while to reach the provider; DNS can be pointed meanwhile."),
		d(RuleFooterCopyright, "§10", "部分省份（如江苏）要求网站底部展示含单位名称的版权信息", "Some provinces (Jiangsu) require a copyright line with the unit's name in the footer."),
		d(RuleFooterNumber, "§10", "网站底部须展示备案号并链接至 https://beian.miit.gov.cn，否则可能被处以5000至10000元罚款",
			"The site shows its filing number at the bottom of its pages, linked to https://beian.miit.gov.cn; missing it risks a fine of 5,000–10,000 yuan."),
		d(RulePSBFiling, "§11", "网站开通后30日内办理公安联网备案", "File with the public security bureau within 30 days of the site opening.", RulePSBFiling30d),
		d(RulePSBFooter, "§11", "公安备案通过后30日内在网站底部展示公安备案号及图标", "Show the public-security number and icon in the footer within 30 days of its approval.", RulePSBFooter30d),
		d(RuleResolveMainland, "§10", "部分管局要求已备案网站解析至中国大陆服务器并可访问", "Some bureaus require filed sites to resolve to a mainland server and be reachable."),
	}
}
