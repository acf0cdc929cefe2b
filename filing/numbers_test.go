package filing_test

import (
	"errors"
	"slices"
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
		kind    filing.NumberKind
		err     error
		comment string
	}{
		{"京ICP备12345678号", "京ICP备12345678号", 0, filing.NumberSubject, nil, "subject number, 8 digits (two-digit year)"},
		{"京ICP备12345678号-1", "京ICP备12345678号-1", 1, filing.NumberWebsite, nil, "website number"},
		{"粤ICP备2021012345号", "粤ICP备2021012345号", 0, filing.NumberSubject, nil, "ten digits (four-digit year)"},
		{"蜀ICP备123456号-12", "蜀ICP备123456号-12", 12, filing.NumberWebsite, nil, "six digits, ICP form of Sichuan"},
		{"川ICP备123456号", "川ICP备123456号", 0, filing.NumberSubject, nil, "common form of Sichuan kept as written"},
		{"豫ICP备1234567号", "豫ICP备1234567号", 0, filing.NumberSubject, nil, "seven digits: tolerated"},
		{"湘ICP备202301234号", "湘ICP备202301234号", 0, filing.NumberSubject, nil, "nine digits: tolerated"},
		{" 京ICP备 12345678号 - 1 ", "京ICP备12345678号-1", 1, filing.NumberWebsite, nil, "white space inside"},
		{"京\u3000ICP备１２３４５６７８号－２", "京ICP备12345678号-2", 2, filing.NumberWebsite, nil, "ideographic space, full-width digits and hyphen"},
		{"京ＩＣＰ备12345678号", "京ICP备12345678号", 0, filing.NumberSubject, nil, "full-width ICP"},
		{"京icp备12345678号", "京ICP备12345678号", 0, filing.NumberSubject, nil, "lower-case icp"},
		{"京ICP备12345678号—3", "京ICP备12345678号-3", 3, filing.NumberWebsite, nil, "em dash for the hyphen"},
		{"京ICP备1234\u200b5678号", "京ICP备12345678号", 0, filing.NumberSubject, nil, "zero-width space inside"},

		// Type letters after the sequence (app filing since 2023).
		{"京ICP备12345678号-2A", "京ICP备12345678号-2A", 2, filing.NumberApp, nil, "app"},
		{"浙ICP备2024031877号-3X", "浙ICP备2024031877号-3X", 3, filing.NumberMiniProgram, nil, "mini-program"},
		{"粤ICP备2023104455号-4K", "粤ICP备2023104455号-4K", 4, filing.NumberQuickApp, nil, "quick app"},
		{"黔ICP备2025061234号-1x", "黔ICP备2025061234号-1X", 1, filing.NumberMiniProgram, nil, "lower-case letter"},
		{"辽ICP备2023007788号 - 12 Ａ", "辽ICP备2023007788号-12A", 12, filing.NumberApp, nil, "spaces and a full-width letter"},
		{"京ICP备12345678号-2B", "", 0, 0, filing.ErrFormat, "no type letter B"},
		{"京ICP备12345678号-A", "", 0, 0, filing.ErrFormat, "a letter without sequence"},
		{"京ICP备12345678号-2AX", "", 0, 0, filing.ErrFormat, "two letters"},
		{"京ICP备12345678号A", "", 0, 0, filing.ErrFormat, "a letter after the subject number"},

		// Licence-form numbers: the licence is the subject number.
		{"粤B2-20090059-5", "粤B2-20090059-5", 5, filing.NumberWebsite, nil, "B2 licence with a sequence"},
		{"粤B2-20090191-18", "粤B2-20090191-18", 18, filing.NumberWebsite, nil, "B2 licence, two-digit sequence"},
		{"粤B2-20040295", "粤B2-20040295", 0, filing.NumberSubject, nil, "a plain B2 licence as the subject number"},
		{"粤B2-20090059-1626X", "粤B2-20090059-1626X", 1626, filing.NumberMiniProgram, nil, "B2 licence, mini-program letter"},
		{"京ICP证030173号-1", "京ICP证030173号-1", 1, filing.NumberWebsite, nil, "ICP证 licence with a sequence"},
		{"京ICP证030173号-102", "京ICP证030173号-102", 102, filing.NumberWebsite, nil, "ICP证, three-digit sequence"},
		{"京ICP证030173号", "京ICP证030173号", 0, filing.NumberSubject, nil, "a plain ICP证 licence"},
		{"浙 b2 － 20110388 － 7a", "浙B2-20110388-7A", 7, filing.NumberApp, nil, "lower case, spaces, full-width hyphens"},
		{"粤B2-2009005-5", "", 0, 0, filing.ErrFormat, "B2 with seven digits"},
		{"粤B2-20090059号-5", "", 0, 0, filing.ErrFormat, "B2 takes no 号"},
		{"京ICP证030173-1", "", 0, 0, filing.ErrFormat, "ICP证 without 号"},
		{"京ICP证03017号", "", 0, 0, filing.ErrFormat, "ICP证 with five digits"},
		{"粤B2-20090059-05", "", 0, 0, filing.ErrFormat, "leading zero in a licence sequence"},

		// Traditional characters read as simplified; String is simplified.
		{"滬ICP備13026471號-2", "沪ICP备13026471号-2", 2, filing.NumberWebsite, nil, "traditional 滬 備 號"},
		{"粵ICP備2022045871號", "粤ICP备2022045871号", 0, filing.NumberSubject, nil, "traditional 粵"},
		{"隴ICP備2024011203號-3A", "陇ICP备2024011203号-3A", 3, filing.NumberApp, nil, "traditional 隴, app letter"},
		{"雲ICP備14005566號", "云ICP备14005566号", 0, filing.NumberSubject, nil, "雲 reads 云, not 滇"},
		{"粵B2-20110388-7", "粤B2-20110388-7", 7, filing.NumberWebsite, nil, "traditional abbreviation on a licence form"},
		{"京ICP證030173號-1", "京ICP证030173号-1", 1, filing.NumberWebsite, nil, "traditional 證"},

		{"", "", 0, 0, filing.ErrEmpty, "empty"},
		{" \u3000 ", "", 0, 0, filing.ErrEmpty, "white space only"},
		{"京ICP备12345号", "", 0, 0, filing.ErrFormat, "five digits"},
		{"京ICP备12345678901号", "", 0, 0, filing.ErrFormat, "eleven digits"},
		{"京ICP备12345678", "", 0, 0, filing.ErrFormat, "no 号"},
		{"陕ICP备12000810-2号", "", 0, 0, filing.ErrFormat, "the sequence before 号"},
		{"京ICP备12345678号-0", "", 0, 0, filing.ErrFormat, "site 0"},
		{"京ICP备12345678号-01", "", 0, 0, filing.ErrFormat, "leading zero in the site"},
		{"京ICP备12345678号-", "", 0, 0, filing.ErrFormat, "hyphen without site"},
		{"京ICP备12345678号1", "", 0, 0, filing.ErrFormat, "digit after 号 without hyphen"},
		{"港ICP备12345678号", "", 0, 0, filing.ErrRegion, "not a mainland abbreviation"},
		{"臺ICP備12345678號", "", 0, 0, filing.ErrRegion, "not a mainland abbreviation, traditional"},
		{"ICP备12345678号", "", 0, 0, filing.ErrFormat, "no abbreviation"},
		{"京ICP备12345678号-123456", "", 0, 0, filing.ErrFormat, "site with six digits"},
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
		if got.String() != tt.want || got.Site() != tt.site || got.IsSubject() != (tt.site == 0) || got.Kind() != tt.kind {
			t.Errorf("%s: ParseICPNumber(%q) = %q site %d kind %v; want %q site %d kind %v", tt.comment, tt.in, got, got.Site(), got.Kind(), tt.want, tt.site, tt.kind)
		}
	}
}

func TestICPNumberAccessors(t *testing.T) {
	n := filing.MustParseICPNumber("蜀ICP备2021012345号-3")
	got := []any{n.Abbr(), n.Province(), n.Serial(), n.Site(), n.Letter(), n.Kind().String(), n.IsSubject(), n.IsLicence(), n.Subject().String()}
	want := []any{"蜀", "510000", "2021012345", 3, "", "website", false, false, "蜀ICP备2021012345号"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors mismatch (-want +got):\n%s", diff)
	}
	if _, ok := n.Licence(); ok {
		t.Error("Licence of an ICP备 number: ok")
	}
	// 川 and 蜀 name the same province: the same subject.
	if !n.SameSubject(filing.MustParseICPNumber("川ICP备2021012345号")) {
		t.Error("SameSubject across the two forms of Sichuan = false")
	}
	// Other digits are another subject.
	if n.SameSubject(filing.MustParseICPNumber("蜀ICP备2021012346号")) {
		t.Error("SameSubject with other digits = true")
	}
	// An app of the same subject is the same subject.
	if !n.SameSubject(filing.MustParseICPNumber("蜀ICP备2021012345号-4A")) {
		t.Error("SameSubject with an app number = false")
	}
	// The zero value is invalid, prints empty and belongs to no subject.
	var z filing.ICPNumber
	if z.IsValid() || z.String() != "" || z.Province() != "" || z.IsSubject() || z.SameSubject(z) || z.Kind() != filing.NumberNone || z.IsLicence() {
		t.Error("zero ICPNumber is not empty and invalid")
	}
}

// TestICPNumberLetters: each letter names its kind, and Subject drops it.
func TestICPNumberLetters(t *testing.T) {
	tests := []struct {
		in     string
		letter string
		kind   string
		app    bool
	}{
		{"冀ICP备2023015566号", "", "subject", false},
		{"冀ICP备2023015566号-1", "", "website", false},
		{"冀ICP备2023015566号-2A", "A", "app", true},
		{"冀ICP备2023015566号-3X", "X", "mini_program", true},
		{"冀ICP备2023015566号-4K", "K", "quick_app", true},
	}
	for _, tt := range tests {
		n := filing.MustParseICPNumber(tt.in)
		got := []any{n.Letter(), n.Kind().String(), n.Kind().IsApp(), n.Subject().String()}
		if diff := cmp.Diff([]any{tt.letter, tt.kind, tt.app, "冀ICP备2023015566号"}, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.in, diff)
		}
	}
	if filing.NumberNone.String() != "" || filing.NumberKind(99).String() != "" {
		t.Error("String of NumberNone or an unknown kind is not empty")
	}
}

// TestICPNumberLicenceForms: licence-form numbers know their licence, and
// the subject/site equivalence holds within a form, never across forms.
func TestICPNumberLicenceForms(t *testing.T) {
	tests := []struct {
		a, b    string
		same    bool
		comment string
	}{
		{"粤B2-20110388-5", "粤B2-20110388", true, "a site and its licence holder"},
		{"粤B2-20110388-5", "粤B2-20110388-17X", true, "two services of one holder"},
		{"京ICP证040822号-1", "京ICP证040822号-102", true, "ICP证 form"},
		{"粤B2-20110388", "粤ICP备20110388号", false, "same digits, B2 and ICP备 forms"},
		{"京ICP证040822号", "京ICP备040822号", false, "same digits, ICP证 and ICP备 forms"},
		{"粤B2-20110388", "浙B2-20110388", false, "another province"},
		{"粵B2-20110388-2", "粤B2-20110388", true, "traditional abbreviation"},
	}
	for _, tt := range tests {
		a, b := filing.MustParseICPNumber(tt.a), filing.MustParseICPNumber(tt.b)
		if got := a.SameSubject(b); got != tt.same {
			t.Errorf("%s: %v.SameSubject(%v) = %v", tt.comment, a, b, got)
		}
	}
	for _, tt := range []struct{ in, licence string }{
		{"粤B2-20110388-5", "粤B2-20110388"},
		{"京ICP证040822号-1", "京ICP证040822号"},
		{"粤B2-20110388", "粤B2-20110388"},
	} {
		n := filing.MustParseICPNumber(tt.in)
		l, ok := n.Licence()
		if !ok || !n.IsLicence() || l != filing.MustParseICPLicence(tt.licence) {
			t.Errorf("Licence of %v = %v, %v; want %s", n, l, ok, tt.licence)
		}
	}
}

// TestNumberErrorsMasked: an ID-like or phone-like digit run typed into a
// number field is not echoed in full by any parse error.
func TestNumberErrorsMasked(t *testing.T) {
	const mobile, id = "13800138000", "330106199001011234"
	errs := []error{}
	_, err := filing.ParseICPNumber("京ICP备" + mobile + "号")
	errs = append(errs, err)
	_, err = filing.ParseICPNumber(mobile)
	errs = append(errs, err)
	_, err = filing.ParseICPLicence("浙B2-" + mobile)
	errs = append(errs, err)
	_, err = filing.ParsePSBNumber("浙公网安备" + id + "号")
	errs = append(errs, err)
	_, err = filing.ParsePSBNumber(id)
	errs = append(errs, err)
	for _, m := range filing.FindICPNumbers("京ICP备" + mobile + "号") {
		errs = append(errs, m.Err)
	}
	for _, m := range filing.FindPSBNumbers("浙公网安备" + id) {
		errs = append(errs, m.Err)
	}
	if len(errs) != 7 {
		t.Fatalf("got %d errors; want 7", len(errs))
	}
	for _, err := range errs {
		if err == nil {
			t.Error("no error")
			continue
		}
		if msg := err.Error(); strings.Contains(msg, mobile) || strings.Contains(msg, id) {
			t.Errorf("error shows a personal number in full: %s", msg)
		}
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
		// Development-zone bureaus: codes under a prefecture, not GB/T 2260
		// divisions themselves.
		{"苏公网安备32059002001003号", "苏公网安备 32059002001003号", nil, "Suzhou Industrial Park (320590)"},
		{"川公网安备51019002000123号", "川公网安备 51019002000123号", nil, "Chengdu High-tech Zone (510190)"},
		{"鄂公网安备42018502000456号", "鄂公网安备 42018502000456号", nil, "a Wuhan zone (420185)"},
		{"陕公网安备61019002000789号", "陕公网安备 61019002000789号", nil, "a Xi'an zone (610190)"},
		{"陕公网安备61019702000111号", "陕公网安备 61019702000111号", nil, "a Xi'an zone (610197)"},
		{"川公网安备51015602000222号", "川公网安备 51015602000222号", nil, "a Chengdu zone (510156)"},
		{"吉公网安备22017102000333号", "吉公网安备 22017102000333号", nil, "a Changchun zone (220171)"},
		{"浙公网安备33019202000444号", "浙公网安备 33019202000444号", nil, "a Hangzhou zone (330192)"},
		{"鲁公网安备37089902000555号", "鲁公网安备 37089902000555号", nil, "a Jining zone (370899)"},
		{"京公网安备11019202000666号", "京公网安备 11019202000666号", nil, "a municipality: 1101 names the districts of Beijing"},
		{"滬公網安備 31010602001234號", "沪公网安备 31010602001234号", nil, "traditional characters"},
		{"苏公网安备32999002001003号", "", filing.ErrRegion, "no prefecture 3299 ever"},
		{"苏公网安备32009002001003号", "", filing.ErrRegion, "prefecture digits 00"},
		{"浙公网安备32059002001003号", "", filing.ErrRegion, "a Jiangsu zone under 浙"},
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
		Intended     string
	}
	tests := []struct {
		text    string
		want    []m
		comment string
	}{
		{"© 2024 某某公司 京ICP备12345678号-1 版权所有", []m{{12, 28, "京ICP备12345678号-1", "京ICP备12345678号-1", false, ""}}, "footer line"},
		{"备案号：京ICP备 1234 5678 号 - 2", []m{{4, 25, "京ICP备 1234 5678 号 - 2", "京ICP备12345678号-2", false, ""}}, "white space inside"},
		{"京ICP备案号", nil, "the word ICP备案 is no number"},
		{"京ICP备12345号", []m{{0, 11, "京ICP备12345号", "", true, ""}}, "malformed: five digits"},
		{"ICP备12345678号", []m{{0, 13, "ICP备12345678号", "", true, ""}}, "malformed: no abbreviation"},
		{"京ICP备12345678号京ICP备87654321号", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false, ""}, {14, 28, "京ICP备87654321号", "京ICP备87654321号", false, ""}}, "two in a row"},
		{"京ICP备12345678号ICP备87654321号", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false, ""}, {14, 27, "ICP备87654321号", "", true, ""}}, "the 号 of the first is not the abbreviation of the second"},
		{"粤ＩＣＰ备１２３４５６７８号", []m{{0, 14, "粤ＩＣＰ备１２３４５６７８号", "粤ICP备12345678号", false, ""}}, "full width"},
		{"京ICP备12345678号\x1e-1", []m{{0, 14, "京ICP备12345678号", "京ICP备12345678号", false, ""}}, "a separator ends the number"},

		// Type letters: the finder returns the number it saw.
		{"浙ICP备2026031826号-1A", []m{{0, 19, "浙ICP备2026031826号-1A", "浙ICP备2026031826号-1A", false, ""}}, "an app's number keeps its letter"},
		{"闽ICP备2024007711号-2x｜", []m{{0, 19, "闽ICP备2024007711号-2x", "闽ICP备2024007711号-2X", false, ""}}, "lower-case letter before a bar"},
		{"京ICP备12345678号-1B", []m{{0, 17, "京ICP备12345678号-1B", "", true, ""}}, "another letter: malformed, never a website's number"},
		{"京ICP备12345678号-1About", []m{{0, 16, "京ICP备12345678号-1", "京ICP备12345678号-1", false, ""}}, "a word glued to the sequence is no letter"},
		{"京ICP备12345678号-1 A座", []m{{0, 16, "京ICP备12345678号-1", "京ICP备12345678号-1", false, ""}}, "a letter after a space is no type letter"},

		// Licence forms.
		{"粤B2-20110388-5 粤B2-20110388", []m{{0, 14, "粤B2-20110388-5", "粤B2-20110388-5", false, ""}, {15, 27, "粤B2-20110388", "粤B2-20110388", false, ""}}, "B2 with and without sequence"},
		{"增值电信业务经营许可证：粤B2-20110388-1626X", []m{{12, 30, "粤B2-20110388-1626X", "粤B2-20110388-1626X", false, ""}}, "B2 with a letter"},
		{"京ICP证040822号-102", []m{{0, 16, "京ICP证040822号-102", "京ICP证040822号-102", false, ""}}, "ICP证 with a sequence"},
		{"型号B2-100 XB2-20110388", nil, "B2- without a province abbreviation before it"},

		// Traditional characters.
		{"滬ICP備13026471號-2", []m{{0, 16, "滬ICP備13026471號-2", "沪ICP备13026471号-2", false, ""}}, "traditional page"},
		{"京ICP證040822號", []m{{0, 12, "京ICP證040822號", "京ICP证040822号", false, ""}}, "traditional 證"},

		// Malformed but present: the number meant is given.
		{"京ICP备13087421 ©", []m{{0, 13, "京ICP备13087421", "", true, "京ICP备13087421号"}}, "no 号"},
		{"陕ICP备12004437-2号", []m{{0, 16, "陕ICP备12004437-2号", "", true, "陕ICP备12004437号-2"}}, "the sequence before 号"},
		{"陕ICP备12004437-2", []m{{0, 15, "陕ICP备12004437-2", "", true, "陕ICP备12004437号-2"}}, "a sequence and no 号"},
		{"京ICP证040822-1", []m{{0, 13, "京ICP证040822-1", "", true, "京ICP证040822号-1"}}, "ICP证 without 号"},
		{"京ICP备1308742", []m{{0, 12, "京ICP备1308742", "", true, "京ICP备1308742号"}}, "seven digits without 号"},
		{"京ICP备1308", []m{{0, 9, "京ICP备1308", "", true, ""}}, "four digits: no number meant"},
	}
	for _, tt := range tests {
		var got []m
		for _, x := range filing.FindICPNumbers(tt.text) {
			got = append(got, m{x.Start, x.End, x.Text, x.Number.String(), x.Err != nil, x.Intended.String()})
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
	if !errors.Is(got[1].Err, filing.ErrFormat) || got[1].Text != "沪公网安备 1234号" || got[1].Intended.IsValid() {
		t.Errorf("second match = %+v", got[1])
	}
	tests := []struct {
		text, found, number, intended string
		comment                       string
	}{
		{"滬公網安備 31010602001234號", "滬公網安備 31010602001234號", "沪公网安备 31010602001234号", "", "traditional page"},
		{"苏公网安备32059002001003号", "苏公网安备32059002001003号", "苏公网安备 32059002001003号", "", "development-zone bureau"},
		{"京公网安备 11010502031234 |", "京公网安备 11010502031234", "", "京公网安备 11010502031234号", "no 号: the number meant"},
		{"京公网安备 1101050203123", "京公网安备 1101050203123", "", "", "13 digits, no 号: nothing meant"},
	}
	for _, tt := range tests {
		ms := filing.FindPSBNumbers(tt.text)
		if len(ms) != 1 {
			t.Errorf("%s: %d matches", tt.comment, len(ms))
			continue
		}
		got := []string{ms[0].Text, ms[0].Number.String(), ms[0].Intended.String()}
		if diff := cmp.Diff([]string{tt.found, tt.number, tt.intended}, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.comment, diff)
		}
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
// every abbreviation, simplified and traditional: each makes a filing number
// in every form, a licence and a public-security number of that province, and
// numbers written with a traditional form print the simplified one.
func TestNumbersEveryProvince(t *testing.T) {
	for _, d := range division.Provinces() {
		simple := filing.ProvinceAbbreviations(d.Code)
		for _, a := range append(simple, filing.TraditionalAbbreviations(d.Code)...) {
			for _, form := range []string{"ICP备12345678号-1", "ICP備12345678號-2A", "B2-20110388-3", "ICP證040822號-4K"} {
				n, err := filing.ParseICPNumber(a + form)
				if err != nil || n.Province() != d.Code || !slices.Contains(simple, n.Abbr()) {
					t.Errorf("%s %s: filing number %s: %v (%s), %v", d.Code, a, form, n, n.Province(), err)
				}
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
			p, err := filing.ParsePSBNumber(a + "公網安備" + region + "02000001號")
			if err != nil || p.Province() != d.Code || p.Region() != region || !slices.Contains(simple, p.Abbr()) {
				t.Errorf("%s %s: PSB number with region %s: %v, %v", d.Code, a, region, p, err)
			}
			// The same number found in text.
			ms := filing.FindICPNumbers("备案号：" + a + "ICP備12345678號-5X｜")
			if len(ms) != 1 || ms[0].Err != nil || ms[0].Number.String() != ms[0].Number.Abbr()+"ICP备12345678号-5X" || ms[0].Number.Province() != d.Code {
				t.Errorf("%s %s: FindICPNumbers = %+v", d.Code, a, ms)
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

// traditionalForms pairs each simplified abbreviation with its traditional
// form where traditional Chinese writes it differently, transcribed
// independently of the package table (TestTraditionalAbbreviationTable
// compares them).
var traditionalForms = map[string]string{
	"晋": "晉", "辽": "遼", "沪": "滬", "苏": "蘇", "闽": "閩", "赣": "贛", "鲁": "魯",
	"粤": "粵", "琼": "瓊", "贵": "貴", "云": "雲", "陕": "陝", "陇": "隴", "宁": "寧",
}

// traditional returns traditionalForms.
func traditional() map[string]string { return traditionalForms }

// drawICP draws a valid filing number in canonical form, in any of the
// three forms, with or without sequence and type letter.
func drawICP(t *rapid.T) string {
	a := rapid.SampledFrom(abbreviations()).Draw(t, "abbr")
	var s string
	switch rapid.IntRange(0, 2).Draw(t, "form") {
	case 0:
		s = a + "ICP备" + rapid.StringMatching(`[0-9]{6,10}`).Draw(t, "serial") + "号"
	case 1:
		s = a + "B2-" + rapid.StringMatching(`[0-9]{8}`).Draw(t, "serial")
	default:
		s = a + "ICP证" + rapid.StringMatching(`[0-9]{6}`).Draw(t, "serial") + "号"
	}
	if site := rapid.IntRange(0, 3000).Draw(t, "site"); site > 0 {
		s += "-" + strconv.Itoa(site) + rapid.SampledFrom([]string{"", "A", "X", "K"}).Draw(t, "letter")
	}
	return s
}

// traditionalise writes s as a traditional-Chinese page does: the
// abbreviation and 备 号 证 网 in their traditional forms, each with some
// chance.
func traditionalise(t *rapid.T, s string) string {
	tr := traditional()
	var b strings.Builder
	for i, c := range s {
		if rapid.Bool().Draw(t, "trad"+strconv.Itoa(i)) {
			switch c {
			case '备':
				c = '備'
			case '号':
				c = '號'
			case '证':
				c = '證'
			case '网':
				c = '網'
			default:
				if r, ok := tr[string(c)]; ok {
					b.WriteString(r)
					continue
				}
			}
		}
		b.WriteRune(c)
	}
	return b.String()
}

// scramble inserts white space between runes and widens some ASCII
// characters to their full-width forms, as hand-written numbers do. A type
// letter stays next to its sequence: in free text, the finders read a letter
// after a space as a word of its own.
func scramble(t *rapid.T, s string) string {
	var b strings.Builder
	prev := rune(0)
	for i, c := range s {
		letter := 'A' <= c && c <= 'Z' && isDigitRune(prev)
		prev = c
		if !letter && rapid.Bool().Draw(t, "space"+strconv.Itoa(i)) {
			b.WriteString(rapid.SampledFrom([]string{" ", "\u3000", "\t", "\n"}).Draw(t, "ws"+strconv.Itoa(i)))
		}
		if c > ' ' && c < 0x7f && rapid.Bool().Draw(t, "wide"+strconv.Itoa(i)) {
			c += 0xFF01 - '!'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// isDigitRune reports whether c is an ASCII digit.
func isDigitRune(c rune) bool { return '0' <= c && c <= '9' }

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
		w := scramble(t, traditionalise(t, s))
		n2, err := filing.ParseICPNumber(w)
		if err != nil || n2 != n {
			t.Fatalf("ParseICPNumber(%q) = %v, %v; want %v", w, n2, err, n)
		}
		// Normalising twice changes nothing.
		if n3 := filing.MustParseICPNumber(n2.String()); n3 != n2 || n3.String() != n2.String() {
			t.Fatalf("second normalisation of %q: %v", w, n3)
		}
		if sub := n.Subject(); !sub.IsSubject() || !sub.SameSubject(n) || !strings.HasPrefix(s, sub.String()) || sub.Letter() != "" {
			t.Fatalf("Subject(%v) = %v", n, sub)
		}
		if (n.Letter() != "") != n.Kind().IsApp() || (n.Site() == 0) != (n.Kind() == filing.NumberSubject) {
			t.Fatalf("kind %v of %v disagrees with letter %q and site %d", n.Kind(), n, n.Letter(), n.Site())
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

// TestPSBDevelopmentZones: a bureau code under any prefecture-level
// division that ever existed parses, whatever its last two digits, under the
// abbreviation of its province.
func TestPSBDevelopmentZones(t *testing.T) {
	var prefectures []string
	for _, d := range division.All() {
		if d.Level == division.Prefecture {
			prefectures = append(prefectures, d.Code)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.SampledFrom(prefectures).Draw(t, "prefecture")
		abbrs := filing.ProvinceAbbreviations(p[:2] + "0000")
		if abbrs == nil {
			t.Skip("not a mainland province")
		}
		a := rapid.SampledFrom(abbrs).Draw(t, "abbr")
		region := p[:4] + rapid.StringMatching(`[0-9]{2}`).Draw(t, "bureau")
		s := a + "公网安备 " + region + rapid.StringMatching(`[0-9]{8}`).Draw(t, "rest") + "号"
		n, err := filing.ParsePSBNumber(s)
		if err != nil || n.String() != s || n.Region() != region {
			t.Fatalf("ParsePSBNumber(%q) = %v, %v", s, n, err)
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
