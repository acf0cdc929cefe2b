package filing_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
)

func TestParseICPNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    string // canonical form; "" when an error is expected
		site    int
		err     error
		comment string
	}{
		{"京ICP备12345678号", "京ICP备12345678号", 0, nil, "subject number"},
		{"京ICP备12345678号-1", "京ICP备12345678号-1", 1, nil, "website number"},
		{"粤ICP备2021012345号", "粤ICP备2021012345号", 0, nil, "ten digits"},
		{"蜀ICP备123456号-12", "蜀ICP备123456号-12", 12, nil, "six digits, ICP form of Sichuan"},
		{"川ICP备123456号", "川ICP备123456号", 0, nil, "common form of Sichuan kept as written"},
		{" 京ICP备 12345678号 - 1 ", "京ICP备12345678号-1", 1, nil, "white space inside"},
		{"京\u3000ICP备１２３４５６７８号－２", "京ICP备12345678号-2", 2, nil, "ideographic space, full-width digits and hyphen"},
		{"京ＩＣＰ备12345678号", "京ICP备12345678号", 0, nil, "full-width ICP"},
		{"京icp备12345678号", "京ICP备12345678号", 0, nil, "lower-case icp"},
		{"京ICP备12345678号—3", "京ICP备12345678号-3", 3, nil, "em dash for the hyphen"},
		{"京ICP备1234\u200b5678号", "京ICP备12345678号", 0, nil, "zero-width space inside"},
		{"", "", 0, filing.ErrEmpty, "empty"},
		{" \u3000 ", "", 0, filing.ErrEmpty, "white space only"},
		{"京ICP备12345号", "", 0, filing.ErrFormat, "five digits"},
		{"京ICP备12345678901号", "", 0, filing.ErrFormat, "eleven digits"},
		{"京ICP备12345678", "", 0, filing.ErrFormat, "no 号"},
		{"京ICP备12345678号-0", "", 0, filing.ErrFormat, "site 0"},
		{"京ICP备12345678号-01", "", 0, filing.ErrFormat, "leading zero in the site"},
		{"京ICP备12345678号-", "", 0, filing.ErrFormat, "hyphen without site"},
		{"京ICP备12345678号1", "", 0, filing.ErrFormat, "digit after 号 without hyphen"},
		{"京ICP证123456号", "", 0, filing.ErrFormat, "a licence, not a filing number"},
		{"港ICP备12345678号", "", 0, filing.ErrRegion, "not a mainland abbreviation"},
		{"ICP备12345678号", "", 0, filing.ErrFormat, "no abbreviation"},
		{"京ICP备12345678号-123456", "", 0, filing.ErrFormat, "site with six digits"},
	}
	for _, tt := range tests {
		got, err := filing.ParseICPNumber(tt.in)
		if tt.err != nil {
			var pe *filing.ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "ICPNumber" {
				t.Errorf("%s: ParseICPNumber(%q) error = %v; want *ParseError wrapping %v", tt.comment, tt.in, err, tt.err)
			}
			if got.IsValid() {
				t.Errorf("%s: ParseICPNumber(%q) returned valid %v with an error", tt.comment, tt.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: ParseICPNumber(%q): %v", tt.comment, tt.in, err)
			continue
		}
		if got.String() != tt.want || got.Site() != tt.site || got.IsSubject() != (tt.site == 0) {
			t.Errorf("%s: ParseICPNumber(%q) = %q site %d; want %q site %d", tt.comment, tt.in, got, got.Site(), tt.want, tt.site)
		}
	}
}

func TestICPNumberAccessors(t *testing.T) {
	n := filing.MustParseICPNumber("蜀ICP备2021012345号-3")
	got := []any{n.Abbr(), n.Province(), n.Serial(), n.Site(), n.IsSubject(), n.Subject().String()}
	want := []any{"蜀", "510000", "2021012345", 3, false, "蜀ICP备2021012345号"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors mismatch (-want +got):\n%s", diff)
	}
	// 川 and 蜀 name the same province: the same subject.
	if !n.SameSubject(filing.MustParseICPNumber("川ICP备2021012345号")) {
		t.Error("SameSubject across the two forms of Sichuan = false")
	}
	// Other digits are another subject.
	if n.SameSubject(filing.MustParseICPNumber("蜀ICP备2021012346号")) {
		t.Error("SameSubject with other digits = true")
	}
	// The zero value is invalid, prints empty and belongs to no subject.
	var z filing.ICPNumber
	if z.IsValid() || z.String() != "" || z.Province() != "" || z.IsSubject() || z.SameSubject(z) {
		t.Error("zero ICPNumber is not empty and invalid")
	}
}

func TestParseICPLicence(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		b2      bool
		err     error
		comment string
	}{
		{"浙B2-20080101", "浙B2-20080101", true, nil, "B2 form"},
		{"京ICP证000001号", "京ICP证000001号", false, nil, "ICP证 form"},
		{"浙 b2 － 20080101", "浙B2-20080101", true, nil, "lower-case b, spaces, full-width hyphen"},
		{"京ICP证 000001 号", "京ICP证000001号", false, nil, "spaces inside"},
		{"", "", false, filing.ErrEmpty, "empty"},
		{"浙B2-2008010", "", false, filing.ErrFormat, "seven digits"},
		{"浙B2-200801011", "", false, filing.ErrFormat, "nine digits"},
		{"浙B1-20080101", "", false, filing.ErrFormat, "category B1"},
		{"京ICP证00001号", "", false, filing.ErrFormat, "five digits"},
		{"京ICP证000001", "", false, filing.ErrFormat, "no 号"},
		{"京ICP备12345678号", "", false, filing.ErrFormat, "a filing number, not a licence"},
		{"台B2-20080101", "", false, filing.ErrRegion, "not a mainland abbreviation"},
	}
	for _, tt := range tests {
		got, err := filing.ParseICPLicence(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: ParseICPLicence(%q) error = %v; want %v", tt.comment, tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got.String() != tt.want || got.IsB2() != tt.b2 {
			t.Errorf("%s: ParseICPLicence(%q) = %q (B2 %v), %v; want %q (B2 %v)", tt.comment, tt.in, got, got.IsB2(), err, tt.want, tt.b2)
		}
	}
	l := filing.MustParseICPLicence("浙B2-20080101")
	if l.Province() != "330000" || l.Abbr() != "浙" || l.Serial() != "20080101" {
		t.Errorf("accessors of %v: %q %q %q", l, l.Province(), l.Abbr(), l.Serial())
	}
}

func TestParsePSBNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		err     error
		comment string
	}{
		{"京公网安备 11010502030143号", "京公网安备 11010502030143号", nil, "canonical, Chaoyang district of Beijing"},
		{"京公网安备11010502030143号", "京公网安备 11010502030143号", nil, "space optional"},
		{"浙公网安备　33010602000001号", "浙公网安备 33010602000001号", nil, "ideographic space, Xihu district of Hangzhou"},
		{"川公网安备 51010402000001号", "川公网安备 51010402000001号", nil, "Sichuan's common form"},
		{"", "", filing.ErrEmpty, "empty"},
		{"京公网安备 1101050203014号", "", filing.ErrFormat, "13 digits"},
		{"京公网安备 110105020301431号", "", filing.ErrFormat, "15 digits"},
		{"京公网安备 11010502030143", "", filing.ErrFormat, "no 号"},
		{"京公安备 11010502030143号", "", filing.ErrFormat, "公安备 instead of 公网安备"},
		{"京公网安备 31010502030143号", "", filing.ErrRegion, "a Shanghai region under 京"},
		{"京公网安备 11990002030143号", "", filing.ErrRegion, "a region code never used"},
		{"港公网安备 11010502030143号", "", filing.ErrRegion, "not a mainland abbreviation"},
	}
	for _, tt := range tests {
		got, err := filing.ParsePSBNumber(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: ParsePSBNumber(%q) error = %v; want %v", tt.comment, tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("%s: ParsePSBNumber(%q) = %q, %v; want %q", tt.comment, tt.in, got, err, tt.want)
		}
	}
	p := filing.MustParsePSBNumber("京公网安备 11010502030143号")
	got := []string{p.Abbr(), p.Province(), p.Serial(), p.Region()}
	if diff := cmp.Diff([]string{"京", "110000", "11010502030143", "110105"}, got); diff != "" {
		t.Errorf("PSBNumber accessors mismatch (-want +got):\n%s", diff)
	}
}

func TestFindICPNumbers(t *testing.T) {
	type m struct {
		Start, End   int
		Text, Number string
		Err          bool
	}
	tests := []struct {
		text    string
		want    []m
		comment string
	}{
		{"© 2024 某某公司 京ICP备12345678号-1 版权所有", []m{{12, 28, "京ICP备12345678号-1", "京ICP备12345678号-1", false}}, "footer line"},
		{"备案号：京ICP备 1234 5678 号 - 2", []m{{4, 25, "京ICP备 1234 5678 号 - 2", "京ICP备12345678号-2", false}}, "white space inside"},
		{"京ICP备案号", nil, "the word ICP备案 is no number"},
		{"京ICP备12345号", []m{{0, 11, "京ICP备12345号", "", true}}, "malformed: five digits"},
		{"ICP备12345678号", []m{{0, 13, "ICP备12345678号", "", true}}, "malformed: no abbreviation"},
		{"京ICP备12345678号京ICP备87654321号", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false}, {14, 28, "京ICP备87654321号", "京ICP备87654321号", false}}, "two in a row"},
		{"京ICP备12345678号ICP备87654321号", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false}, {14, 27, "ICP备87654321号", "", true}}, "the 号 of the first is not the abbreviation of the second"},
		{"粤ＩＣＰ备１２３４５６７８号", []m{{0, 14, "粤ＩＣＰ备１２３４５６７８号", "粤ICP备12345678号", false}}, "full width"},
		{"京ICP证123456号", nil, "licences are not filing numbers"},
		{"京ICP备12345678号\x1e-1", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false}}, "a separator ends the number"},
	}
	for _, tt := range tests {
		var got []m
		for _, x := range filing.FindICPNumbers(tt.text) {
			got = append(got, m{x.Start, x.End, x.Text, x.Number.String(), x.Err != nil})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: FindICPNumbers(%q) mismatch (-want +got):\n%s", tt.comment, tt.text, diff)
		}
	}
}

func TestFindPSBNumbers(t *testing.T) {
	text := "京公网安备 11010502030143号 | 沪公网安备 1234号"
	got := filing.FindPSBNumbers(text)
	if len(got) != 2 {
		t.Fatalf("FindPSBNumbers(%q) found %d; want 2", text, len(got))
	}
	// The first is well-formed and its offsets cut it out of the text.
	if got[0].Number.String() != "京公网安备 11010502030143号" || string([]rune(text)[got[0].Start:got[0].End]) != got[0].Text {
		t.Errorf("first match = %+v", got[0])
	}
	// The second has 4 digits: a malformed candidate.
	if !errors.Is(got[1].Err, filing.ErrFormat) || got[1].Text != "沪公网安备 1234号" {
		t.Errorf("second match = %+v", got[1])
	}
}

// TestTextRoundTrip checks MarshalText/UnmarshalText, including the zero
// value as empty text.
func TestTextRoundTrip(t *testing.T) {
	n := filing.MustParseICPNumber("京ICP备12345678号-1")
	b, _ := n.MarshalText()
	var n2 filing.ICPNumber
	if err := n2.UnmarshalText(b); err != nil || n2 != n {
		t.Errorf("ICPNumber text round trip: %v, %v", n2, err)
	}
	if err := n2.UnmarshalText(nil); err != nil || n2.IsValid() {
		t.Errorf("ICPNumber empty text: %v, %v", n2, err)
	}
	if err := n2.UnmarshalText([]byte("京ICP备1号")); !errors.Is(err, filing.ErrFormat) {
		t.Errorf("ICPNumber bad text error = %v", err)
	}
	l := filing.MustParseICPLicence("京ICP证000001号")
	b, _ = l.MarshalText()
	var l2 filing.ICPLicence
	if err := l2.UnmarshalText(b); err != nil || l2 != l {
		t.Errorf("ICPLicence text round trip: %v, %v", l2, err)
	}
	p := filing.MustParsePSBNumber("京公网安备 11010502030143号")
	b, _ = p.MarshalText()
	var p2 filing.PSBNumber
	if err := p2.UnmarshalText(b); err != nil || p2 != p {
		t.Errorf("PSBNumber text round trip: %v, %v", p2, err)
	}
}

// TestNumbersEveryProvince walks every province of the abbreviation table and
// every abbreviation: each makes a filing number, a licence and a
// public-security number of that province.
func TestNumbersEveryProvince(t *testing.T) {
	for _, d := range division.Provinces() {
		for _, a := range filing.ProvinceAbbreviations(d.Code) {
			n, err := filing.ParseICPNumber(a + "ICP备12345678号-1")
			if err != nil || n.Province() != d.Code {
				t.Errorf("%s %s: ICP number: %v, %v", d.Code, a, n.Province(), err)
			}
			l, err := filing.ParseICPLicence(a + "B2-20080101")
			if err != nil || l.Province() != d.Code {
				t.Errorf("%s %s: licence: %v, %v", d.Code, a, l.Province(), err)
			}
			// Some current county of the province as the region.
			region := ""
			for _, c := range division.Children(d.Code) {
				if kids := division.Children(c.Code); len(kids) > 0 {
					region = kids[0].Code
					break
				}
			}
			if region == "" {
				region = d.Code
			}
			p, err := filing.ParsePSBNumber(a + "公网安备" + region + "02000001号")
			if err != nil || p.Province() != d.Code || p.Region() != region {
				t.Errorf("%s %s: PSB number with region %s: %v, %v", d.Code, a, region, p, err)
			}
		}
	}
}

// abbreviations lists every abbreviation of the table, in province order.
func abbreviations() []string {
	var out []string
	for _, d := range division.Provinces() {
		out = append(out, filing.ProvinceAbbreviations(d.Code)...)
	}
	return out
}

// drawICP draws a valid ICP filing number in canonical form.
func drawICP(t *rapid.T) string {
	a := rapid.SampledFrom(abbreviations()).Draw(t, "abbr")
	serial := rapid.StringMatching(`[0-9]{6,10}`).Draw(t, "serial")
	s := a + "ICP备" + serial + "号"
	if site := rapid.IntRange(0, 300).Draw(t, "site"); site > 0 {
		s += "-" + strconv.Itoa(site)
	}
	return s
}

// scramble inserts white space between runes and widens some ASCII
// characters to their full-width forms, as hand-written numbers do.
func scramble(t *rapid.T, s string) string {
	var b strings.Builder
	for i, c := range s {
		if rapid.Bool().Draw(t, "space"+strconv.Itoa(i)) {
			b.WriteString(rapid.SampledFrom([]string{" ", "\u3000", "\t", "\n"}).Draw(t, "ws"+strconv.Itoa(i)))
		}
		if c > ' ' && c < 0x7f && rapid.Bool().Draw(t, "wide"+strconv.Itoa(i)) {
			c += 0xFF01 - '!'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// TestICPNumberProperties: canonical numbers parse to themselves; scrambled
// writings parse to the same value; Subject drops only the suffix; the finder
// finds the number inside other text.
func TestICPNumberProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := drawICP(t)
		n, err := filing.ParseICPNumber(s)
		if err != nil {
			t.Fatalf("ParseICPNumber(%q): %v", s, err)
		}
		if n.String() != s {
			t.Fatalf("String() = %q; want %q", n.String(), s)
		}
		w := scramble(t, s)
		n2, err := filing.ParseICPNumber(w)
		if err != nil || n2 != n {
			t.Fatalf("ParseICPNumber(%q) = %v, %v; want %v", w, n2, err, n)
		}
		if sub := n.Subject(); !sub.IsSubject() || !sub.SameSubject(n) || !strings.HasPrefix(s, sub.String()) {
			t.Fatalf("Subject(%v) = %v", n, sub)
		}
		prefix := rapid.StringMatching(`[a-z©版权所有 ]{0,8}`).Draw(t, "prefix")
		suffix := rapid.StringMatching(`[ |a-z]{0,8}`).Draw(t, "suffix")
		ms := filing.FindICPNumbers(prefix + "\x1e" + w + "\x1e" + suffix)
		// The match leaves out the white space around the number.
		trimmed := strings.TrimSpace(w)
		start := len([]rune(prefix)) + 1 + len([]rune(w)) - len([]rune(strings.TrimLeftFunc(w, unicode.IsSpace)))
		if len(ms) != 1 || ms[0].Number != n || ms[0].Text != trimmed || ms[0].Start != start {
			t.Fatalf("FindICPNumbers around %q = %+v", w, ms)
		}
	})
}

// TestPSBNumberProperties: numbers built from any division code of a
// province under that province's abbreviation round-trip; under another
// province's abbreviation they fail with ErrRegion.
func TestPSBNumberProperties(t *testing.T) {
	all := division.All()
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.SampledFrom(all).Draw(t, "division")
		abbrs := filing.ProvinceAbbreviations(d.Code[:2] + "0000")
		if abbrs == nil {
			t.Skip("not a mainland province")
		}
		a := rapid.SampledFrom(abbrs).Draw(t, "abbr")
		s := a + "公网安备 " + d.Code + rapid.StringMatching(`[0-9]{8}`).Draw(t, "rest") + "号"
		p, err := filing.ParsePSBNumber(s)
		if err != nil || p.String() != s {
			t.Fatalf("ParsePSBNumber(%q) = %v, %v", s, p, err)
		}
		other := rapid.SampledFrom(abbreviations()).Draw(t, "other")
		if code, _ := filing.ProvinceOfAbbreviation(other); code[:2] != d.Code[:2] {
			_, err := filing.ParsePSBNumber(other + strings.TrimPrefix(s, a))
			if !errors.Is(err, filing.ErrRegion) {
				t.Fatalf("%s under %s: error %v; want ErrRegion", d.Code, other, err)
			}
		}
	})
}

// TestICPLicenceProperties: both forms round-trip through String.
func TestICPLicenceProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.SampledFrom(abbreviations()).Draw(t, "abbr")
		var s string
		if rapid.Bool().Draw(t, "b2") {
			s = a + "B2-" + rapid.StringMatching(`[0-9]{8}`).Draw(t, "digits8")
		} else {
			s = a + "ICP证" + rapid.StringMatching(`[0-9]{6}`).Draw(t, "digits6") + "号"
		}
		l, err := filing.ParseICPLicence(scramble(t, s))
		if err != nil || l.String() != s {
			t.Fatalf("ParseICPLicence(%q) = %v, %v", s, l, err)
		}
	})
}
