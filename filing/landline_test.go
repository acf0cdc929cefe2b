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

func TestParseLandline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // Number() on success
		err  error  // sentinel on failure
	}{
		// The filing form of rule principal.contact2_format.
		{"filing form, 3-digit area", "086-0571-88888888", "086-0571-88888888", nil},
		{"filing form, 2-digit area", "086-022-78954321", "086-022-78954321", nil},
		{"area code without its 0", "086-22-78954321", "086-022-78954321", nil},
		{"with extension", "086-0571-88888888-123", "086-0571-88888888-123", nil},
		{"7-digit local number", "086-0898-6512345", "086-0898-6512345", nil},
		{"Beijing 010", "086-010-65529988", "086-010-65529988", nil},
		// Common variants, normalised.
		{"domestic form", "0571-88888888", "086-0571-88888888", nil},
		{"parentheses", "(0571)88888888", "086-0571-88888888", nil},
		{"full-width parentheses", "（0571）88888888", "086-0571-88888888", nil},
		{"+86 without 0", "+86-571-88888888", "086-0571-88888888", nil},
		{"+86 with 0", "+86 0571 88888888", "086-0571-88888888", nil},
		{"0086", "0086-571-88888888", "086-0571-88888888", nil},
		{"86 group", "86-571-88888888", "086-0571-88888888", nil},
		{"spaces", "086 0571 88888888 123", "086-0571-88888888-123", nil},
		{"together", "057188888888", "086-0571-88888888", nil},
		{"together after +86", "+8657188888888", "086-0571-88888888", nil},
		{"full-width digits", "０５７１－８８８８８８８８", "086-0571-88888888", nil},
		{"em dash", "0571—88888888", "086-0571-88888888", nil},
		{"trimmed", "  0571-88888888 ", "086-0571-88888888", nil},
		{"6-digit extension", "0571-88888888-123456", "086-0571-88888888-123456", nil},
		// Errors.
		{"empty", "", "", filing.ErrEmpty},
		{"blank", "\u3000 ", "", filing.ErrEmpty},
		{"no leading 0 without country", "571-88888888", "", filing.ErrFormat},
		{"a mobile number", "13800138000", "", filing.ErrFormat},
		{"a mobile after 086", "086-13800138000", "", filing.ErrFormat},
		{"area code 011", "011-88888888", "", filing.ErrFormat},
		{"area code 00", "00571-88888888", "", filing.ErrFormat},
		{"area code too short", "086-05-88888888", "", filing.ErrFormat},
		{"6-digit local number", "0571-888888", "", filing.ErrFormat},
		{"9-digit local number", "0571-888888888", "", filing.ErrFormat},
		{"local number starts 0", "0571-08888888", "", filing.ErrFormat},
		{"local number starts 1", "0571-18888888", "", filing.ErrFormat},
		{"split local number", "0571-8888 8888", "", filing.ErrFormat},
		{"7-digit extension", "0571-88888888-1234567", "", filing.ErrFormat},
		{"digits after extension", "0571-88888888-1-2", "", filing.ErrFormat},
		{"letters", "0571-8888888a", "", filing.ErrFormat},
		{"extension word", "0571-88888888 ext 12", "", filing.ErrFormat},
		{"+ later", "0571+88888888", "", filing.ErrFormat},
		{"+ other country", "+852-2345-6789", "", filing.ErrFormat},
		{"no local number", "086-0571", "", filing.ErrFormat},
		{"only a country code", "+86", "", filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := filing.ParseLandline(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "Landline" {
					t.Fatalf("ParseLandline(%q) error = %v, want a Landline *ParseError wrapping %v", tt.in, err, tt.err)
				}
				if l.IsValid() {
					t.Errorf("ParseLandline(%q) returned a valid value with an error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseLandline(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, l.Number()); diff != "" {
				t.Errorf("ParseLandline(%q).Number() (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLandlineAccessors(t *testing.T) {
	tests := []struct {
		in                          string
		str, area, ext, gofmt, quot string
	}{
		// 8-digit local number: the middle four hidden.
		{"086-0571-88888888-123", "086-0571-88****88-123", "0571", "123", `filing.Landline("086-0571-88****88-123")`, `"086-0571-88****88-123"`},
		// 7-digit local number: four hidden as well.
		{"0898-6512345", "086-0898-6****45", "0898", "", `filing.Landline("086-0898-6****45")`, `"086-0898-6****45"`},
	}
	for _, tt := range tests {
		l := filing.MustParseLandline(tt.in)
		got := []string{l.String(), l.AreaCode(), l.Extension(), fmt.Sprintf("%#v", l), fmt.Sprintf("%q", l)}
		want := []string{tt.str, tt.area, tt.ext, tt.gofmt, tt.quot}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: accessors (-want +got):\n%s", tt.in, diff)
		}
	}
	var zero filing.Landline
	if got := []string{zero.String(), zero.Number(), zero.AreaCode(), zero.Extension()}; !cmp.Equal(got, []string{"", "", "", ""}) || zero.IsValid() {
		t.Errorf("zero value: %q, IsValid %v", got, zero.IsValid())
	}
}

// contactGenLandline draws a valid landline as its parts.
func contactGenLandline(t *rapid.T) (area, local, ext string) {
	digits := func(label string, n int, first string) string {
		return rapid.SampledFrom(strings.Split(first, "")).Draw(t, label+" first") +
			rapid.StringOfN(rapid.RuneFrom([]rune("0123456789")), n-1, n-1, -1).Draw(t, label)
	}
	switch rapid.IntRange(0, 2).Draw(t, "area kind") {
	case 0:
		area = "10"
	case 1:
		area = digits("area", 2, "2")
	default:
		area = digits("area", 3, "3456789")
	}
	local = digits("local", rapid.IntRange(7, 8).Draw(t, "local length"), "23456789")
	if rapid.Bool().Draw(t, "has extension") {
		ext = digits("extension", rapid.IntRange(1, 6).Draw(t, "extension length"), "0123456789")
	}
	return area, local, ext
}

func TestLandlineProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		area, local, ext := contactGenLandline(t)
		want := "086-0" + area + "-" + local
		if ext != "" {
			want += "-" + ext
		}
		// A variant: country code form, area code with or without 0,
		// separator, full width.
		country := rapid.SampledFrom([]string{"086", "+86", "0086", ""}).Draw(t, "country")
		a := "0" + area
		if country != "" && rapid.Bool().Draw(t, "drop 0") {
			a = area
		}
		sep := rapid.SampledFrom([]string{"-", " ", "  "}).Draw(t, "separator")
		var in string
		switch {
		case country == "" && rapid.Bool().Draw(t, "parentheses"):
			in = "(" + a + ")" + local
		case rapid.Bool().Draw(t, "together"):
			in = strings.TrimPrefix(country+sep, sep) + a + local
		default:
			in = strings.TrimPrefix(country+sep, sep) + a + sep + local
		}
		if ext != "" {
			in += sep + ext
		}
		if rapid.Bool().Draw(t, "full width") {
			in = contactFullWidth(in)
		}
		l, err := filing.ParseLandline(in)
		if err != nil {
			t.Fatalf("ParseLandline(%q): %v", filing.MaskPhone(in), err)
		}
		if l.Number() != want {
			t.Fatalf("Number() = %q, want %q", filing.MaskPhone(l.Number()), filing.MaskPhone(want))
		}
		// Idempotent normalisation and text round trip.
		again, err := filing.ParseLandline(l.Number())
		if err != nil || again != l {
			t.Fatalf("reparse of Number(): %v, %v", again, err)
		}
		var back filing.Landline
		text, _ := l.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != l {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		contactNoLeak(t, local, l)
	})
}

func TestLandlineJSON(t *testing.T) {
	var v struct {
		Contact2 filing.Landline `json:"contact2"`
	}
	if err := json.Unmarshal([]byte(`{"contact2":"(0571)88888888"}`), &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"contact2":"086-0571-88888888"}`, string(b)); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"contact2":"571-88888888"}`), &v); !errors.Is(err, filing.ErrFormat) {
		t.Errorf("bad landline: error = %v", err)
	}
}

func TestLandlineErrorMasked(t *testing.T) {
	_, err := filing.ParseLandline("0571-88887777-1234567")
	if err == nil || strings.Contains(err.Error(), "88887777") {
		t.Errorf("error %v shows the local number", err)
	}
}

func ExampleParseLandline() {
	l, err := filing.ParseLandline("+86-571-87654321-123")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l, l.AreaCode(), l.Extension())
	fmt.Println(l.Number()) // personal data: for storage only

	// A local number split in two cannot be told from one with an
	// extension.
	_, err = filing.ParseLandline("(0571) 8765 4321")
	fmt.Println(err)
	// Output:
	// 086-0571-87****21-123 0571 123
	// 086-0571-87654321-123
	// filing: parsing Landline "(05*********4321": wrong format: local number has 7 or 8 digits
}
