package filing_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
)

// certRefMod112 computes the ISO 7064 MOD 11-2 check character of 17 digits
// from the definition, independently of the package's tables: the weight of
// position i (0-based, from the left) is 2^(17-i) mod 11, and the check value
// c makes the weighted sum of all 18 characters ≡ 1 (mod 11); 10 is X.
func certRefMod112(body string) byte {
	sum := 0
	for i := range 17 {
		w := 1
		for range 17 - i {
			w = w * 2 % 11
		}
		sum += int(body[i]-'0') * w
	}
	c := (12 - sum%11) % 11
	if c == 10 {
		return 'X'
	}
	return byte('0' + c)
}

// certWithCheck appends the reference check character to 17 digits.
func certWithCheck(body string) string { return body + string(certRefMod112(body)) }

// certRegions are the codes of the current GB/T 2260 table, regions of
// generated numbers.
func certRegions() []string {
	var codes []string
	for _, d := range division.All() {
		codes = append(codes, d.Code)
	}
	return codes
}

// certSentinel names the sentinel error that err wraps, for readable diffs.
func certSentinel(err error) string {
	for _, s := range []struct {
		name string
		err  error
	}{
		{"ErrEmpty", filing.ErrEmpty}, {"ErrFormat", filing.ErrFormat}, {"ErrChecksum", filing.ErrChecksum},
		{"ErrLowercaseX", filing.ErrLowercaseX}, {"ErrBirthDate", filing.ErrBirthDate}, {"ErrRegion", filing.ErrRegion},
	} {
		if errors.Is(err, s.err) {
			return s.name
		}
	}
	if err == nil {
		return ""
	}
	return "other: " + err.Error()
}

func TestParseResidentIDTable(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // sentinel name, "" for success
	}{
		// The example of GB 11643-1999 itself: 北京市朝阳区, born 1949-12-31,
		// sequence 002 (female); the check character is X.
		{"standard example", "11010519491231002X", ""},
		// Same number with a lower-case x: rejected as its own error.
		{"lower-case x", "11010519491231002x", "ErrLowercaseX"},
		// Surrounding ASCII white space is trimmed.
		{"spaces", " \t11010519491231002X\n", ""},
		// The other example of GB 11643-1999 (汕头市潮阳县, 1880-01-01): the check
		// character 4 is right, but 1880 is before 1900.
		{"born 1880", "440524188001010014", "ErrBirthDate"},
		// X replaced by 0: wrong check character.
		{"wrong check", "110105194912310020", "ErrChecksum"},
		// Lower-case x where a digit belongs: the check fails before the case.
		{"lower-case x wrong", certWithCheck("11010519491231001")[:17] + "x", "ErrChecksum"},
		// 1990-02-30 does not exist; the check character is right.
		{"February 30", certWithCheck("11010119900230123"), "ErrBirthDate"},
		// 1900-02-29 does not exist (1900 is no leap year).
		{"1900-02-29", certWithCheck("11010119000229123"), "ErrBirthDate"},
		// 2000-02-29 exists (2000 is a leap year).
		{"2000-02-29", certWithCheck("11010120000229123"), ""},
		// Month 13.
		{"month 13", certWithCheck("11010119901301123"), "ErrBirthDate"},
		// Day 00.
		{"day 0", certWithCheck("11010119900100123"), "ErrBirthDate"},
		// Province 99 never existed.
		{"region 99", certWithCheck("99010119900101123"), "ErrRegion"},
		// A lower-case x with an unknown region: the region is reported.
		{"lower-case x region 99", func() string {
			for seq := 100; seq < 1000; seq++ {
				s := certWithCheck("990101199001011" + strconv.Itoa(seq)[1:])
				if s[17] == 'X' {
					return s[:17] + "x"
				}
			}
			return ""
		}(), "ErrRegion"},
		// 17 characters.
		{"short", "11010519491231002", "ErrFormat"},
		// 19 characters.
		{"long", "11010519491231002X0", "ErrFormat"},
		// A letter inside the body.
		{"letter in body", "1101051949123100AX", "ErrFormat"},
		// A check character that is neither a digit nor X.
		{"check Y", "11010519491231002Y", "ErrFormat"},
		// Full-width digits are not normalised.
		{"full-width", "１１０１０５１９４９１２３１００２Ｘ", "ErrFormat"},
		// An old 15-digit number.
		{"15 digits", "110105491231002", "ErrFormat"},
		// Nothing.
		{"empty", "", "ErrEmpty"},
		// Only white space.
		{"blank", "  \t ", "ErrEmpty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := filing.ParseResidentID(tt.in)
			if diff := cmp.Diff(tt.want, certSentinel(err)); diff != "" {
				t.Fatalf("ParseResidentID(%q) error (-want +got):\n%s", tt.in, diff)
			}
			if err != nil {
				var pe *filing.ParseError
				if !errors.As(err, &pe) || pe.Type != "ResidentID" {
					t.Fatalf("error %v is not a ResidentID *ParseError", err)
				}
				if id.IsValid() {
					t.Errorf("failed parse returned a valid value")
				}
				if body := strings.TrimSpace(tt.in); len(body) >= 8 && strings.Contains(err.Error(), body) {
					t.Errorf("error %q contains the full input", err)
				}
				return
			}
			if diff := cmp.Diff(strings.TrimSpace(tt.in), id.Number()); diff != "" {
				t.Errorf("Number (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResidentIDAccessors(t *testing.T) {
	id := filing.MustParseResidentID("11010519491231002X")
	y, m, d := id.Birth()
	type acc struct {
		Region     string
		Y          int
		M          time.Month
		D          int
		Male       bool
		String     string
		Number     string
		Valid      bool
		ZeroValid  bool
		ZeroString string
	}
	want := acc{"110105", 1949, time.December, 31, false, "1101**********002X", "11010519491231002X", true, false, ""}
	got := acc{id.Region(), y, m, d, id.Male(), id.String(), id.Number(), id.IsValid(),
		filing.ResidentID{}.IsValid(), filing.ResidentID{}.String()}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	// Sequence 001: odd, male.
	if !filing.MustParseResidentID(certWithCheck("11010519491231001")).Male() {
		t.Errorf("sequence 001 should be male")
	}
}

func TestParseResidentIDAt(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	// 2020-08-17 00:30 in Shanghai is still 2020-08-16 in UTC.
	asOf := time.Date(2020, 8, 17, 0, 30, 0, 0, shanghai)
	tests := []struct {
		name string
		in   string
		asOf time.Time
		want string
	}{
		// Born on the as-of date: accepted.
		{"born today", certWithCheck("11010520200817001"), asOf, ""},
		// Born the day after: rejected.
		{"born tomorrow", certWithCheck("11010520200818001"), asOf, "ErrBirthDate"},
		// The calendar date is taken in asOf's location: in UTC it is still the 16th.
		{"born today, asOf in UTC", certWithCheck("11010520200817001"), asOf.UTC(), "ErrBirthDate"},
		// Next year.
		{"next year", certWithCheck("11010520210101001"), asOf, "ErrBirthDate"},
		// Earlier month, later day.
		{"earlier month", certWithCheck("11010520200731001"), asOf, ""},
		// Other errors come first.
		{"wrong check", "110105194912310020", asOf, "ErrChecksum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := filing.ParseResidentIDAt(tt.in, tt.asOf)
			if diff := cmp.Diff(tt.want, certSentinel(err)); diff != "" {
				t.Errorf("ParseResidentIDAt(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestResidentIDText(t *testing.T) {
	type rec struct {
		ID filing.ResidentID `json:"id"`
	}
	in := rec{filing.MustParseResidentID("11010519491231002X")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	// MarshalText stores the full number.
	if diff := cmp.Diff(`{"id":"11010519491231002X"}`, string(b)); diff != "" {
		t.Errorf("json (-want +got):\n%s", diff)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip: got %v, want %v", out.ID, in.ID)
	}
	// Empty text is the zero value.
	var z filing.ResidentID
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(nil) = %v, valid %v", err, z.IsValid())
	}
	if err := z.UnmarshalText([]byte("11010519491231002x")); !errors.Is(err, filing.ErrLowercaseX) {
		t.Errorf("UnmarshalText(lower-case x) = %v", err)
	}
}

// certLeaks formats v with every common verb and through slog, and returns
// the outputs for inspection.
func certLeaks(v any) []string {
	var out []string
	for _, f := range []string{"%v", "%s", "%q", "%+v", "%#v", "%d", "%x", "%10s", "%-20v", "%T", "%v"} {
		out = append(out, fmt.Sprintf(f, v))
	}
	out = append(out, fmt.Sprintf("%v", []any{v}), fmt.Sprintf("%+v", struct{ V any }{v}), fmt.Sprint(v), fmt.Sprintln(v))
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("m", "id", v)
	slog.New(slog.NewTextHandler(&buf, nil)).Info("m", "id", v)
	out = append(out, buf.String())
	return out
}

func TestResidentIDNeverLeaks(t *testing.T) {
	id := filing.MustParseResidentID("11010519491231002X")
	for _, v := range []any{id, &id} {
		for _, s := range certLeaks(v) {
			if strings.Contains(s, "11010519491231002X") {
				t.Errorf("output %q contains the full number", s)
			}
		}
	}
	// The masked form is what %v, %s and %q show.
	got := fmt.Sprintf("%v|%s|%q|%#v", id, id, id, id)
	want := `1101**********002X|1101**********002X|"1101**********002X"|filing.ResidentID("1101**********002X")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
}

// certGenResidentID draws a valid resident ID number born between 1900-01-01
// and asOf, returning the number and its parts.
func certGenResidentID(t *rapid.T, asOf time.Time) (s, region string, birth time.Time, seq int) {
	region = rapid.SampledFrom(certRegions()).Draw(t, "region")
	lo := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(asOf.Sub(lo).Hours() / 24)
	birth = lo.AddDate(0, 0, rapid.IntRange(0, days).Draw(t, "days"))
	seq = rapid.IntRange(0, 999).Draw(t, "seq")
	s = certWithCheck(fmt.Sprintf("%s%s%03d", region, birth.Format("20060102"), seq))
	return s, region, birth, seq
}

func TestResidentIDProperties(t *testing.T) {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	// Every generated valid number parses; its parts and the round trip agree.
	rapid.Check(t, func(t *rapid.T) {
		s, region, birth, seq := certGenResidentID(t, asOf)
		id, err := filing.ParseResidentIDAt(s, asOf)
		if err != nil {
			t.Fatalf("ParseResidentIDAt(%q): %v", s, err)
		}
		y, m, d := id.Birth()
		if id.Number() != s || id.Region() != region || id.Male() != (seq%2 == 1) ||
			y != birth.Year() || m != birth.Month() || d != birth.Day() {
			t.Fatalf("parts of %q: %s %s %d-%d-%d %v", s, id.Number(), id.Region(), y, m, d, id.Male())
		}
		again, err := filing.ParseResidentID(id.Number())
		if err != nil || again != id {
			t.Fatalf("round trip of %q: %v", s, err)
		}
		text, _ := id.MarshalText()
		var u filing.ResidentID
		if err := u.UnmarshalText(text); err != nil || u != id {
			t.Fatalf("text round trip of %q: %v", s, err)
		}
		if strings.Contains(id.String(), s) {
			t.Fatalf("String %q shows the number", id.String())
		}
	})
	// Any single substitution of one of the first 17 digits is rejected.
	rapid.Check(t, func(t *rapid.T) {
		s, _, _, _ := certGenResidentID(t, asOf)
		i := rapid.IntRange(0, 16).Draw(t, "position")
		c := byte('0' + rapid.IntRange(0, 9).Filter(func(d int) bool { return byte('0'+d) != s[i] }).Draw(t, "digit"))
		bad := s[:i] + string(c) + s[i+1:]
		if _, err := filing.ParseResidentID(bad); err == nil {
			t.Fatalf("ParseResidentID(%q) accepted a substitution of %q", bad, s)
		}
	})
	// A valid number ending in X is rejected with ErrLowercaseX in lower case.
	rapid.Check(t, func(t *rapid.T) {
		s, _, _, _ := certGenResidentID(t, asOf)
		// Step the sequence number until the check character is X.
		for seq := 0; s[17] != 'X' && seq < 1000; seq++ {
			s = certWithCheck(s[:14] + fmt.Sprintf("%03d", seq))
		}
		_, err := filing.ParseResidentID(s[:17] + "x")
		if !errors.Is(err, filing.ErrLowercaseX) {
			t.Fatalf("ParseResidentID(%q x) = %v, want ErrLowercaseX", s[:17], err)
		}
	})
	// A birth date after asOf is rejected by ParseResidentIDAt only.
	rapid.Check(t, func(t *rapid.T) {
		s, _, _, _ := certGenResidentID(t, asOf)
		id := filing.MustParseResidentID(s)
		y, m, d := id.Birth()
		before := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -rapid.IntRange(1, 400).Draw(t, "daysBefore"))
		if _, err := filing.ParseResidentIDAt(s, before); !errors.Is(err, filing.ErrBirthDate) {
			t.Fatalf("ParseResidentIDAt(%q, %v) = %v, want ErrBirthDate", s, before, err)
		}
	})
}

func ExampleParseResidentID() {
	id, err := filing.ParseResidentID("11010519491231002X")
	if err != nil {
		fmt.Println(err)
		return
	}
	y, m, d := id.Birth()
	fmt.Println(id, id.Region(), y, m, d, id.Male())

	_, err = filing.ParseResidentID("11010519491231002x")
	fmt.Println(err)
	// Output:
	// 1101**********002X 110105 1949 December 31 false
	// filing: parsing ResidentID "1101**********002x": lower-case x in place of X: write the check character as upper-case X
}
