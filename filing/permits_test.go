package filing_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// certRefHKIDCheck computes the check character of a Hong Kong identity card
// body (1 or 2 letters, 6 digits) by the public rule: pad to 8 characters
// with a leading space valued 36, letters A=10 … Z=35, weights 9 down to 2,
// check value (11 − sum mod 11) mod 11, 10 written A.
func certRefHKIDCheck(body string) byte {
	if len(body) == 7 {
		body = " " + body
	}
	sum := 0
	for i := range 8 {
		var v int
		switch c := body[i]; {
		case c == ' ':
			v = 36
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		default:
			v = int(c - '0')
		}
		sum += v * (9 - i)
	}
	c := (11 - sum%11) % 11
	if c == 10 {
		return 'A'
	}
	return byte('0' + c)
}

// certParsed is the outcome of one parse in the tables below: the full
// value or the sentinel name prefixed with "!".
func certParsed(number string, err error) string {
	if err != nil {
		return "!" + certSentinel(err)
	}
	return number
}

// certParseAny parses s as the named type and returns its full value, its
// masked display and the error.
func certParseAny(typ, s string) (number, display string, err error) {
	switch typ {
	case "HKMacaoPermit":
		v, err := filing.ParseHKMacaoPermit(s)
		return v.Number(), v.String(), err
	case "TaiwanPermit":
		v, err := filing.ParseTaiwanPermit(s)
		return v.Number(), v.String(), err
	case "Passport":
		v, err := filing.ParsePassport(s)
		return v.Number(), v.String(), err
	case "HKID":
		v, err := filing.ParseHKID(s)
		return v.Number(), v.String(), err
	case "MacaoID":
		v, err := filing.ParseMacaoID(s)
		return v.Number(), v.String(), err
	case "ForeignerPermanentID":
		v, err := filing.ParseForeignerPermanentID(s)
		return v.Number(), v.String(), err
	}
	panic("unknown type " + typ)
}

// certFPID builds a permanent residence ID number with the reference check
// character: 9, province, nationality, birth date, sequence.
func certFPID(province, nationality, birth, seq string) string {
	return certWithCheck("9" + province + nationality + birth + seq)
}

// certFPIDWithX returns a valid permanent residence ID number whose check
// character is X, found by stepping the sequence number.
func certFPIDWithX() string {
	for seq := 0; seq < 1000; seq++ {
		s := certFPID("11", "840", "19800101", fmt.Sprintf("%03d", seq))
		if s[17] == 'X' {
			return s
		}
	}
	return ""
}

func TestParsePermitsTable(t *testing.T) {
	tests := []struct {
		typ, in string
		want    string // full value, or "!" and the sentinel name
	}{
		// Hong Kong resident, 8 digits.
		{"HKMacaoPermit", "H12345678", "H12345678"},
		// Macao resident, 10 digits.
		{"HKMacaoPermit", "M1234567890", "M1234567890"},
		// A lower-case prefix is made upper-case.
		{"HKMacaoPermit", " h12345678 ", "H12345678"},
		// 7 digits.
		{"HKMacaoPermit", "H1234567", "!ErrFormat"},
		// 9 digits.
		{"HKMacaoPermit", "H123456789", "!ErrFormat"},
		// Another prefix letter.
		{"HKMacaoPermit", "C12345678", "!ErrFormat"},
		// A letter among the digits.
		{"HKMacaoPermit", "H1234A678", "!ErrFormat"},
		// Nothing.
		{"HKMacaoPermit", "", "!ErrEmpty"},

		// A card number: 8 digits.
		{"TaiwanPermit", "12345678", "12345678"},
		// An older booklet number: 10 characters with a letter.
		{"TaiwanPermit", "123456789B", "123456789B"},
		// Lower-case letters are made upper-case.
		{"TaiwanPermit", "a123456789", "A123456789"},
		// Ten digits without a letter are not a permit number.
		{"TaiwanPermit", "1234567890", "!ErrFormat"},
		// Seven digits.
		{"TaiwanPermit", "1234567", "!ErrFormat"},
		// Eight characters with a letter.
		{"TaiwanPermit", "1234567A", "!ErrFormat"},
		// Parentheses are not part of the number.
		{"TaiwanPermit", "12345678(B)", "!ErrFormat"},

		// A typical passport number.
		{"Passport", "E12345678", "E12345678"},
		// Lower case is made upper-case.
		{"Passport", "g1234567", "G1234567"},
		// Five characters, the minimum.
		{"Passport", "AB123", "AB123"},
		// Seventeen characters, the maximum.
		{"Passport", "ABCDEFGH123456789", "ABCDEFGH123456789"},
		// Four characters.
		{"Passport", "A123", "!ErrFormat"},
		// Eighteen characters.
		{"Passport", "ABCDEFGH1234567890", "!ErrFormat"},
		// An inner space.
		{"Passport", "E1234 5678", "!ErrFormat"},
		// A hyphen.
		{"Passport", "E-1234567", "!ErrFormat"},
		// Non-ASCII letters.
		{"Passport", "É12345678", "!ErrFormat"},

		// The usual public example: space 36·9 + A 10·8 + 1·7 + 2·6 + 3·5 +
		// 4·4 + 5·3 + 6·2 = 481, 481 mod 11 = 8, 11 − 8 = 3.
		{"HKID", "A123456(3)", "A123456(3)"},
		// Full-width parentheses.
		{"HKID", "A123456（3）", "A123456(3)"},
		// No parentheses.
		{"HKID", "A1234563", "A123456(3)"},
		// Lower-case letter.
		{"HKID", "a123456(3)", "A123456(3)"},
		// Space 324 + G 16·8 + 77 = 529, 529 mod 11 = 1, 11 − 1 = 10 → A.
		{"HKID", "G123456(A)", "G123456(A)"},
		// A lower-case check letter.
		{"HKID", "G123456(a)", "G123456(A)"},
		// Two letters, check computed by the reference.
		{"HKID", "AB987654(" + string(certRefHKIDCheck("AB987654")) + ")", "AB987654(" + string(certRefHKIDCheck("AB987654")) + ")"},
		// Wrong check digit.
		{"HKID", "A123456(4)", "!ErrChecksum"},
		// Five digits.
		{"HKID", "A12345(3)", "!ErrFormat"},
		// Three letters.
		{"HKID", "ABC123456(3)", "!ErrFormat"},
		// An unclosed parenthesis.
		{"HKID", "A123456(3", "!ErrFormat"},
		// A check character other than a digit or A.
		{"HKID", "A123456(B)", "!ErrFormat"},
		// Digits only.
		{"HKID", "1234567(8)", "!ErrFormat"},
		// Nothing.
		{"HKID", "()", "!ErrFormat"},

		// A Macao identity card number.
		{"MacaoID", "1234567(8)", "1234567(8)"},
		// Leading 5, full-width parentheses.
		{"MacaoID", "5215299（8）", "5215299(8)"},
		// Leading 7, no parentheses.
		{"MacaoID", "71234568", "7123456(8)"},
		// Leading 2 is not issued.
		{"MacaoID", "2234567(8)", "!ErrFormat"},
		// A letter as check character.
		{"MacaoID", "1234567(A)", "!ErrFormat"},
		// Five digits after the first.
		{"MacaoID", "123456(8)", "!ErrFormat"},

		// Beijing, nationality 840, born 1980-01-01, sequence 001.
		{"ForeignerPermanentID", certFPID("11", "840", "19800101", "001"), certFPID("11", "840", "19800101", "001")},
		// A check character X.
		{"ForeignerPermanentID", certFPIDWithX(), certFPIDWithX()},
		// The same in lower case is reported, not fixed.
		{"ForeignerPermanentID", certFPIDWithX()[:17] + "x", "!ErrLowercaseX"},
		// A check character that is neither a digit nor X.
		{"ForeignerPermanentID", certFPID("11", "840", "19800101", "001")[:17] + "Y", "!ErrFormat"},
		// A wrong check character.
		{"ForeignerPermanentID", func() string {
			s := certFPID("11", "840", "19800101", "001")
			if s[17] == '0' {
				return s[:17] + "1"
			}
			return s[:17] + "0"
		}(), "!ErrChecksum"},
		// A resident ID number does not start with 9.
		{"ForeignerPermanentID", "11010519491231002X", "!ErrFormat"},
		// The older 15-character form is not accepted.
		{"ForeignerPermanentID", "USA110080010101", "!ErrFormat"},
		// Born 1980-02-30.
		{"ForeignerPermanentID", certFPID("11", "840", "19800230", "001"), "!ErrBirthDate"},
		// Born 1899.
		{"ForeignerPermanentID", certFPID("11", "840", "18991231", "001"), "!ErrBirthDate"},
	}
	for _, tt := range tests {
		t.Run(tt.typ+"/"+tt.in, func(t *testing.T) {
			number, display, err := certParseAny(tt.typ, tt.in)
			if diff := cmp.Diff(tt.want, certParsed(number, err)); diff != "" {
				t.Fatalf("Parse%s(%q) (-want +got):\n%s", tt.typ, tt.in, diff)
			}
			if err != nil {
				var pe *filing.ParseError
				if !errors.As(err, &pe) || pe.Type != tt.typ || number != "" {
					t.Errorf("error %v: want a %s *ParseError and the zero value", err, tt.typ)
				}
				if len(tt.in) >= 8 && strings.Contains(err.Error(), tt.in) {
					t.Errorf("error %q shows the full input", err)
				}
				return
			}
			if strings.Contains(display, number) || display != filing.MaskCertNumber(number) {
				t.Errorf("String %q of %q is not the masked number", display, number)
			}
			// Normalising twice changes nothing.
			again, _, err := certParseAny(tt.typ, number)
			if err != nil || again != number {
				t.Errorf("re-parse of %q: %q %v", number, again, err)
			}
		})
	}
}

func TestPermitAccessors(t *testing.T) {
	type acc struct {
		HKMacao, HK, ZeroMacao   bool
		HKSMS, MacaoSMS, ZeroSMS string
		Province, Nationality    string
		Y                        int
		M                        time.Month
		D                        int
	}
	fp := filing.MustParseForeignerPermanentID(certFPID("31", "276", "19751130", "123"))
	y, m, d := fp.Birth()
	got := acc{
		filing.MustParseHKMacaoPermit("M12345678").Macao(), filing.MustParseHKMacaoPermit("H12345678").Macao(),
		filing.HKMacaoPermit{}.Macao(),
		filing.MustParseHKID("A123456(3)").SMSSuffix(), filing.MustParseMacaoID("1234567(8)").SMSSuffix(),
		filing.HKID{}.SMSSuffix(),
		fp.Province(), fp.Nationality(), y, m, d,
	}
	// Rule sms.id_suffix_hk_macao: "567(8)" with full-width parentheses.
	want := acc{true, false, false, "456（3）", "567（8）", "", "31", "276", 1975, time.November, 30}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	// A birth date after asOf.
	asOf := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	if _, err := filing.ParseForeignerPermanentIDAt(certFPID("11", "840", "20240102", "001"), asOf); !errors.Is(err, filing.ErrBirthDate) {
		t.Errorf("future birth date: %v", err)
	}
	if _, err := filing.ParseForeignerPermanentIDAt(certFPID("11", "840", "20240101", "001"), asOf); err != nil {
		t.Errorf("birth date on asOf: %v", err)
	}
}

func TestPersonalValuesNeverLeak(t *testing.T) {
	values := []struct {
		full string
		v    any
	}{
		{"11010519491231002X", filing.MustParseResidentID("11010519491231002X")},
		{"M1234567890", filing.MustParseHKMacaoPermit("M1234567890")},
		{"123456789B", filing.MustParseTaiwanPermit("123456789B")},
		{"E12345678", filing.MustParsePassport("E12345678")},
		{"A123456(3)", filing.MustParseHKID("A123456(3)")},
		{"1234567(8)", filing.MustParseMacaoID("1234567(8)")},
		{certFPIDWithX(), filing.MustParseForeignerPermanentID(certFPIDWithX())},
	}
	for _, tv := range values {
		for _, s := range certLeaks(tv.v) {
			if strings.Contains(s, tv.full) {
				t.Errorf("%T: output %q shows the full number", tv.v, s)
			}
		}
		b, err := tv.v.(interface{ MarshalText() ([]byte, error) }).MarshalText()
		if err != nil || string(b) != tv.full {
			t.Errorf("%T: MarshalText = %q, %v; want the full number", tv.v, b, err)
		}
	}
}

func TestPermitsText(t *testing.T) {
	var p filing.Passport
	if err := p.UnmarshalText([]byte("e12345678")); err != nil || p.Number() != "E12345678" {
		t.Errorf("Passport.UnmarshalText: %v %v", p, err)
	}
	var h filing.HKID
	if err := h.UnmarshalText([]byte("A123456(4)")); !errors.Is(err, filing.ErrChecksum) || h.IsValid() {
		t.Errorf("HKID.UnmarshalText: %v", err)
	}
	var z filing.TaiwanPermit
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("TaiwanPermit.UnmarshalText(nil): %v", err)
	}
}

// certGenHKID draws a Hong Kong identity card body and its check character.
func certGenHKID(t *rapid.T) (body string, check byte) {
	body = rapid.StringMatching(`[A-Z]{1,2}[0-9]{6}`).Draw(t, "body")
	return body, certRefHKIDCheck(body)
}

func TestPermitProperties(t *testing.T) {
	// Every way of writing a valid HKID parses to the same value.
	rapid.Check(t, func(t *rapid.T) {
		body, check := certGenHKID(t)
		want := body + "(" + string(check) + ")"
		for _, s := range []string{want, body + string(check), body + "（" + string(check) + "）", strings.ToLower(want)} {
			id, err := filing.ParseHKID(s)
			if err != nil || id.Number() != want {
				t.Fatalf("ParseHKID(%q) = %q, %v; want %q", s, id.Number(), err, want)
			}
			if got := id.SMSSuffix(); got != want[len(want)-6:len(want)-3]+"（"+string(check)+"）" {
				t.Fatalf("SMSSuffix of %q = %q", want, got)
			}
		}
	})
	// A single digit substitution in an HKID is detected: the weights are
	// non-zero mod 11 and digits differ by less than 11.
	rapid.Check(t, func(t *rapid.T) {
		body, check := certGenHKID(t)
		i := len(body) - 1 - rapid.IntRange(0, 5).Draw(t, "digitFromEnd")
		d := byte('0' + rapid.IntRange(0, 9).Filter(func(d int) bool { return byte('0'+d) != body[i] }).Draw(t, "digit"))
		bad := body[:i] + string(d) + body[i+1:] + "(" + string(check) + ")"
		if _, err := filing.ParseHKID(bad); !errors.Is(err, filing.ErrChecksum) {
			t.Fatalf("ParseHKID(%q) = %v, want ErrChecksum", bad, err)
		}
	})
	// Generated permit and passport numbers parse, normalise to upper case,
	// and normalising twice changes nothing.
	rapid.Check(t, func(t *rapid.T) {
		typ := rapid.SampledFrom([]string{"HKMacaoPermit", "TaiwanPermit", "Passport", "MacaoID"}).Draw(t, "type")
		pattern := map[string]string{
			"HKMacaoPermit": `[HMhm]([0-9]{8}|[0-9]{10})`,
			"TaiwanPermit":  `[0-9]{8}|[0-9a-zA-Z]{4}[A-Za-z][0-9a-zA-Z]{5}`,
			"Passport":      `[0-9A-Za-z]{5,17}`,
			"MacaoID":       `[157][0-9]{6}\([0-9]\)`,
		}[typ]
		s := rapid.StringMatching(`^(`+pattern+`)$`).Draw(t, "number")
		number, display, err := certParseAny(typ, s)
		if err != nil {
			t.Fatalf("Parse%s(%q): %v", typ, s, err)
		}
		if number != strings.ToUpper(s) || display != filing.MaskCertNumber(number) {
			t.Fatalf("Parse%s(%q) = %q (%q)", typ, s, number, display)
		}
		if again, _, err := certParseAny(typ, number); err != nil || again != number {
			t.Fatalf("re-parse %q: %q %v", number, again, err)
		}
	})
	// Generated permanent residence ID numbers parse and round-trip.
	rapid.Check(t, func(t *rapid.T) {
		birth := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rapid.IntRange(0, 45000).Draw(t, "days"))
		s := certFPID(rapid.StringMatching(`^[1-8][0-9]$`).Draw(t, "province"),
			rapid.StringMatching(`^[0-9]{3}$`).Draw(t, "nationality"),
			birth.Format("20060102"), rapid.StringMatching(`^[0-9]{3}$`).Draw(t, "seq"))
		id, err := filing.ParseForeignerPermanentID(s)
		if err != nil || id.Number() != s {
			t.Fatalf("ParseForeignerPermanentID(%q): %v", s, err)
		}
		y, m, d := id.Birth()
		if y != birth.Year() || m != birth.Month() || d != birth.Day() {
			t.Fatalf("Birth of %q = %d-%d-%d", s, y, m, d)
		}
		i := rapid.IntRange(1, 16).Draw(t, "position")
		c := byte('0' + rapid.IntRange(0, 9).Filter(func(d int) bool { return byte('0'+d) != s[i] }).Draw(t, "digit"))
		if _, err := filing.ParseForeignerPermanentID(s[:i] + string(c) + s[i+1:]); err == nil {
			t.Fatalf("substitution at %d of %q accepted", i, s)
		}
	})
}

func ExampleHKID_SMSSuffix() {
	id, err := filing.ParseHKID("A123456（3）")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(id, id.SMSSuffix())
	// Output: A12****(3) 456（3）
}

func ExampleParsePassport() {
	p, err := filing.ParsePassport(" e12345678 ")
	fmt.Printf("%v %q %v\n", p, p, err)
	// Output: E1****678 "E1****678" <nil>
}
