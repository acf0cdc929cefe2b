package sms

import (
	"strings"

	"github.com/beian-go/beian/rule"
)

// Error is a typed error of this package. Each value carries the ID of the
// SMS rule it stands for (empty for errors that no rule names) and a short
// message in Chinese and English that a console can show. Errors are
// compared with [errors.Is] against the package's sentinel values
// ([ErrNoPending], [ErrExpired], …).
//
// No Error ever holds a code, a phone number or a certificate number.
type Error struct {
	rule string
	text rule.Text
}

// ruleError is the error that stands for rule id, with the rule's text.
func ruleError(id string) *Error { return &Error{id, ruleText(id)} }

// Error implements error with the English message, prefixed "sms: ", in
// lower case and without a final full stop.
func (e *Error) Error() string {
	msg := strings.TrimSuffix(e.text.EN, ".")
	if msg != "" && msg[0] >= 'A' && msg[0] <= 'Z' && (len(msg) < 2 || msg[1] < 'A' || msg[1] > 'Z') {
		msg = string(msg[0]+'a'-'A') + msg[1:]
	}
	return "sms: " + msg
}

// Rule returns the rule ID of e, such as "sms.no_pending", or "" when no
// rule names it.
func (e *Error) Rule() string { return e.rule }

// Text returns the message of e in lang.
func (e *Error) Text(lang rule.Lang) string { return e.text.In(lang) }

// The sentinel errors of the package. An error that stands for a rule
// carries that rule's text.
var (
	// ErrNoPending reports that nothing awaits SMS verification: a resend or
	// an answer when no code is pending (sms.no_pending).
	ErrNoPending = ruleError(RuleNoPending)
	// ErrRecordNotFound reports a resend or an answer with data that matches
	// no pending verification, such as a number that was sent no code
	// (sms.record_not_found).
	ErrRecordNotFound = ruleError(RuleRecordNotFound)
	// ErrResendLimit reports a third resend of a code: it sends nothing
	// (sms.resend_limit).
	ErrResendLimit = ruleError(RuleResendLimit)
	// ErrExpired reports an answer after the 24-hour window: the order goes
	// back to the customer (sms.verify_window, order.sms_window).
	ErrExpired = ruleError(RuleWindow)
	// ErrTooManyAttempts reports the fifth wrong entry and every answer after
	// it: the verification failed (sms.attempt_limit).
	ErrTooManyAttempts = ruleError(RuleAttemptLimit)
	// ErrCodeFormat reports an answer that is not 6 Arabic digits
	// (sms.code_format). It does not count as a wrong entry.
	ErrCodeFormat = ruleError(RuleCodeFormat)
	// ErrWrongCode reports a well-formed answer that is not the code sent.
	ErrWrongCode = &Error{"", rule.Text{ZH: "验证码错误", EN: "the code is wrong"}}
	// ErrIDSuffixMismatch reports a wrong answer for the last six characters
	// of the certificate number (sms.id_suffix), for hosts that turn a false
	// [CheckIDSuffix] into an error.
	ErrIDSuffixMismatch = &Error{RuleIDSuffix, rule.Text{ZH: "证件号码后6位不正确", EN: "the last 6 characters of the certificate number do not match"}}
	// ErrCertNumberMissing reports a principal whose certificate number is
	// empty or shorter than 6 characters, so no suffix can be asked
	// (sms.id_suffix).
	ErrCertNumberMissing = &Error{RuleIDSuffix, rule.Text{ZH: "负责人证件号码不足6位", EN: "the principal's certificate number has fewer than 6 characters"}}
	// ErrHKMacaoIDMissing reports a holder of a 港澳居民来往内地通行证 filing
	// in 浙江省 without the Hong Kong or Macao identity card number that the
	// Zhejiang SMS form asks for (sms.id_suffix_hk_macao).
	ErrHKMacaoIDMissing = &Error{RuleIDSuffixHKMacao, rule.Text{ZH: "浙江省短信核验需填写港澳居民身份证号码", EN: "in Zhejiang the Hong Kong or Macao identity card number is needed for SMS verification"}}
	// ErrKeyTooShort reports an [Issuer] key shorter than [MinKeyLength].
	ErrKeyTooShort = &Error{"", rule.Text{ZH: "签发密钥至少应有32字节", EN: "the issuer key must have at least 32 bytes"}}
	// ErrNilStore reports an [Issuer] built without a [Store].
	ErrNilStore = &Error{"", rule.Text{ZH: "签发器需要存储", EN: "the issuer needs a store"}}
)
