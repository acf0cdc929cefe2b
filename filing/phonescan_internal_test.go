package filing

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPhoneDigitsScan checks the one tokenizer of ParseMobile and
// ParseLandline: the digit groups it finds, the '+', and its refusals.
func TestPhoneDigitsScan(t *testing.T) {
	tests := []struct {
		in     string
		parens bool
		groups []string
		plus   bool
		reason string
	}{
		// Plain digits: one group.
		{in: "13800138000", groups: []string{"13800138000"}},
		// Separators split groups; full-width digits become ASCII.
		{in: "+86 138-0013\t８０００", groups: []string{"86", "138", "0013", "8000"}, plus: true},
		// The full-width plus, hyphen and the ideographic space.
		{in: "＋86\u3000138－00138000", groups: []string{"86", "138", "00138000"}, plus: true},
		// Parentheses and dashes only for landlines.
		{in: "(0571)88888888", parens: true, groups: []string{"0571", "88888888"}},
		{in: "（0571）8888–8888—1", parens: true, groups: []string{"0571", "8888", "8888", "1"}},
		{in: "(0571)88888888", reason: "unexpected character"},
		{in: "0571–88888888", reason: "unexpected character"},
		// '+' only first, once.
		{in: "138+00138000", reason: "'+' only before the country code"},
		{in: "++86", reason: "'+' only before the country code"},
		{in: "138a", reason: "unexpected character"},
		{in: "1234567890123456789012345", reason: "too many digits"},
	}
	for _, tc := range tests {
		var g phoneDigits
		reason := g.scan(tc.in, tc.parens)
		if reason != tc.reason {
			t.Errorf("scan(%q) reason = %q, want %q", tc.in, reason, tc.reason)
			continue
		}
		if reason != "" {
			continue
		}
		var groups []string
		for i := range g.ng {
			groups = append(groups, string(g.group(i)))
		}
		if diff := cmp.Diff(tc.groups, groups); diff != "" || g.plus != tc.plus {
			t.Errorf("scan(%q) groups (-want +got):\n%s plus = %t", tc.in, diff, g.plus)
		}
	}
}
