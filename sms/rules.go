package sms

import (
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// The rules of the SMS step (短信核验): the code, its sender, window, resend
// and attempt limits, the certificate suffix the form asks for, the system's
// answers, and the notes on who verifies. The IDs are a public contract:
// findings, notes and errors carry them as they are. Each is defined once in
// [Rules], next to the limits below that decide them.
const (
	// RuleCodeFormat: the code is 6 Arabic digits (see [ValidCode]).
	RuleCodeFormat = "sms.code_format"
	// RuleSender: the code comes from 12381 or a 106…12381 number (see
	// [IsOfficialSender]).
	RuleSender = "sms.sender"
	// RuleWindow: verify within 24 hours of receipt, else the order is
	// returned to the customer (see [Window], [ErrExpired]).
	RuleWindow = "sms.verify_window"
	// RuleResendLimit: a code can be resent at most 2 times; the third
	// request sends nothing (see [MaxResends], [ErrResendLimit]).
	RuleResendLimit = "sms.resend_limit"
	// RuleAttemptLimit: five wrong entries fail the verification (see
	// [MaxAttempts], [ErrTooManyAttempts]).
	RuleAttemptLimit = "sms.attempt_limit"
	// RuleIDSuffix: the form asks for the code, the mobile and the last 6
	// characters of the principal's certificate number (see
	// [ExpectedIDSuffix]).
	RuleIDSuffix = "sms.id_suffix"
	// RuleIDSuffixHKMacao: for a 港澳居民来往内地通行证 the suffix is the
	// permit number's, except in 浙江省 where it is the Hong Kong or Macao
	// identity card number's with the check character in full-width
	// parentheses (see [ExpectedIDSuffix]).
	RuleIDSuffixHKMacao = "sms.id_suffix_hk_macao"
	// RuleNoPending: "no filing awaiting SMS verification" (see
	// [ErrNoPending]).
	RuleNoPending = "sms.no_pending"
	// RuleRecordNotFound: "the record cannot be found" (see
	// [ErrRecordNotFound]).
	RuleRecordNotFound = "sms.record_not_found"
	// RuleOfflineDeregistration (advice): cancelling another unit's filing or
	// an empty-shell subject is done offline at the bureau, not by SMS. A
	// note of [Notes] for deregister_subject and deregister_website.
	RuleOfflineDeregistration = "sms.offline_deregistration"
	// RuleNewMobile (advice): a new mobile may be verified if the old one is
	// out of use. A note of [Notes] for new_site_elsewhere, new_site_here,
	// change_subject and change_website.
	RuleNewMobile = "sms.new_mobile"
	// RuleAccessMobile (advice): for an access filing, a changed mobile must
	// first be changed at the original provider, and a site that no provider
	// hosts any more (空壳) must be deregistered and filed anew as a new site.
	// A note of [Notes] for access.
	RuleAccessMobile = "sms.access_mobile"
)

// RuleWindow24h is the former ID of [RuleWindow], kept as an alias of the
// rule (rule IDs do not embed values that can change).
const RuleWindow24h = "sms.window_24h"

// Rules returns the definitions of the SMS rules, sorted by ID: severity,
// source (the 2020 provider guide §9; the attempt limit from public filing
// guides), the first day of the SMS step, and the texts. The notes' rules
// are checked by the rule engine with [Notes]; the others are facts the
// step itself enforces ([Session], [ValidCode], [ExpectedIDSuffix]). The
// slice is fresh on every call.
func Rules() []rule.Def {
	src := rule.Guide2020("§9")
	d := func(id string, sev rule.Severity, source rule.Source, zh, en string) rule.Def {
		return rule.Def{ID: id, Severity: sev, Source: source, Since: Effective(), Text: rule.Text{ZH: zh, EN: en}}
	}
	window := d(RuleWindow, rule.Error, src, "请在收到短信后24小时内完成核验，否则订单将被退回", "Verify within 24 hours of receipt, else the order is returned.")
	window.Aliases = []string{RuleWindow24h}
	return []rule.Def{
		d(RuleAccessMobile, rule.Advice, src, "如手机号码已变更，需先在原接入商处变更；无接入商的空壳网站需注销后重新以新增网站备案",
			"A changed mobile must first be changed at the original provider; a site no provider hosts must be deregistered and filed anew."),
		d(RuleAttemptLimit, rule.Error, rule.PublicGuides("SMS verification"), "验证码输入错误已达5次，核验失败", "Five wrong entries: the verification failed."),
		d(RuleCodeFormat, rule.Error, src, "验证码应为6位阿拉伯数字", "The code must be 6 Arabic digits."),
		d(RuleIDSuffix, rule.Advice, src, "核验时需填写验证码、手机号码及负责人证件号码后6位", "The form asks for the code, the mobile and the last 6 characters of the principal's certificate number."),
		d(RuleIDSuffixHKMacao, rule.Advice, src, "港澳居民来往内地通行证：浙江省填写港澳身份证号码后6位（校验位用全角括号，如567（8）），其他省份填写通行证号码后6位",
			"For a Hong Kong/Macao permit: in Zhejiang the last 6 characters of the HK/Macao identity card number with the check character in full-width parentheses, e.g. 567（8）; elsewhere the permit number's last 6."),
		d(RuleNewMobile, rule.Advice, src, "如原手机号码已停用，可使用新手机号码进行短信核验", "If the old mobile is out of use, a new mobile may be verified."),
		d(RuleNoPending, rule.Error, src, "没有待短信核验的备案", "No filing is awaiting SMS verification."),
		d(RuleOfflineDeregistration, rule.Advice, src, "注销他人单位或空壳主体需到管局线下办理", "Cancelling another unit's or an empty-shell subject is done offline at the bureau."),
		d(RuleRecordNotFound, rule.Error, src, "查询不到该记录", "The record cannot be found."),
		d(RuleResendLimit, rule.Error, src, "验证码最多只能重新发送2次", "A code can be resent at most 2 times."),
		d(RuleSender, rule.Advice, src, "核验短信由12381或106开头、12381结尾的号码发送", "Codes are sent from 12381 or a 106…12381 number."),
		window,
	}
}

// ruleText returns the text of the rule id of [Rules], for the errors that
// stand for a rule.
func ruleText(id string) rule.Text {
	for _, d := range Rules() {
		if d.ID == id {
			return d.Text
		}
	}
	return rule.Text{}
}

// The limits of the SMS step (source: the 2020 provider guide §9; the
// attempt limit from public filing guides).
const (
	// CodeLength is the number of digits of a code (sms.code_format).
	CodeLength = 6
	// Window is how long codes stay valid after they are received
	// (sms.verify_window, order.sms_window).
	Window = 24 * time.Hour
	// MaxResends is how many times one target's code can be resent
	// (sms.resend_limit).
	MaxResends = 2
	// MaxAttempts is how many wrong entries fail a verification
	// (sms.attempt_limit).
	MaxAttempts = 5
)

// Effective returns the first day of the SMS verification step, 2020-08-17
// (the 2020 provider guide §9): for a filing evaluated at an earlier date no
// code is sent.
func Effective() filing.Date { return filing.Date{Year: 2020, Month: time.August, Day: 17} }

// InEffect reports whether the SMS step applies on asOf: from
// [Effective] on, that day included. The zero Date is before it.
func InEffect(asOf filing.Date) bool { return !asOf.Before(Effective()) }

// ValidCode reports whether s has the shape of a verification code: exactly
// 6 ASCII digits 0–9 (rule sms.code_format). Full-width or other
// Unicode digits, signs and spaces are not accepted.
func ValidCode(s string) bool {
	if len(s) != CodeLength {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// officialSender is the service number of the MIIT filing system; codes
// come from it or from an SMS gateway number 106…12381 (rule sms.sender,
// source: ICP备案流程(PC端) 20200921 §9).
const officialSender = "12381"

// IsOfficialSender reports whether number is a sender the filing system's
// codes come from: 12381 itself or a number matching ^106\d*12381$ (rule
// sms.sender). The number is compared as given: no spaces, no country code.
func IsOfficialSender(number string) bool {
	if number == officialSender {
		return true
	}
	const prefix = "106"
	if len(number) < len(prefix)+len(officialSender) ||
		number[:len(prefix)] != prefix || number[len(number)-len(officialSender):] != officialSender {
		return false
	}
	for i := len(prefix); i < len(number)-len(officialSender); i++ {
		if number[i] < '0' || number[i] > '9' {
			return false
		}
	}
	return true
}
