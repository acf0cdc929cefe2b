package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

func TestParseServiceNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // String() on success
		err  error  // sentinel on failure
	}{
		// The example of the 2020 provider guide "ICP备案流程(PC端)" v20200921,
		// 32a43232-a888-88e8-b9ec-00888be8****, with hex digits for the stars.
		{"lower case", "32a43232-a888-88e8-b9ec-00888be8abcd", "32a43232-a888-88e8-b9ec-00888be8abcd", nil},
		{"upper case normalised", "32A43232-A888-88E8-B9EC-00888BE8ABCD", "32a43232-a888-88e8-b9ec-00888be8abcd", nil},
		{"trimmed", " 00000000-0000-0000-0000-000000000000\n", "00000000-0000-0000-0000-000000000000", nil},
		{"all f", "ffffffff-ffff-ffff-ffff-ffffffffffff", "ffffffff-ffff-ffff-ffff-ffffffffffff", nil},
		{"empty", "", "", filing.ErrEmpty},
		{"masked example", "32a43232-a888-88e8-b9ec-00888be8****", "", filing.ErrFormat},
		{"no dashes", "32a43232a88888e8b9ec00888be8abcd", "", filing.ErrFormat},
		{"dash misplaced", "32a4323-2a888-88e8-b9ec-00888be8abcd", "", filing.ErrFormat},
		{"braces", "{32a43232-a888-88e8-b9ec-00888be8abcd}", "", filing.ErrFormat},
		{"urn", "urn:uuid:32a43232-a888-88e8-b9ec-00888be8abcd", "", filing.ErrFormat},
		{"g is not hex", "g2a43232-a888-88e8-b9ec-00888be8abcd", "", filing.ErrFormat},
		{"one short", "32a43232-a888-88e8-b9ec-00888be8abc", "", filing.ErrFormat},
		{"dash in place of a digit", "32a43232-a888-88e8-b9ec-00888be8abc-", "", filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := filing.ParseServiceNumber(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "ServiceNumber" || n.IsValid() {
					t.Fatalf("ParseServiceNumber(%q) = %v, %v; want a ServiceNumber *ParseError wrapping %v", tt.in, n, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseServiceNumber(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, n.String()); diff != "" {
				t.Errorf("ParseServiceNumber(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	var zero filing.ServiceNumber
	if zero.IsValid() || zero.String() != "" {
		t.Errorf("zero ServiceNumber = %q, IsValid %v", zero.String(), zero.IsValid())
	}
	if zero == filing.MustParseServiceNumber("00000000-0000-0000-0000-000000000000") {
		t.Error("the zero value equals the all-zero number")
	}
}

func TestServiceNumberProperties(t *testing.T) {
	hex := []rune("0123456789abcdefABCDEF")
	rapid.Check(t, func(t *rapid.T) {
		var groups []string
		for i, n := range []int{8, 4, 4, 4, 12} {
			groups = append(groups, rapid.StringOfN(rapid.RuneFrom(hex), n, n, -1).Draw(t, fmt.Sprint("group", i)))
		}
		in := strings.Join(groups, "-")
		n, err := filing.ParseServiceNumber(in)
		if err != nil {
			t.Fatalf("ParseServiceNumber(%q): %v", in, err)
		}
		if n.String() != strings.ToLower(in) {
			t.Fatalf("String() = %q, want %q", n.String(), strings.ToLower(in))
		}
		if again, err := filing.ParseServiceNumber(n.String()); err != nil || again != n {
			t.Fatalf("reparse = %v, %v", again, err)
		}
		var back filing.ServiceNumber
		text, _ := n.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != n {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
	})
}

func TestServiceNumberFormat(t *testing.T) {
	n := filing.MustParseServiceNumber("32A43232-A888-88E8-B9EC-00888BE8ABCD")
	got := fmt.Sprintf("%v|%s|%q|%#v", n, n, n, n)
	want := `32a43232-a888-88e8-b9ec-00888be8abcd|32a43232-a888-88e8-b9ec-00888be8abcd|"32a43232-a888-88e8-b9ec-00888be8abcd"|filing.ServiceNumber("32a43232-a888-88e8-b9ec-00888be8abcd")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(struct {
		N filing.ServiceNumber `json:"service_number"`
	}{n})
	if diff := cmp.Diff(`{"service_number":"32a43232-a888-88e8-b9ec-00888be8abcd"}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func ExampleParseServiceNumber() {
	n, err := filing.ParseServiceNumber("32A43232-A888-88E8-B9EC-00888BE8ABCD")
	fmt.Println(n, err)
	// Output:
	// 32a43232-a888-88e8-b9ec-00888be8abcd <nil>
}
