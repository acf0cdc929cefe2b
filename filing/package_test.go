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

func TestParsePackage(t *testing.T) {
	type valid struct{ android, ios, harmony bool }
	tests := []struct {
		name string
		in   string
		want valid // syntaxes satisfied, on success
		err  error // sentinel on failure
	}{
		// The example of the Android docs' "Set the application ID".
		{"android docs example", "com.example.myapp", valid{true, true, true}, nil},
		// Underscores are Android and HarmonyOS, not iOS.
		{"underscore", "com.example.my_app", valid{true, false, true}, nil},
		// Hyphens are iOS only (CFBundleIdentifier: A-Z a-z 0-9 - .).
		{"hyphen", "com.example.my-app", valid{false, true, false}, nil},
		// One segment: not Android; 6 bytes: not HarmonyOS; iOS allows it.
		{"one segment", "myapp1", valid{false, true, false}, nil},
		// A segment starting with a digit breaks the Android rule only.
		{"digit segment", "com.2example.app", valid{false, true, true}, nil},
		// An empty segment (two dots) breaks Android only.
		{"empty segment", "com..example", valid{false, true, true}, nil},
		{"trailing dot", "com.example.", valid{false, true, true}, nil},
		{"leading dot", ".com.example", valid{false, true, false}, nil},
		// HarmonyOS: 7 to 128 bytes starting with a letter.
		{"harmony 7 bytes", "a.bcdef", valid{true, true, true}, nil},
		{"harmony 129 bytes", "a." + strings.Repeat("b", 127), valid{true, true, false}, nil},
		{"starts with a digit", "1com.example", valid{false, true, false}, nil},
		// Other systems take any text without white space.
		{"plus sign", "com.example+app", valid{}, nil},
		{"han", "com.例子.app", valid{}, nil},
		{"non-ascii first byte", "¾example.app", valid{}, nil},
		{"longest", "a." + strings.Repeat("b", filing.MaxPackageLen-2), valid{true, true, false}, nil},
		// Failures: nothing is trimmed.
		{"empty", "", valid{}, filing.ErrEmpty},
		{"leading space", " com.example.app", valid{}, filing.ErrFormat},
		{"inner space", "com.example .app", valid{}, filing.ErrFormat},
		{"tab", "com.example\tapp", valid{}, filing.ErrFormat},
		{"ideographic space", "com.example\u3000app", valid{}, filing.ErrFormat},
		{"zero width space", "com.example\u200bapp", valid{}, filing.ErrFormat},
		{"control", "com.example\x00app", valid{}, filing.ErrFormat},
		{"not utf-8", "com.\xffexample", valid{}, filing.ErrFormat},
		{"too long", "a." + strings.Repeat("b", filing.MaxPackageLen-1), valid{}, filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := filing.ParsePackage(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "Package" || p.IsValid() {
					t.Fatalf("ParsePackage(%q) = %v, %v; want a Package *ParseError wrapping %v", tt.in, p, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePackage(%q) error = %v", tt.in, err)
			}
			got := valid{p.ValidFor(filing.Android), p.ValidFor(filing.IOS), p.ValidFor(filing.HarmonyOS)}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(valid{})); diff != "" {
				t.Errorf("ParsePackage(%q) syntaxes (-want +got):\n%s", tt.in, diff)
			}
			for _, os := range []filing.OS{filing.BlackBerry, filing.Linux, "symbian"} {
				if !p.ValidFor(os) {
					t.Errorf("ParsePackage(%q) not valid for %s", tt.in, os)
				}
			}
			if p.String() != tt.in {
				t.Errorf("String() = %q, want the input", p.String())
			}
			// ParsePackageFor agrees with ValidFor.
			for os, ok := range map[filing.OS]bool{filing.Android: got.android, filing.IOS: got.ios, filing.HarmonyOS: got.harmony} {
				q, err := filing.ParsePackageFor(tt.in, os)
				if ok != (err == nil) || ok && q != p {
					t.Errorf("ParsePackageFor(%q, %s) = %v, %v", tt.in, os, q, err)
				}
				if err != nil && (!errors.Is(err, filing.ErrFormat) || !strings.Contains(err.Error(), "segments") && os == filing.Android) {
					t.Errorf("ParsePackageFor(%q, %s) error %v", tt.in, os, err)
				}
			}
		})
	}
	var zero filing.Package
	if zero.IsValid() || zero.ValidFor(filing.Linux) || zero.String() != "" {
		t.Error("the zero Package is valid")
	}
}

// packageSegment draws an Android segment: a letter, then letters, digits
// and underscores.
func packageSegment() *rapid.Generator[string] {
	return rapid.StringMatching(`[A-Za-z][A-Za-z0-9_]{0,10}`)
}

func TestPackageProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		segs := rapid.SliceOfN(packageSegment(), 2, 5).Draw(t, "segments")
		in := strings.Join(segs, ".")
		p, err := filing.ParsePackageFor(in, filing.Android)
		if err != nil {
			t.Fatalf("ParsePackageFor(%q, android): %v", in, err)
		}
		// An Android ID of 7–128 bytes is a HarmonyOS bundle name; it is
		// an iOS bundle ID when it has no underscore.
		if p.ValidFor(filing.HarmonyOS) != (len(in) >= 7 && len(in) <= 128) {
			t.Fatalf("%q: HarmonyOS %t", in, p.ValidFor(filing.HarmonyOS))
		}
		if p.ValidFor(filing.IOS) == strings.Contains(in, "_") {
			t.Fatalf("%q: iOS %t", in, p.ValidFor(filing.IOS))
		}
		var back filing.Package
		text, _ := p.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != p {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		// A white space anywhere is an error.
		at := rapid.IntRange(0, len(in)).Draw(t, "space_at")
		if _, err := filing.ParsePackage(in[:at] + " " + in[at:]); !errors.Is(err, filing.ErrFormat) {
			t.Fatalf("space at %d accepted: %v", at, err)
		}
	})
}

func TestPackageFormat(t *testing.T) {
	p := filing.MustParsePackage("com.example.life")
	got := fmt.Sprintf("%v|%s|%q|%#v", p, p, p, p)
	want := `com.example.life|com.example.life|"com.example.life"|filing.Package("com.example.life")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(struct {
		P filing.Package `json:"package"`
	}{p})
	if diff := cmp.Diff(`{"package":"com.example.life"}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
	var z filing.Package
	if err := z.UnmarshalText(nil); err != nil || z.IsValid() {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
	if err := z.UnmarshalText([]byte("a b")); err == nil {
		t.Error("UnmarshalText accepted white space")
	}
}

func FuzzParsePackage(f *testing.F) {
	for _, s := range []string{"com.example.life", "com.example.my-app", "com.example.my_app", "myapp", "a.bcdef",
		"com..example", "1com.example", " com.example", "com.例子.app", "com.\xffexample", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := filing.ParsePackage(s)
		if err != nil {
			contactCheckError(t, err, "Package")
			if p.IsValid() {
				t.Fatal("a valid value with an error")
			}
			for _, os := range filing.OSes() {
				if _, err := filing.ParsePackageFor(s, os); err == nil {
					t.Fatalf("ParsePackageFor(%s) accepts what ParsePackage rejects", os)
				}
			}
			return
		}
		if p.String() != s || strings.ContainsAny(s, " \t\r\n") {
			t.Fatalf("ParsePackage(%q) = %q", s, p)
		}
		for _, os := range filing.OSes() {
			q, err := filing.ParsePackageFor(s, os)
			if (err == nil) != p.ValidFor(os) || err == nil && q != p {
				t.Fatalf("ParsePackageFor(%s) = %v, %v; ValidFor %t", os, q, err, p.ValidFor(os))
			}
		}
		if p.ValidFor(filing.Android) && !strings.Contains(s, ".") {
			t.Fatal("an Android ID without a dot")
		}
		var back filing.Package
		if err := back.UnmarshalText([]byte(p.String())); err != nil || back != p {
			t.Fatalf("reparse = %v, %v", back, err)
		}
	})
}

// appBenchSink keeps results alive so the compiler cannot drop the calls.
var appBenchSink any

// BenchmarkParsePackage parses valid identifiers of each syntax; the
// target is at most 150 ns/op and no allocation.
func BenchmarkParsePackage(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"android", "com.example.life"},
		{"ios", "com.example.Life-Pro"},
		{"harmony", "com.example.life_harmony"},
		{"long", "cn.com.example.enterprise.mobile.banking.client"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var p filing.Package
			for b.Loop() {
				p, _ = filing.ParsePackage(bc.in)
			}
			appBenchSink = p
		})
	}
}

func ExampleParsePackageFor() {
	for _, os := range []filing.OS{filing.Android, filing.IOS} {
		_, err := filing.ParsePackageFor("com.example.my-app", os)
		fmt.Println(os, err == nil)
	}
	// Output:
	// android false
	// ios true
}
