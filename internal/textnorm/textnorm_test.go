package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// TestKey covers the normalisation steps one by one.
func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"赌博", "赌博"},                   // plain Han
		{"赌 博", "赌博"},                  // ASCII space
		{"赌\u3000博", "赌博"},             // ideographic space
		{"赌\u200b博", "赌博"},             // zero-width space
		{"赌\u200d\u2060\ufeff博", "赌博"}, // joiner, word joiner, BOM
		{"赌·博", "赌博"},                  // middle dot
		{"赌，博！", "赌博"},                 // full-width punctuation
		{"ＡＢＣ１２３", "abc123"},           // full-width letters and digits, lower-cased
		{"ｶﾀｶﾅ", "カタカナ"},               // half-width katakana widened
		{"赌😀博", "赌博"},                  // emoji
		{"㈱会社", "株会社"},                 // NFKC of a parenthesised ideograph
		{"Café", "café"},               // composed
		{"Cafe\u0301", "café"},         // decomposed input composes
		{"\xff赌博", "赌博"},               // invalid byte dropped
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPropertyIdempotent: the key of a key is itself.
func TestPropertyIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		k := Key(s)
		if k2 := Key(k); k2 != k {
			t.Fatalf("Key(%q) = %q but Key of that = %q", s, k, k2)
		}
	})
}

// TestPropertySpans: spans are ordered, inside the text, and each key rune's
// original range normalises to a key containing it.
func TestPropertySpans(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		key, spans := AppendKey(nil, nil, s)
		n := int32(utf8.RuneCountInString(s))
		if utf8.RuneCount(key) != len(spans) {
			t.Fatalf("%d key runes, %d spans", utf8.RuneCount(key), len(spans))
		}
		runes := []rune(s)
		var prev Span
		i := 0
		for _, r := range string(key) {
			sp := spans[i]
			i++
			if sp.Start < prev.Start || sp.Start >= sp.End || sp.End > n {
				t.Fatalf("span %+v after %+v in %d runes", sp, prev, n)
			}
			prev = sp
			sub := Key(string(runes[sp.Start:sp.End]))
			found := false
			for _, x := range sub {
				found = found || x == r
			}
			if !found {
				t.Fatalf("rune %q not in key %q of its span", r, sub)
			}
		}
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"赌 博", "ＡＢＣ", "ｶﾀｶﾅ", "\xff", "Cafe\u0301", "㈱"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("not idempotent: %q → %q → %q", s, k, Key(k))
		}
		if !utf8.ValidString(k) {
			t.Fatalf("invalid key %q", k)
		}
	})
}

// TestPropertyEqualKey: EqualKey agrees with comparing keys.
func TestPropertyEqualKey(t *testing.T) {
	part := rapid.SampledFrom([]string{"a", "B", "李", "小", ".", " ", "Ａ", "\u200b", "·", "-"})
	rapid.Check(t, func(t *rapid.T) {
		a := strings.Join(rapid.SliceOfN(part, 0, 6).Draw(t, "a"), "")
		b := strings.Join(rapid.SliceOfN(part, 0, 6).Draw(t, "b"), "")
		if got, want := EqualKey([]byte(Key(a)), b), Key(a) == Key(b); got != want {
			t.Fatalf("EqualKey(Key(%q), %q) = %v, want %v", a, b, got, want)
		}
	})
}

// TestPropertyDecodeCJK: DecodeCJK agrees with the general decoder whenever
// it decodes, and decodes every CJK Unified Ideograph.
func TestPropertyDecodeCJK(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := rapid.SliceOfN(rapid.Byte(), 0, 4).Draw(t, "bytes")
		s := string(b)
		if r := rapid.Int32Range(0x4E00, 0x9FFF).Draw(t, "ideograph"); rapid.Bool().Draw(t, "use ideograph") {
			s = string(r) + s
			if got, n := DecodeCJK(s, 0); n != 3 || got != r {
				t.Fatalf("DecodeCJK(%q) = %q, %d", s, got, n)
			}
		}
		r, n := DecodeCJK(s, 0)
		if n == 0 {
			return
		}
		want, wn := utf8.DecodeRuneInString(s)
		if r != want || n != wn || r < 0x4E00 || r > 0x9FFF {
			t.Fatalf("DecodeCJK(%q) = %q, %d; want %q, %d", s, r, n, want, wn)
		}
	})
}
