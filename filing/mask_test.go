package filing_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"pgregory.net/rapid"
)

// TestMaskTable checks the masking helpers on typical and short inputs.
func TestMaskTable(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) string
		in   string
		want string
	}{
		// The forms of the project's working agreement and WIRE.md.
		{"cert", filing.MaskCertNumber, "330106199001011234", "3301**********1234"},
		{"cert X", filing.MaskCertNumber, "11010519491231002X", "1101**********002X"},
		{"phone", filing.MaskPhone, "13800138000", "138****8000"},
		// Eight characters: 4 + 4 would hide nothing; head and tail shrink
		// in turn, head first, until four are hidden: 2 + 2.
		{"cert of 8", filing.MaskCertNumber, "H1234567", "H1****67"},
		// Nine characters: 2 + 3.
		{"cert of 9", filing.MaskCertNumber, "H12345678", "H1****678"},
		// Four characters or fewer are hidden entirely.
		{"cert of 4", filing.MaskCertNumber, "1234", "****"},
		{"phone of 3", filing.MaskPhone, "110", "***"},
		{"phone of 5", filing.MaskPhone, "12345", "****5"},
		// Nothing to hide.
		{"empty", filing.MaskCertNumber, "", ""},
		// Runes, not bytes: a Chinese name part keeps its characters whole.
		// Ten runes: 3 + 3, counted in runes.
		{"runes", filing.MaskCertNumber, "港澳一二三四五六七八", "港澳一****六七八"},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s: mask(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestMaskProperties: the same rune count, at least four (or all) runes
// hidden, the visible runes in place, and never the full input.
func TestMaskProperties(t *testing.T) {
	// Printable ASCII but '*', and the CJK block: a '*' in the output is
	// always a mask.
	noStar := &unicode.RangeTable{
		R16: []unicode.Range16{{Lo: 0x20, Hi: 0x29, Stride: 1}, {Lo: 0x2b, Hi: 0x7e, Stride: 1}, {Lo: 0x4e00, Hi: 0x9fff, Stride: 1}},
	}
	for name, mask := range map[string]func(string) string{"cert": filing.MaskCertNumber, "phone": filing.MaskPhone} {
		t.Run(name, func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				s := rapid.StringOf(rapid.RuneFrom(nil, noStar)).Draw(t, "input")
				got := mask(s)
				in, out := []rune(s), []rune(got)
				if len(in) != len(out) {
					t.Fatalf("mask(%q) = %q: %d runes, want %d", s, got, len(out), len(in))
				}
				hidden := 0
				for i := range out {
					if out[i] == '*' {
						hidden++
					} else if out[i] != in[i] {
						t.Fatalf("mask(%q) = %q: rune %d changed", s, got, i)
					}
				}
				if hidden < min(4, len(in)) {
					t.Fatalf("mask(%q) = %q hides %d runes", s, got, hidden)
				}
				// The hidden runes are one run in the middle.
				if hidden > 0 && !strings.Contains(got, strings.Repeat("*", hidden)) {
					t.Fatalf("mask(%q) = %q: hidden runes not contiguous", s, got)
				}
				if len(in) > 0 && strings.Contains(got, s) {
					t.Fatalf("mask(%q) = %q shows the full input", s, got)
				}
				if !utf8.ValidString(got) {
					t.Fatalf("mask(%q) = %q is not UTF-8", s, got)
				}
			})
		})
	}
}

// TestPrincipalEmailWithPhone: an e-mail address made of a phone number is
// masked where a principal is printed.
func TestPrincipalEmailWithPhone(t *testing.T) {
	p := filing.Principal{Name: "张三", Email: "13800138000@139.com"}
	for _, s := range []string{p.String(), fmt.Sprintf("%+v", p), p.LogValue().String()} {
		if strings.Contains(s, "13800138000") || !strings.Contains(s, "138****8000@139.com") {
			t.Errorf("printed principal %s", s)
		}
	}
	p.Email = "li.si-2024@example.com" // short digit runs stay
	if !strings.Contains(p.String(), "li.si-2024@example.com") {
		t.Errorf("printed principal %s", p.String())
	}
}

// TestLongInputErrorsMasked: an error quoting a long input is masked before
// it is clipped, so the clip never uncovers digits of the number.
func TestLongInputErrorsMasked(t *testing.T) {
	long := strings.Repeat("x", 58) + "13800138000"
	for _, parse := range []func(string) error{
		func(s string) error { _, err := filing.ParseMobile(s); return err },
		func(s string) error { _, err := filing.ParseLandline(s); return err },
	} {
		err := parse(long)
		if err == nil {
			t.Fatal("a long junk input parses")
		}
		for _, part := range []string{"001", "1380013", "138000"} {
			if strings.Contains(err.Error(), part) {
				t.Errorf("error %q shows %q", err, part)
			}
		}
	}
}
