package filing_test

import (
	"fmt"
	"log/slog"
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
		// The masked forms the reports show.
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

// TestMaskText checks the masking of numbers inside free text.
func TestMaskText(t *testing.T) {
	tests := []struct{ in, want string }{
		// A mobile as the local part of an e-mail address.
		{"13800138000@139.com", "138****8000@139.com"},
		// With separators: the separators stay, the digits are masked.
		{"138-0013-8000@139.com", "138-****-8000@139.com"},
		{"+86 138 0013 8000", "+86 1** **** 8000"},
		// Full-width digits and the ideographic space.
		{"１３８　００１３　８０００", "１３８　****　８０００"},
		// A resident ID ending in X: four and four kept, X included.
		{"身份证33010619900101123X。", "身份证3301**********123X。"},
		{"330106 19900101 123x", "3301** ******** 123x"},
		// Seven digits are a run; six are not.
		{"1234567", "1****67"},
		{"123456", "123456"},
		// Dots, colons and two separators in a row end a run; dates stay.
		{"47.96.10.10", "47.96.10.10"},
		{"2408:4000::1", "2408:4000::1"},
		{"须晚于2027-02-28", "须晚于2027-02-28"},
		{"138  0013 8000", "138  00** **00"},
		// Nothing to mask.
		{"", ""},
		{"example.com", "example.com"},
	}
	for _, tt := range tests {
		if got := filing.MaskText(tt.in); got != tt.want {
			t.Errorf("MaskText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := filing.MaskEmail(tt.in); got != tt.want {
			t.Errorf("MaskEmail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMaskTextProperties: for a mobile or resident ID written with any
// separator, in any width, inside any text, MaskText keeps the rune count,
// hides at least four digits, shows no full number, and masking twice
// changes nothing.
func TestMaskTextProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		number := rapid.OneOf(rapid.StringMatching(`1[3-9][0-9]{9}`), rapid.StringMatching(`[1-6][0-9]{16}[0-9X]`)).Draw(t, "number")
		sep := rapid.SampledFrom([]string{"", " ", "-", "－", "\u3000"}).Draw(t, "separator")
		var parts []string
		for i := 0; i < len(number); i += 4 {
			parts = append(parts, number[i:min(i+4, len(number))])
		}
		written := strings.Join(parts, sep)
		if rapid.Bool().Draw(t, "full-width") {
			written = strings.Map(func(r rune) rune {
				if '0' <= r && r <= '9' {
					return r - '0' + '０'
				}
				return r
			}, written)
		}
		in := rapid.StringMatching(`[a-z@.。 ]{0,5}`).Draw(t, "before") + written + rapid.StringMatching(`[a-z@.。 ]{0,5}`).Draw(t, "after")
		got := filing.MaskText(in)
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(in) {
			t.Fatalf("MaskText(%q) = %q: rune count changed", in, got)
		}
		if strings.Count(got, "*") < 4 {
			t.Fatalf("MaskText(%q) = %q hides fewer than 4 digits", in, got)
		}
		plain := strings.NewReplacer(" ", "", "-", "", "－", "", "\u3000", "").Replace(got)
		plain = strings.Map(func(r rune) rune {
			if '０' <= r && r <= '９' {
				return r - '０' + '0'
			}
			return r
		}, plain)
		if strings.Contains(plain, number) {
			t.Fatalf("MaskText(%q) = %q shows %s", in, got, number)
		}
		if again := filing.MaskText(got); again != got {
			t.Fatalf("MaskText twice: %q, then %q", got, again)
		}
	})
}

// TestParseErrorsMaskNumbers: the parsers of values that are not personal
// (domains, IPs, service numbers) and of e-mail addresses quote their input
// with phone and ID numbers masked.
func TestParseErrorsMaskNumbers(t *testing.T) {
	parsers := map[string]func(string) error{
		"Domain":        func(s string) error { _, err := filing.ParseDomain(s); return err },
		"Host":          func(s string) error { _, err := filing.ParseHost(s); return err },
		"PublicIP":      func(s string) error { _, err := filing.ParsePublicIP(s); return err },
		"ServiceNumber": func(s string) error { _, err := filing.ParseServiceNumber(s); return err },
		"Email":         func(s string) error { _, err := filing.ParseEmail(s); return err },
	}
	inputs := []string{"33010619900101123X", "13800138000", "138-0013-8000", "www.13800138000.com", "13800138000@", "a@13800138000"}
	for name, parse := range parsers {
		for _, in := range inputs {
			err := parse(in)
			if err == nil {
				continue
			}
			for _, full := range []string{"33010619900101123X", "13800138000", "0013"} {
				if strings.Contains(err.Error(), full) {
					t.Errorf("Parse%s(%q): %v shows %s", name, in, err, full)
				}
			}
		}
	}
}

// TestEmailMasked: an address whose local part is a mobile is masked by
// String, the fmt verbs and slog, and kept in full by Address and
// MarshalText.
func TestEmailMasked(t *testing.T) {
	e := filing.MustParseEmail("138-0013-8000@139.com")
	var buf strings.Builder
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "email", e)
	for _, s := range []string{e.String(), fmt.Sprintf("%v %+v %#v %s %q", e, e, e, e, e), buf.String()} {
		if strings.Contains(s, "0013") {
			t.Errorf("%s shows the number", s)
		}
	}
	if text, _ := e.MarshalText(); e.Address() != "138-0013-8000@139.com" || string(text) != e.Address() {
		t.Errorf("Address %q, MarshalText %q", e.Address(), text)
	}
}

// TestWebsitesLogGroup: slog's JSON handler prints app.Websites as nested
// groups keyed by index, principal numbers masked.
func TestWebsitesLogGroup(t *testing.T) {
	ws := filing.Websites{{Name: "某某网站", Principal: &filing.Principal{CertNumber: "330106199001011234", Mobile: "13800138000"}}}
	var buf strings.Builder
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "websites", ws)
	out := buf.String()
	for _, want := range []string{`"websites":{"0":{"name":"某某网站"`, `"cert_number":"3301**********1234"`, `"mobile":"138****8000"`} {
		if !strings.Contains(out, want) {
			t.Errorf("%s lacks %s", out, want)
		}
	}
}

// FuzzMaskText: any text, valid UTF-8 or not, is masked without a panic,
// keeps its length in runes when valid, and masking twice changes nothing.
func FuzzMaskText(f *testing.F) {
	for _, s := range []string{"13800138000@139.com", "138-0013-8000", "１３８　００１３　８０００", "33010619900101123X", "2027-02-28", "1234567-", "\xef\xbc", "12345678\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := filing.MaskText(s)
		if utf8.ValidString(s) && utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("MaskText(%q) = %q: rune count changed", s, got)
		}
		if again := filing.MaskText(got); again != got {
			t.Fatalf("MaskText twice: %q, then %q", got, again)
		}
	})
}
