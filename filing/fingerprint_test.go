package filing_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// The MD5 of the example in the wire format of a filing application, and a
// SHA-1 in keytool's form.
const (
	fpMD5  = "BC:25:4E:B3:AE:E7:7D:33:E8:27:63:60:0B:19:35:B7"
	fpSHA1 = "DA:39:A3:EE:5E:6B:4B:0D:32:55:BF:EF:95:60:18:90:AF:D8:07:09"
)

func TestParseFingerprint(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string // String() on success
		digest filing.Digest
		err    error // sentinel on failure
	}{
		// keytool -list -v and openssl x509 -fingerprint print AB:CD:….
		{"keytool md5", fpMD5, fpMD5, filing.MD5, nil},
		{"keytool sha1", fpSHA1, fpSHA1, filing.SHA1, nil},
		// jadx prints the bytes separated by spaces, in lower case.
		{"jadx", "bc 25 4e b3 ae e7 7d 33 e8 27 63 60 0b 19 35 b7", fpMD5, filing.MD5, nil},
		// Consoles show the digits without separators, or with hyphens.
		{"plain", "bc254eb3aee77d33e82763600b1935b7", fpMD5, filing.MD5, nil},
		{"hyphens", "BC-25-4E-B3-AE-E7-7D-33-E8-27-63-60-0B-19-35-B7", fpMD5, filing.MD5, nil},
		{"mixed case and separators", " Bc:25 4e-B3AEE77D33E82763600B1935b7\n", fpMD5, filing.MD5, nil},
		{"empty", "", "", 0, filing.ErrEmpty},
		{"separators only", ": - :", "", 0, filing.ErrEmpty},
		{"31 digits", fpMD5[:len(fpMD5)-1], "", 0, filing.ErrFormat},
		{"33 digits", fpMD5 + "0", "", 0, filing.ErrFormat},
		// SHA-256 (64 digits) is not a form's fingerprint.
		{"sha256", strings.Repeat("AB:", 31) + "AB", "", 0, filing.ErrFormat},
		{"g is not hex", "G" + fpMD5[1:], "", 0, filing.ErrFormat},
		{"dot separator", strings.ReplaceAll(fpMD5, ":", "."), "", 0, filing.ErrFormat},
		{"label", "MD5: " + fpMD5, "", 0, filing.ErrFormat},
		{"too long", strings.Repeat(" ", 150) + fpMD5, "", 0, filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := filing.ParseFingerprint(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "Fingerprint" || f.IsValid() {
					t.Fatalf("ParseFingerprint(%q) = %v, %v; want a Fingerprint *ParseError wrapping %v", tt.in, f, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseFingerprint(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, f.String()); diff != "" {
				t.Errorf("String() (-want +got):\n%s", diff)
			}
			if f.Digest() != tt.digest {
				t.Errorf("Digest() = %v, want %v", f.Digest(), tt.digest)
			}
			if f.Hex() != strings.ReplaceAll(tt.want, ":", "") {
				t.Errorf("Hex() = %q", f.Hex())
			}
		})
	}
	var zero filing.Fingerprint
	if zero.IsValid() || zero.String() != "" || zero.Digest() != filing.DigestUnknown || len(zero.Bytes()) != 0 {
		t.Errorf("zero Fingerprint = %q, %v", zero, zero.Digest())
	}
	for d, want := range map[filing.Digest]string{filing.MD5: "MD5", filing.SHA1: "SHA-1", filing.DigestUnknown: "unknown"} {
		if d.String() != want {
			t.Errorf("Digest(%d).String() = %q", d, d.String())
		}
	}
}

// fingerprintText writes digest b as one of the tools print it.
func fingerprintText(t *rapid.T, b []byte) string {
	h := hex.EncodeToString(b)
	if rapid.Bool().Draw(t, "upper") {
		h = strings.ToUpper(h)
	}
	sep := rapid.SampledFrom([]string{"", ":", " ", "-"}).Draw(t, "separator")
	var parts []string
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, sep)
}

func TestFingerprintProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.SampledFrom([]int{16, 20}).Draw(t, "bytes")
		b := rapid.SliceOfN(rapid.Byte(), n, n).Draw(t, "digest")
		in := fingerprintText(t, b)
		f, err := filing.ParseFingerprint(in)
		if err != nil {
			t.Fatalf("ParseFingerprint(%q): %v", in, err)
		}
		if !cmp.Equal(f.Bytes(), b) || (n == 16) != (f.Digest() == filing.MD5) {
			t.Fatalf("ParseFingerprint(%q) = %x %v", in, f.Bytes(), f.Digest())
		}
		// Every written form of the same digest is the same value, and
		// normalising twice changes nothing.
		for _, s := range []string{f.String(), f.Hex(), strings.ToLower(f.String())} {
			if again, err := filing.ParseFingerprint(s); err != nil || again != f {
				t.Fatalf("ParseFingerprint(%q) = %v, %v", s, again, err)
			}
		}
		var back filing.Fingerprint
		text, _ := f.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
	})
}

func TestFingerprintFormat(t *testing.T) {
	f := filing.MustParseFingerprint(strings.ToLower(fpMD5))
	got := fmt.Sprintf("%v|%s|%#v", f, f, f)
	want := fpMD5 + "|" + fpMD5 + `|filing.Fingerprint("` + fpMD5 + `")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(struct {
		F filing.Fingerprint `json:"cert_fingerprint"`
	}{f})
	if diff := cmp.Diff(`{"cert_fingerprint":"`+fpMD5+`"}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func FuzzParseFingerprint(f *testing.F) {
	for _, s := range []string{fpMD5, fpSHA1, "bc 25 4e b3 ae e7 7d 33 e8 27 63 60 0b 19 35 b7",
		"bc254eb3aee77d33e82763600b1935b7", "BC-25-4E", "MD5: " + fpMD5, ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fp, err := filing.ParseFingerprint(s)
		if err != nil {
			contactCheckError(t, err, "Fingerprint")
			if fp.IsValid() {
				t.Fatal("a valid value with an error")
			}
			return
		}
		if d := fp.Digest(); d != filing.MD5 && d != filing.SHA1 {
			t.Fatalf("digest %v", d)
		}
		// The digits of the input, in order, are the digest.
		var digits strings.Builder
		for _, r := range s {
			if strings.ContainsRune("0123456789abcdefABCDEF", r) {
				digits.WriteRune(r)
			}
		}
		if !strings.EqualFold(digits.String(), fp.Hex()) {
			t.Fatalf("ParseFingerprint(%q) = %s", s, fp)
		}
		if again, err := filing.ParseFingerprint(fp.String()); err != nil || again != fp {
			t.Fatalf("reparse = %v, %v", again, err)
		}
	})
}

// BenchmarkParseFingerprint parses valid fingerprints as the tools print
// them; the target is at most 150 ns/op and no allocation.
func BenchmarkParseFingerprint(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"keytool_md5", fpMD5},
		{"keytool_sha1", fpSHA1},
		{"jadx", "bc 25 4e b3 ae e7 7d 33 e8 27 63 60 0b 19 35 b7"},
		{"plain", "bc254eb3aee77d33e82763600b1935b7"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var f filing.Fingerprint
			for b.Loop() {
				f, _ = filing.ParseFingerprint(bc.in)
			}
			appBenchSink = f
		})
	}
}

func ExampleParseFingerprint() {
	// jadx prints the bytes in lower case separated by spaces.
	f, err := filing.ParseFingerprint("bc 25 4e b3 ae e7 7d 33 e8 27 63 60 0b 19 35 b7")
	fmt.Println(f, f.Digest(), err)
	// Output:
	// BC:25:4E:B3:AE:E7:7D:33:E8:27:63:60:0B:19:35:B7 MD5 <nil>
}
