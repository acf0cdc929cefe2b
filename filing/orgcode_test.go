package filing_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// certRefOrgCheck computes the GB 11714 check character of eight body
// characters from the standard's rule: weights 3 7 9 10 5 8 4 2, digits 0–9,
// letters A–Z 10–35, C = 11 − (sum mod 11), 10 written X and 11 written 0.
func certRefOrgCheck(body string) byte {
	weights := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		v := int(body[i] - '0')
		if body[i] >= 'A' {
			v = int(body[i]-'A') + 10
		}
		sum += v * w
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

func TestParseOrgCodeTable(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // canonical form, or the sentinel name prefixed with "!"
	}{
		// The example of GB 11714: sum 199, 199 mod 11 = 1, 11 − 1 = 10 → X.
		{"standard example", "D2143569-X", "D2143569-X"},
		// The same without the hyphen.
		{"no hyphen", "D2143569X", "D2143569-X"},
		// Huawei's organisation code (positions 9–17 of its USCC): sum 164,
		// 164 mod 11 = 10, 11 − 10 = 1.
		{"enterprise", "19220382-1", "19220382-1"},
		// Body 00000000: sum 0, 11 − 0 = 11 → 0.
		{"check 11 is 0", "00000000-0", "00000000-0"},
		// White space is trimmed.
		{"spaces", " D2143569-X ", "D2143569-X"},
		// Lower-case letters are rejected.
		{"lower case", "d2143569-x", "!ErrFormat"},
		// A wrong check character.
		{"wrong check", "D2143569-1", "!ErrChecksum"},
		// Another separator.
		{"underscore", "D2143569_X", "!ErrFormat"},
		// Hyphen in the wrong place.
		{"hyphen misplaced", "D214356-9X", "!ErrFormat"},
		// A check character that is neither a digit nor X.
		{"check Y", "D2143569-Y", "!ErrFormat"},
		// Too short.
		{"short", "D2143569", "!ErrFormat"},
		// Nothing.
		{"empty", "", "!ErrEmpty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := filing.ParseOrgCode(tt.in)
			got := c.String()
			if err != nil {
				got = "!" + certSentinel(err)
				var pe *filing.ParseError
				if !errors.As(err, &pe) || pe.Type != "OrgCode" || c.IsValid() {
					t.Errorf("error %v: want an OrgCode *ParseError and the zero value", err)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseOrgCode(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestOrgCodeText(t *testing.T) {
	c := filing.MustParseOrgCode("D2143569X")
	b, _ := c.MarshalText()
	if diff := cmp.Diff("D2143569-X", string(b)); diff != "" {
		t.Errorf("MarshalText (-want +got):\n%s", diff)
	}
	var u filing.OrgCode
	if err := u.UnmarshalText(b); err != nil || u != c {
		t.Errorf("UnmarshalText: %v %v", u, err)
	}
	if err := u.UnmarshalText(nil); err != nil || u.IsValid() || u.String() != "" {
		t.Errorf("UnmarshalText(nil): %v", err)
	}
	if c.Number() != c.String() || c.LogValue().String() != "D2143569-X" {
		t.Errorf("Number %q, LogValue %v", c.Number(), c.LogValue())
	}
}

func TestOrgCodeProperties(t *testing.T) {
	// Generated valid codes parse with and without hyphen to the same value,
	// and the canonical form round-trips.
	rapid.Check(t, func(t *rapid.T) {
		body := rapid.StringMatching(`[0-9A-Z]{8}`).Draw(t, "body")
		check := string(certRefOrgCheck(body))
		a, err := filing.ParseOrgCode(body + "-" + check)
		if err != nil {
			t.Fatalf("ParseOrgCode(%s-%s): %v", body, check, err)
		}
		b, err := filing.ParseOrgCode(body + check)
		if err != nil || a != b {
			t.Fatalf("without hyphen: %v %v", b, err)
		}
		if a.String() != body+"-"+check {
			t.Fatalf("String %q", a.String())
		}
		if again, err := filing.ParseOrgCode(a.String()); err != nil || again != a {
			t.Fatalf("round trip: %v", err)
		}
	})
	// Substituting one digit of an all-digit body by another digit is
	// detected: the weights are non-zero mod 11 and digits differ by less
	// than 11.
	rapid.Check(t, func(t *rapid.T) {
		body := rapid.StringMatching(`[0-9]{8}`).Draw(t, "body")
		i := rapid.IntRange(0, 7).Draw(t, "position")
		d := byte('0' + rapid.IntRange(0, 9).Filter(func(d int) bool { return byte('0'+d) != body[i] }).Draw(t, "digit"))
		bad := body[:i] + string(d) + body[i+1:] + "-" + string(certRefOrgCheck(body))
		if _, err := filing.ParseOrgCode(bad); !errors.Is(err, filing.ErrChecksum) {
			t.Fatalf("ParseOrgCode(%q) = %v, want ErrChecksum", bad, err)
		}
	})
}

func ExampleParseOrgCode() {
	c, err := filing.ParseOrgCode("D2143569X")
	fmt.Println(c, err)
	// Output: D2143569-X <nil>
}
