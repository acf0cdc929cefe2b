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

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

func TestParseMobile(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // Number() on success
		err  error  // sentinel on failure
	}{
		// Accepted forms of one number.
		{"plain", "13800138000", "13800138000", nil},
		{"spaces around", "  13800138000\t", "13800138000", nil},
		{"+86", "+8613800138000", "13800138000", nil},
		{"+86 with space", "+86 138 0013 8000", "13800138000", nil},
		{"86 without plus", "8613800138000", "13800138000", nil},
		{"0086", "0086-138-0013-8000", "13800138000", nil},
		{"dashes", "138-0013-8000", "13800138000", nil},
		{"full-width digits", "１３８００１３８０００", "13800138000", nil},
		{"full-width plus and hyphen", "＋８６－13800138000", "13800138000", nil},
		{"ideographic space", "138\u30000013\u30008000", "13800138000", nil},
		// Blocks of each kind.
		{"China Broadnet 192", "19212345678", "19212345678", nil},
		{"China Mobile 1340", "13401234567", "13401234567", nil},
		{"satellite 1349", "13491234567", "13491234567", nil},
		{"MVNO 1703", "17031234567", "17031234567", nil},
		{"MVNO 162", "16212345678", "16212345678", nil},
		{"data card 147", "14712345678", "14712345678", nil},
		{"satellite 17405", "17405123456", "17405123456", nil},
		{"maritime satellite 1749", "17491234567", "17491234567", nil},
		// Shape errors.
		{"empty", "", "", filing.ErrEmpty},
		{"blank", " \t ", "", filing.ErrEmpty},
		{"ten digits", "1380013800", "", filing.ErrFormat},
		{"twelve digits", "138001380001", "", filing.ErrFormat},
		{"starts 12", "12800138000", "", filing.ErrFormat},
		{"starts 2", "23800138000", "", filing.ErrFormat},
		{"letter", "1380013800O", "", filing.ErrFormat},
		{"+ after digits", "86+13800138000", "", filing.ErrFormat},
		{"two pluses", "++8613800138000", "", filing.ErrFormat},
		{"+ without 86", "+13800138000", "", filing.ErrFormat},
		{"+85 country code", "+8513800138000", "", filing.ErrFormat},
		{"13 digits not 86", "8513800138000", "", filing.ErrFormat},
		{"0085 prefix", "008513800138000", "", filing.ErrFormat},
		{"parentheses", "(138)00138000", "", filing.ErrFormat},
		{"other full-width", "１３８００１３８０００Ａ", "", filing.ErrFormat},
		{"very long", strings.Repeat("1", 40), "", filing.ErrFormat},
		// Allocation errors.
		{"unallocated 154", "15412345678", "", filing.ErrUnallocated},
		{"unallocated 160", "16012345678", "", filing.ErrUnallocated},
		{"unallocated 179", "17912345678", "", filing.ErrUnallocated},
		{"unallocated 194", "19412345678", "", filing.ErrUnallocated},
		{"IoT 140", "14012345678", "", filing.ErrUnallocated},
		{"IoT 144", "14412345678", "", filing.ErrUnallocated},
		{"IoT 146", "14612345678", "", filing.ErrUnallocated},
		{"IoT 148", "14812345678", "", filing.ErrUnallocated},
		{"emergency 17406", "17406123456", "", filing.ErrUnallocated},
		{"emergency 17412", "17412123456", "", filing.ErrUnallocated},
		{"reserved 17413", "17413123456", "", filing.ErrUnallocated},
		{"reserved 1748", "17481234567", "", filing.ErrUnallocated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := filing.ParseMobile(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseMobile(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				var pe *filing.ParseError
				if !errors.As(err, &pe) || pe.Type != "Mobile" {
					t.Fatalf("ParseMobile(%q) error = %#v, want *ParseError of Mobile", tt.in, err)
				}
				if m.IsValid() {
					t.Errorf("ParseMobile(%q) returned a valid value with an error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseMobile(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, m.Number()); diff != "" {
				t.Errorf("ParseMobile(%q).Number() (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMobileAccessors(t *testing.T) {
	m := filing.MustParseMobile("+86 138 0013 8000")
	got := []string{m.Number(), m.String(), m.Carrier(), fmt.Sprint(m.IsValid())}
	want := []string{"13800138000", "138****8000", "China Mobile", "true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	// Carriers of other operators' blocks.
	for in, carrier := range map[string]string{
		"13012345678": "China Unicom",
		"13312345678": "China Telecom",
		"19212345678": "China Broadnet",
		"17041234567": "China Unicom",
		"16512345678": "China Mobile",
	} {
		if got := filing.MustParseMobile(in).Carrier(); got != carrier {
			t.Errorf("Carrier of %s = %q, want %q", filing.MaskPhone(in), got, carrier)
		}
	}
	var zero filing.Mobile
	got = []string{zero.Number(), zero.String(), zero.Carrier(), fmt.Sprint(zero.IsValid())}
	want = []string{"", "", "", "false"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero value accessors (-want +got):\n%s", diff)
	}
}

// TestMobileBlocksTable walks every row of the allocation table: the first
// and the last number of each row parse, or fail with ErrUnallocated, as
// the row says, and carry its carrier; the numbers just outside a row are
// of another row or unallocated.
func TestMobileBlocksTable(t *testing.T) {
	blocks := filing.MobileBlocks()
	if len(blocks) == 0 {
		t.Fatal("MobileBlocks is empty")
	}
	pad := func(prefix string, digit byte) string {
		return prefix + strings.Repeat(string(digit), 11-len(prefix))
	}
	for i, b := range blocks {
		if len(b.From) != len(b.To) || b.From > b.To || len(b.From) < 3 || len(b.From) > 5 {
			t.Errorf("row %d: bad range %s–%s", i, b.From, b.To)
			continue
		}
		if i > 0 && pad(blocks[i-1].To, '9') >= pad(b.From, '0') {
			t.Errorf("row %d (%s) overlaps or precedes row %d (%s)", i, b.From, i-1, blocks[i-1].To)
		}
		for _, n := range []string{pad(b.From, '0'), pad(b.To, '9')} {
			m, err := filing.ParseMobile(n)
			switch {
			case b.Accepted && err != nil:
				t.Errorf("row %s–%s: ParseMobile(%s) error = %v", b.From, b.To, filing.MaskPhone(n), err)
			case b.Accepted && m.Carrier() != b.Carrier:
				t.Errorf("row %s–%s: Carrier = %q, want %q", b.From, b.To, m.Carrier(), b.Carrier)
			case !b.Accepted && !errors.Is(err, filing.ErrUnallocated):
				t.Errorf("row %s–%s: ParseMobile(%s) error = %v, want ErrUnallocated", b.From, b.To, filing.MaskPhone(n), err)
			}
		}
	}
	// Every 3-digit prefix from 130 to 199 not covered by any row is
	// unallocated.
	for p := 130; p <= 199; p++ {
		prefix := strconv.Itoa(p)
		covered := false
		for _, b := range blocks {
			if b.From[:3] <= prefix && prefix <= b.To[:3] {
				covered = true
			}
		}
		if covered {
			continue
		}
		if _, err := filing.ParseMobile(pad(prefix, '5')); !errors.Is(err, filing.ErrUnallocated) {
			t.Errorf("uncovered prefix %s: error = %v, want ErrUnallocated", prefix, err)
		}
	}
	// The copy is the caller's own.
	blocks[0].Accepted = !blocks[0].Accepted
	if filing.MobileBlocks()[0] == blocks[0] {
		t.Error("changing the result of MobileBlocks changed the table")
	}
}

// contactGenMobile draws an 11-digit number from an accepted block.
func contactGenMobile(t *rapid.T) string {
	var accepted []filing.MobileBlock
	for _, b := range filing.MobileBlocks() {
		if b.Accepted {
			accepted = append(accepted, b)
		}
	}
	b := rapid.SampledFrom(accepted).Draw(t, "block")
	from, _ := strconv.Atoi(b.From)
	to, _ := strconv.Atoi(b.To)
	prefix := strconv.Itoa(rapid.IntRange(from, to).Draw(t, "prefix"))
	rest := rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), 11-len(prefix), 11-len(prefix), -1).Draw(t, "rest")
	return prefix + rest
}

// contactFullWidth writes the ASCII digits and '+' and '-' of s in full
// width.
func contactFullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9':
			b.WriteRune(r - '0' + '０')
		case r == '+':
			b.WriteRune('＋')
		case r == '-':
			b.WriteRune('－')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// contactMobileVariant draws one of the accepted ways to write the 11
// digits n.
func contactMobileVariant(t *rapid.T, n string) string {
	sep := rapid.SampledFrom([]string{"", " ", "-", "\u3000"}).Draw(t, "separator")
	body := n
	if sep != "" {
		body = n[:3] + sep + n[3:7] + sep + n[7:]
	}
	prefix := rapid.SampledFrom([]string{"", "+86", "+86 ", "86", "0086", "0086-"}).Draw(t, "country")
	s := prefix + body
	if rapid.Bool().Draw(t, "full width") {
		s = contactFullWidth(s)
	}
	if rapid.Bool().Draw(t, "padded") {
		s = " " + s + "\t"
	}
	return s
}

func TestMobileProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := contactGenMobile(t)
		m, err := filing.ParseMobile(n)
		if err != nil {
			t.Fatalf("generated number %s does not parse: %v", filing.MaskPhone(n), err)
		}
		// The full value is the digits parsed.
		if m.Number() != n {
			t.Fatalf("Number() = %q, want %q", filing.MaskPhone(m.Number()), filing.MaskPhone(n))
		}
		// Every formatting variant parses to the same value.
		v := contactMobileVariant(t, n)
		mv, err := filing.ParseMobile(v)
		if err != nil || mv != m {
			t.Fatalf("variant %q: got %v, %v; want %v", filing.MaskPhone(v), mv, err, m)
		}
		// Normalisation is idempotent: parse(full(parse(x))) == parse(x).
		if again, err := filing.ParseMobile(mv.Number()); err != nil || again != mv {
			t.Fatalf("reparse of Number(): %v, %v", again, err)
		}
		// MarshalText round-trips.
		text, _ := m.MarshalText()
		var back filing.Mobile
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		// No display form shows the full number.
		contactNoLeak(t, n, m)
	})
}

// contactNoLeak fails when any display form of v (String, fmt verbs, slog
// text and JSON, a struct holding it) contains secret.
func contactNoLeak(t interface{ Fatalf(string, ...any) }, secret string, v any) {
	var forms []string
	for _, f := range []string{"%v", "%s", "%q", "%+v", "%#v", "%x", "%d", "%10s", "%-20v"} {
		forms = append(forms, fmt.Sprintf(f, v))
	}
	forms = append(forms, fmt.Sprint(v), fmt.Sprintf("%+v", struct{ V any }{v}), fmt.Sprintf("%#v", struct{ V any }{v}))
	if s, ok := v.(fmt.Stringer); ok {
		forms = append(forms, s.String())
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("msg", "v", v)
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("msg", "v", v)
	forms = append(forms, buf.String())
	for _, f := range forms {
		if strings.Contains(f, secret) {
			t.Fatalf("display form %q shows the full value", f)
		}
	}
}

func TestMobileFormat(t *testing.T) {
	m := filing.MustParseMobile("13800138000")
	got := []string{
		fmt.Sprintf("%v", m),
		fmt.Sprintf("%s", m),
		fmt.Sprintf("%q", m),
		fmt.Sprintf("%+v", m),
		fmt.Sprintf("%#v", m),
		fmt.Sprintf("%d", m),
		fmt.Sprintf("[%13s]", m),
		fmt.Sprintf("[%-13v]", m),
	}
	want := []string{
		"138****8000",
		"138****8000",
		`"138****8000"`,
		"138****8000",
		`filing.Mobile("138****8000")`,
		"%!d(filing.Mobile=138****8000)",
		"[  138****8000]",
		"[138****8000  ]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})).Info("verify", "mobile", m)
	if diff := cmp.Diff("level=INFO msg=verify mobile=138****8000\n", buf.String()); diff != "" {
		t.Errorf("slog (-want +got):\n%s", diff)
	}
}

func TestMobileErrorsMasked(t *testing.T) {
	// Errors quote the input masked, even when it fails late (allocation).
	for _, in := range []string{"15412345678", "+86 154 1234 5678", "1380013800", "12345678901"} {
		_, err := filing.ParseMobile(in)
		if err == nil {
			t.Fatalf("ParseMobile(%s) succeeded", filing.MaskPhone(in))
		}
		digits := strings.Map(func(r rune) rune {
			if '0' <= r && r <= '9' {
				return r
			}
			return -1
		}, in)
		if strings.Contains(err.Error(), digits[len(digits)-10:]) {
			t.Errorf("error %q shows the number", err)
		}
	}
}

func TestContactErrorsClipped(t *testing.T) {
	// A huge input is quoted cut short, by every parser of this file set.
	huge := strings.Repeat("9", 100000)
	for name, parse := range map[string]func(string) error{
		"Mobile":        func(s string) error { _, err := filing.ParseMobile(s); return err },
		"Landline":      func(s string) error { _, err := filing.ParseLandline(s); return err },
		"Email":         func(s string) error { _, err := filing.ParseEmail(s); return err },
		"Domain":        func(s string) error { _, err := filing.ParseDomain(s); return err },
		"ServiceNumber": func(s string) error { _, err := filing.ParseServiceNumber(s); return err },
		"PublicIP":      func(s string) error { _, err := filing.ParsePublicIP(s); return err },
	} {
		err := parse(huge)
		if err == nil || len(err.Error()) > 400 || !strings.Contains(err.Error(), "…") {
			t.Errorf("%s: error for a huge input = %.200v (len %d)", name, err, len(fmt.Sprint(err)))
		}
	}
}

func TestMobileJSON(t *testing.T) {
	type rec struct {
		Mobile filing.Mobile `json:"mobile"`
	}
	in := rec{filing.MustParseMobile("13912345678")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"mobile":"13912345678"}`, string(b)); diff != "" {
		t.Errorf("json.Marshal (-want +got):\n%s", diff)
	}
	var out rec
	if err := json.Unmarshal([]byte(`{"mobile":"+86 139-1234-5678"}`), &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("json.Unmarshal = %v, want %v", out.Mobile, in.Mobile)
	}
	if err := json.Unmarshal([]byte(`{"mobile":""}`), &out); err != nil || out.Mobile.IsValid() {
		t.Errorf("empty mobile: %v, %v; want zero value", out.Mobile, err)
	}
	if err := json.Unmarshal([]byte(`{"mobile":"15412345678"}`), &out); !errors.Is(err, filing.ErrUnallocated) {
		t.Errorf("unallocated mobile: error = %v", err)
	}
}

func ExampleParseMobile() {
	m, err := filing.ParseMobile("+86 138-0013-8000")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m, m.Carrier())
	fmt.Println(m.Number()) // personal data: for storage only

	_, err = filing.ParseMobile("15412345678")
	fmt.Println(err)
	// Output:
	// 138****8000 China Mobile
	// 13800138000
	// filing: parsing Mobile "154****5678": unallocated number block: prefix 154 is not allocated to mobiles
}
