package sms

// Error is a typed error of this package. Each value carries the RULES.md §8
// rule ID it stands for (empty for errors that no rule of RULES.md names) and
// a short message in Chinese and English that a console can show. Errors are compared with [errors.Is]
// against the package's sentinel values ([ErrNoPending], [ErrExpired], …).
//
// No Error ever holds a code, a phone number or a certificate number.
type Error struct {
	rule string
	en   string
	zh   string
}

// Error implements error with the English message, prefixed "sms: ".
func (e *Error) Error() string { return "sms: " + e.en }

// Rule returns the RULES.md rule ID of e, such as "sms.no_pending", or ""
// when RULES.md names no rule for it.
func (e *Error) Rule() string { return e.rule }

// Message returns the message of e in lang: "zh" (the default, also for any
// tag starting "zh") or "en" (any tag starting "en"). Unknown languages get
// Chinese, the language of the filing system.
func (e *Error) Message(lang string) string {
	if len(lang) >= 2 && (lang[0] == 'e' || lang[0] == 'E') && (lang[1] == 'n' || lang[1] == 'N') {
		return e.en
	}
	return e.zh
}

// The sentinel errors of the package. The en texts of ErrNoPending and
// ErrRecordNotFound are those of RULES.md §8 (source: ICP备案流程(PC端)
// 20200921 §9); the zh texts are this package's renderings, not quotations
// of the filing system, and the rule engine's catalog may word them its own
// way.
var (
	// ErrNoPending reports that nothing awaits SMS verification: a resend or
	// an answer when no code is pending (RULES.md §8 sms.no_pending).
	ErrNoPending = &Error{RuleNoPending, "no filing awaiting SMS verification", "没有待短信核验的备案"}
	// ErrRecordNotFound reports a resend or an answer with data that matches
	// no pending verification, such as a number that was sent no code
	// (RULES.md §8 sms.record_not_found).
	ErrRecordNotFound = &Error{RuleRecordNotFound, "the record cannot be found", "查询不到该记录"}
	// ErrResendLimit reports a third resend of a code: it sends nothing
	// (RULES.md §8 sms.resend_limit).
	ErrResendLimit = &Error{RuleResendLimit, "a code can be resent at most 2 times", "验证码最多只能重新发送2次"}
	// ErrExpired reports an answer after the 24-hour window: the order goes
	// back to the customer (RULES.md §8 sms.window_24h, §7 order.sms_24h).
	ErrExpired = &Error{RuleWindow24h, "the verification window of 24 hours has passed; the order goes back to the customer", "短信核验已超过24小时，订单已退回"}
	// ErrTooManyAttempts reports the fifth wrong entry and every answer after
	// it: the verification failed (RULES.md §8 sms.attempt_limit).
	ErrTooManyAttempts = &Error{RuleAttemptLimit, "five wrong entries: the verification failed", "验证码输入错误已达5次，核验失败"}
	// ErrCodeFormat reports an answer that is not 6 Arabic digits
	// (RULES.md §8 sms.code_format). It does not count as a wrong entry.
	ErrCodeFormat = &Error{RuleCodeFormat, "the code must be 6 Arabic digits", "验证码应为6位阿拉伯数字"}
	// ErrWrongCode reports a well-formed answer that is not the code sent.
	ErrWrongCode = &Error{"", "the code is wrong", "验证码错误"}
	// ErrIDSuffixMismatch reports a wrong answer for the last six characters
	// of the certificate number (RULES.md §8 sms.id_suffix), for hosts that
	// turn a false [CheckIDSuffix] into an error.
	ErrIDSuffixMismatch = &Error{RuleIDSuffix, "the last 6 characters of the certificate number do not match", "证件号码后6位不正确"}
	// ErrCertNumberMissing reports a principal whose certificate number is
	// empty or shorter than 6 characters, so no suffix can be asked
	// (RULES.md §8 sms.id_suffix).
	ErrCertNumberMissing = &Error{RuleIDSuffix, "the principal's certificate number has fewer than 6 characters", "负责人证件号码不足6位"}
	// ErrHKMacaoIDMissing reports a holder of a 港澳居民来往内地通行证 filing
	// in 浙江省 without the Hong Kong or Macao identity card number that the
	// Zhejiang SMS form asks for (RULES.md §8 sms.id_suffix_hk_macao).
	ErrHKMacaoIDMissing = &Error{RuleIDSuffixHKMacao, "in Zhejiang the Hong Kong or Macao identity card number is needed for SMS verification", "浙江省短信核验需填写港澳居民身份证号码"}
	// ErrKeyTooShort reports an [Issuer] key shorter than [MinKeyLength].
	ErrKeyTooShort = &Error{"", "the issuer key must have at least 32 bytes", "签发密钥至少应有32字节"}
	// ErrNilStore reports an [Issuer] built without a [Store].
	ErrNilStore = &Error{"", "the issuer needs a store", "签发器需要存储"}
)
