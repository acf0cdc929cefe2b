package sms

import (
	"time"

	"github.com/beian-go/beian/filing"
)

// The rule IDs of RULES.md §8 that this package stands for. They are a public
// contract: findings, notes and errors carry them as they are. Severity and
// the user-facing texts of findings belong to the rule engine's catalog
// (package rules); the IDs are exported here so that the catalog and this
// package agree.
const (
	// RuleCodeFormat: the code is 6 Arabic digits (see [ValidCode]).
	RuleCodeFormat = "sms.code_format"
	// RuleSender: the code comes from 12381 or a 106…12381 number (see
	// [IsOfficialSender]).
	RuleSender = "sms.sender"
	// RuleWindow24h: verify within 24 hours of receipt, else the order is
	// returned to the customer (see [Window], [ErrExpired]).
	RuleWindow24h = "sms.window_24h"
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
	// change_subject and change_website (RULES.md §8 table, "note" column;
	// RULES.md gives this note no ID of its own, this one is the package's).
	RuleNewMobile = "sms.new_mobile"
	// RuleAccessMobile (advice): for an access filing, a changed mobile must
	// first be changed at the original provider, and a site that no provider
	// hosts any more (空壳) must be deregistered and filed anew as a new site.
	// A note of [Notes] for access (RULES.md §8 table, "note" column;
	// RULES.md gives this note no ID of its own, this one is the package's).
	RuleAccessMobile = "sms.access_mobile"
)

// The limits of RULES.md §8 (source: ICP备案流程(PC端) 20200921 §9; the
// attempt limit from public filing guides).
const (
	// CodeLength is the number of digits of a code (sms.code_format).
	CodeLength = 6
	// Window is how long codes stay valid after they are received
	// (sms.window_24h, order.sms_24h).
	Window = 24 * time.Hour
	// MaxResends is how many times one target's code can be resent
	// (sms.resend_limit).
	MaxResends = 2
	// MaxAttempts is how many wrong entries fail a verification
	// (sms.attempt_limit).
	MaxAttempts = 5
)

// Effective returns the first day of the SMS verification step, 2020-08-17
// (RULES.md §8): for a filing evaluated at an earlier date no code is sent.
func Effective() filing.Date { return filing.Date{Year: 2020, Month: time.August, Day: 17} }

// InEffect reports whether the SMS step applies on asOf: from
// [Effective] on, that day included. The zero Date is before it.
func InEffect(asOf filing.Date) bool { return !asOf.Before(Effective()) }

// ValidCode reports whether s has the shape of a verification code: exactly
// 6 ASCII digits 0–9 (RULES.md §8 sms.code_format). Full-width or other
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
// come from it or from an SMS gateway number 106…12381 (RULES.md §8
// sms.sender, source: ICP备案流程(PC端) 20200921 §9).
const officialSender = "12381"

// IsOfficialSender reports whether number is a sender the filing system's
// codes come from: 12381 itself or a number matching ^106\d*12381$ (RULES.md
// §8 sms.sender). The number is compared as given: no spaces, no country
// code.
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
