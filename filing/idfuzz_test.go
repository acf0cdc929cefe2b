package filing_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
)

// certValue is what every certificate value type offers.
type certValue interface {
	comparable
	IsValid() bool
	Number() string
	String() string
	MarshalText() ([]byte, error)
}

// certFuzz checks one fuzz input against parse: no panic; an error is a
// *ParseError of typ that does not show the input; an accepted value is
// valid, round-trips through Number and the text encoding, and, when
// personal, never shows its full number outside Number and MarshalText.
func certFuzz[T certValue, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ, in string, parse func(string) (T, error), personal bool) {
	v, err := parse(in)
	if err != nil {
		var pe *filing.ParseError
		if !errors.As(err, &pe) || pe.Type != typ {
			t.Fatalf("Parse%s(%q) error %v is not a %s *ParseError", typ, in, err, typ)
		}
		if !errors.Is(err, filing.ErrEmpty) && !errors.Is(err, filing.ErrFormat) && !errors.Is(err, filing.ErrChecksum) &&
			!errors.Is(err, filing.ErrBirthDate) && !errors.Is(err, filing.ErrRegion) && !errors.Is(err, filing.ErrLowercaseX) {
			t.Fatalf("Parse%s(%q) error %v wraps no sentinel", typ, in, err)
		}
		var zero T
		if v != zero {
			t.Fatalf("Parse%s(%q) failed but returned %v", typ, in, v)
		}
		// An input of eight or more characters with a digit and no space
		// (nor a mask character) never appears in the message: reason texts
		// cannot contain one.
		body := strings.TrimSpace(in)
		if len(body) >= 8 && strings.ContainsAny(body, "0123456789") && !strings.ContainsAny(body, " *") &&
			strings.Contains(err.Error(), body) {
			t.Fatalf("Parse%s error %q shows the input", typ, err)
		}
		return
	}
	if !v.IsValid() {
		t.Fatalf("Parse%s(%q) accepted an invalid value", typ, in)
	}
	again, err := parse(v.Number())
	if err != nil || again != v {
		t.Fatalf("Parse%s(Number() %q) = %v, %v; want the same value", typ, v.Number(), again, err)
	}
	text, err := v.MarshalText()
	if err != nil || string(text) != v.Number() {
		t.Fatalf("MarshalText = %q, %v; want %q", text, err, v.Number())
	}
	var u T
	if err := PT(&u).UnmarshalText(text); err != nil || u != v {
		t.Fatalf("UnmarshalText(%q) = %v, %v", text, u, err)
	}
	if personal {
		for _, s := range append(certLeaks(v), v.String()) {
			if strings.Contains(s, v.Number()) {
				t.Fatalf("%s output %q shows the full number %q", typ, s, v.Number())
			}
		}
	}
}

// certFuzzSeeds are added to every target besides the committed corpus.
var certFuzzSeeds = []string{
	"", " ", "11010519491231002X", "11010519491231002x", "91350100M000100Y43", "D2143569-X",
	"H12345678", "M1234567890", "12345678", "123456789B", "E12345678", "A123456(3)", "A123456（3）",
	"G123456(A)", "1234567(8)", "911840198001010013", "\xff\xfe", "（）", "()",
}

func certAddSeeds(f *testing.F, extra ...string) {
	for _, s := range append(certFuzzSeeds, extra...) {
		f.Add(s)
	}
}

func FuzzParseResidentID(f *testing.F) {
	certAddSeeds(f, "440524188001010014", "990101199001011234")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "ResidentID", in, filing.ParseResidentID, true)
	})
}

func FuzzParseUSCC(f *testing.F) {
	certAddSeeds(f, "91440300708461136T", "914403001922038216", "110000000000001")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "USCC", in, filing.ParseUSCC, false)
	})
}

func FuzzParseOrgCode(f *testing.F) {
	certAddSeeds(f, "D2143569X", "19220382-1", "00000000-0")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "OrgCode", in, filing.ParseOrgCode, false)
	})
}

func FuzzParseHKMacaoPermit(f *testing.F) {
	certAddSeeds(f, "h12345678", "m1234567890")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "HKMacaoPermit", in, filing.ParseHKMacaoPermit, true)
	})
}

func FuzzParseTaiwanPermit(f *testing.F) {
	certAddSeeds(f, "a123456789", "1234567890")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "TaiwanPermit", in, filing.ParseTaiwanPermit, true)
	})
}

func FuzzParsePassport(f *testing.F) {
	certAddSeeds(f, "g1234567", "AB123", "ABCDEFGH123456789")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "Passport", in, filing.ParsePassport, true)
	})
}

func FuzzParseHKID(f *testing.F) {
	certAddSeeds(f, "a1234563", "AB987654(9)", "A123456(3")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "HKID", in, filing.ParseHKID, true)
	})
}

func FuzzParseMacaoID(f *testing.F) {
	certAddSeeds(f, "5215299（8）", "71234568")
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "MacaoID", in, filing.ParseMacaoID, true)
	})
}

func FuzzParseForeignerPermanentID(f *testing.F) {
	certAddSeeds(f, "USA110080010101", certFPIDWithX())
	f.Fuzz(func(t *testing.T, in string) {
		certFuzz(t, "ForeignerPermanentID", in, filing.ParseForeignerPermanentID, true)
	})
}
