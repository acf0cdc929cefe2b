package sms_test

import (
	"github.com/beian-go/beian/rule"

	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/beian-go/beian/sms"
	"pgregory.net/rapid"
)

func TestValidCode(t *testing.T) {
	tests := []struct {
		code string
		want bool
	}{
		{"123456", true},   // 6 digits
		{"000000", true},   // leading zeros are digits
		{"12345", false},   // too short
		{"1234567", false}, // too long
		{"12345a", false},  // a letter
		{"１２３４５６", false},  // full-width digits are not Arabic ASCII digits
		{"١٢٣٤٥٦", false},  // Arabic-Indic digits neither
		{" 12345", false},  // a space
		{"", false},        // empty
	}
	for _, tc := range tests {
		if got := sms.ValidCode(tc.code); got != tc.want {
			t.Errorf("ValidCode(%q) = %t, want %t", tc.code, got, tc.want)
		}
	}
}

func TestIsOfficialSender(t *testing.T) {
	tests := []struct {
		number string
		want   bool
	}{
		{"12381", true},              // the service number itself
		{"10612381", true},           // 106 directly followed by 12381
		{"1065502012381", true},      // a gateway number
		{"106550201238", false},      // does not end in 12381
		{"1061238", false},           // 106 and 12381 would overlap
		{"10555012381", false},       // not 106
		{"106 55012381", false},      // a space
		{"+8612381", false},          // a country code
		{"106a12381", false},         // a letter in between
		{"123810", false},            // 12381 followed by more
		{"", false},                  // empty
		{"1061061238112381", true},   // digits in between may be anything
		{"106１２３12381", false},       // full-width digits in between
		{"０１０12381", false},          // nonsense
		{"1061238112381x", false},    // trailing letter
		{"10612381\n", false},        // trailing newline
		{"10612381123812381", true},  // long
		{"106" + "12381", true},      // same as above, spelt out
		{"1062381", false},           // too short
		{"106012381", true},          // one digit between
		{"12381 ", false},            // trailing space
		{"012381", false},            // leading zero
		{"10612381" + "0", false},    // trailing digit
		{"106000000000012381", true}, // many digits
	}
	for _, tc := range tests {
		if got := sms.IsOfficialSender(tc.number); got != tc.want {
			t.Errorf("IsOfficialSender(%q) = %t, want %t", tc.number, got, tc.want)
		}
	}
}

// TestIsOfficialSenderRegexp: IsOfficialSender agrees with the pattern of
// the rule sms.sender on any input.
func TestIsOfficialSenderRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(12381|106[0-9]*12381)$`)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(
			rapid.StringMatching(`(106)?[0-9x ]{0,6}(12381)?[0-9]?`),
			rapid.String(),
		).Draw(t, "number")
		if got, want := sms.IsOfficialSender(s), re.MatchString(s); got != want {
			t.Fatalf("IsOfficialSender(%q) = %t, regexp says %t", s, got, want)
		}
	})
}

// TestValidCodeProperty: ValidCode agrees with ^[0-9]{6}$.
func TestValidCodeProperty(t *testing.T) {
	re := regexp.MustCompile(`^[0-9]{6}$`)
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.StringMatching(`[0-9a９]{5,7}`), rapid.String()).Draw(t, "code")
		if got, want := sms.ValidCode(s), re.MatchString(s); got != want {
			t.Fatalf("ValidCode(%q) = %t, regexp says %t", s, got, want)
		}
	})
}

// TestErrors walks every error of the package: rule ID, both messages, the
// package prefix, errors.Is identity.
func TestErrors(t *testing.T) {
	errs := []struct {
		err  *sms.Error
		rule string
	}{
		{sms.ErrNoPending, "sms.no_pending"},
		{sms.ErrRecordNotFound, "sms.record_not_found"},
		{sms.ErrResendLimit, "sms.resend_limit"},
		{sms.ErrExpired, "sms.verify_window"},
		{sms.ErrTooManyAttempts, "sms.attempt_limit"},
		{sms.ErrCodeFormat, "sms.code_format"},
		{sms.ErrWrongCode, ""},
		{sms.ErrIDSuffixMismatch, "sms.id_suffix"},
		{sms.ErrCertNumberMissing, "sms.id_suffix"},
		{sms.ErrHKMacaoIDMissing, "sms.id_suffix_hk_macao"},
		{sms.ErrKeyTooShort, ""},
		{sms.ErrNilStore, ""},
		{sms.ErrDuplicateTarget, ""},
		{sms.ErrCodeExpired, ""},
	}
	for i, e := range errs {
		if e.err.Rule() != e.rule {
			t.Errorf("%v: rule %q, want %q", e.err, e.err.Rule(), e.rule)
		}
		if !strings.HasPrefix(e.err.Error(), "sms: ") {
			t.Errorf("%q lacks the package prefix", e.err.Error())
		}
		en, zh := e.err.Text(rule.EN), e.err.Text(rule.ZH)
		if en == "" || zh == "" || en == zh {
			t.Errorf("%v: messages en %q zh %q", e.err, en, zh)
		}
		// An error that stands for a rule speaks with the rule's own text.
		if e.rule != "" && e.err != sms.ErrIDSuffixMismatch && e.err != sms.ErrCertNumberMissing && e.err != sms.ErrHKMacaoIDMissing {
			if d := defOf(t, e.rule); d.Text.ZH != zh || d.Text.EN != en {
				t.Errorf("%v: text %q/%q, rule's %q/%q", e.err, zh, en, d.Text.ZH, d.Text.EN)
			}
		}
		for j, f := range errs {
			if (i == j) != errors.Is(e.err, f.err) {
				t.Errorf("errors.Is(%v, %v) = %t", e.err, f.err, i != j)
			}
		}
	}
	if got := sms.ErrNoPending.Error(); got != "sms: no filing is awaiting SMS verification" {
		t.Errorf("ErrNoPending = %q", got)
	}
	if got := sms.ErrRecordNotFound.Text(rule.ZH); got != "查询不到该记录" {
		t.Errorf("ErrRecordNotFound zh = %q", got)
	}
}

// defOf returns the definition of rule id from sms.Rules.
func defOf(t *testing.T, id string) rule.Def {
	t.Helper()
	for _, d := range sms.Rules() {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no rule %s in sms.Rules", id)
	return rule.Def{}
}
