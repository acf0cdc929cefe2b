package filing_test

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

func TestParsePublicKey(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string             // String() on success
		enc  filing.KeyEncoding // Encoding() on success
		err  error              // sentinel on failure
	}{
		// jadx prints the RSA modulus in decimal.
		{"decimal", "2234567890123456789012345678901", "2234567890123456789012345678901", filing.KeyDecimal, nil},
		// openssl rsa -modulus / -text print hexadecimal, with colons.
		{"openssl colons", "00:c3:a1:5f:\n    9e:0b", "00c3a15f9e0b", filing.KeyHex, nil},
		{"hex plain", "00C3A15F9E0B", "00C3A15F9E0B", filing.KeyHex, nil},
		// Apple's viewer: bytes separated by spaces, copied up to its ellipsis.
		{"ios truncated", "C3 A1 5F 9E 0B 7D", "C3A15F9E0B7D", filing.KeyHex, nil},
		// A PEM body with line breaks; no length is enforced.
		{"base64 lines", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\nMIIBCgKCAQEAw6Ff==", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw6Ff==", filing.KeyBase64, nil},
		{"base64 crlf", "MIIB\r\nIjAN\r\n", "MIIBIjAN", filing.KeyBase64, nil},
		{"base64 short", "Qg", "Qg", filing.KeyBase64, nil},
		// Digits separated by spaces count as decimal: the normal form decides.
		{"decimal spaced", "12 34", "1234", filing.KeyDecimal, nil},
		{"empty", "", "", 0, filing.ErrEmpty},
		{"blank", " \n ", "", 0, filing.ErrEmpty},
		{"pem header", "-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----", "", 0, filing.ErrFormat},
		{"ellipsis", "C3 A1 5F…", "", 0, filing.ErrFormat},
		{"three dots", "C3 A1 5F...", "", 0, filing.ErrFormat},
		{"pad inside", "MIIB=IjAN", "", 0, filing.ErrFormat},
		{"three pads", "MIIB===", "", 0, filing.ErrFormat},
		{"colon in base64", "MI:IB", "", 0, filing.ErrFormat},
		{"url-safe base64", "MIIB_-Ij", "", 0, filing.ErrFormat},
		{"colons only", ":::", "", 0, filing.ErrFormat},
		{"han", "公钥", "", 0, filing.ErrFormat},
		{"too long", strings.Repeat("1", filing.MaxPublicKeyLen+1), "", 0, filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := filing.ParsePublicKey(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "PublicKey" || k.IsValid() {
					t.Fatalf("ParsePublicKey(%q) = %v, %v; want a PublicKey *ParseError wrapping %v", tt.in, k, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePublicKey(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, k.String()); diff != "" {
				t.Errorf("String() (-want +got):\n%s", diff)
			}
			if k.Encoding() != tt.enc {
				t.Errorf("Encoding() = %v, want %v", k.Encoding(), tt.enc)
			}
		})
	}
	var zero filing.PublicKey
	if zero.IsValid() || zero.String() != "" || zero.Encoding() != filing.KeyUnknown {
		t.Errorf("zero PublicKey = %q", zero)
	}
	for e, want := range map[filing.KeyEncoding]string{filing.KeyDecimal: "decimal", filing.KeyHex: "hex", filing.KeyBase64: "base64", filing.KeyUnknown: "unknown"} {
		if e.String() != want {
			t.Errorf("KeyEncoding(%d).String() = %q", e, e.String())
		}
	}
}

// TestPublicKeyProperties writes one random modulus in each radix and each
// tool's layout: every form parses, to its radix, and normalising twice
// changes nothing.
func TestPublicKeyProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := rapid.SliceOfN(rapid.Byte(), 1, 300).Draw(t, "modulus")
		b[0] |= 0xA0 // a leading byte whose first digit is a letter keeps the hex form hexadecimal
		dec := new(big.Int).SetBytes(b).String()
		h := hex.EncodeToString(b)
		var pairs []string
		for i := 0; i < len(h); i += 2 {
			pairs = append(pairs, h[i:i+2])
		}
		b64 := base64.StdEncoding.EncodeToString(b)
		var lines []string
		for i := 0; i < len(b64); i += 64 {
			lines = append(lines, b64[i:min(i+64, len(b64))])
		}
		cut := rapid.IntRange(1, len(pairs)).Draw(t, "truncate_at")
		for _, c := range []struct {
			in   string
			enc  filing.KeyEncoding
			want string
		}{
			{dec, filing.KeyDecimal, dec},
			{strings.Join(pairs, ":"), filing.KeyHex, h},
			{strings.ToUpper(strings.Join(pairs[:cut], " ")), filing.KeyHex, strings.ToUpper(strings.Join(pairs[:cut], ""))},
			{strings.Join(lines, "\n") + "\n", filing.KeyBase64, b64},
		} {
			k, err := filing.ParsePublicKey(c.in)
			if err != nil {
				t.Fatalf("ParsePublicKey(%q): %v", c.in, err)
			}
			// A short base64 body may happen to hold only hexadecimal
			// characters; its normal form is still the body.
			if k.String() != c.want || k.Encoding() != c.enc && c.enc != filing.KeyBase64 {
				t.Fatalf("ParsePublicKey(%q) = %q (%v), want %q (%v)", c.in, k, k.Encoding(), c.want, c.enc)
			}
			if again, err := filing.ParsePublicKey(k.String()); err != nil || again != k {
				t.Fatalf("reparse = %v, %v", again, err)
			}
			var back filing.PublicKey
			text, _ := k.MarshalText()
			if err := back.UnmarshalText(text); err != nil || back != k {
				t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
			}
		}
		if _, err := filing.ParsePublicKey("-----BEGIN PUBLIC KEY-----\n" + strings.Join(lines, "\n") + "\n-----END PUBLIC KEY-----\n"); !errors.Is(err, filing.ErrFormat) {
			t.Fatalf("PEM armour accepted: %v", err)
		}
	})
}

func TestPublicKeyFormat(t *testing.T) {
	k := filing.MustParsePublicKey("00:c3:a1")
	got := fmt.Sprintf("%v|%s|%q|%#v", k, k, k, k)
	want := `00c3a1|00c3a1|"00c3a1"|filing.PublicKey("00c3a1")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(struct {
		K filing.PublicKey `json:"public_key"`
	}{k})
	if diff := cmp.Diff(`{"public_key":"00c3a1"}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func FuzzParsePublicKey(f *testing.F) {
	for _, s := range []string{"2234567890123456789012345678901", "00:c3:a1:5f:\n    9e:0b", "C3 A1 5F 9E",
		"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\nMIIBCgKCAQEAw6Ff==", "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
		"C3 A1…", "MIIB=IjAN", ":::", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := filing.ParsePublicKey(s)
		if err != nil {
			contactCheckError(t, err, "PublicKey")
			if k.IsValid() {
				t.Fatal("a valid value with an error")
			}
			return
		}
		if k.String() == "" || strings.ContainsAny(k.String(), ": \t\r\n") {
			t.Fatalf("ParsePublicKey(%q) = %q", s, k)
		}
		if again, err := filing.ParsePublicKey(k.String()); err != nil || again != k {
			t.Fatalf("reparse = %v, %v", again, err)
		}
	})
}

func ExampleParsePublicKey() {
	// openssl prints the modulus in hexadecimal with colons.
	k, err := filing.ParsePublicKey("00:c3:a1:5f:\n    9e:0b")
	fmt.Println(k, k.Encoding(), err)
	// Output:
	// 00c3a15f9e0b hex <nil>
}
