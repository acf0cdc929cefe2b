package textnorm

import (
	"strings"
	"testing"
	"unicode"
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

// TestEqualKeyMarks: a letter and a combining mark after it are compared as
// the letter they compose, whichever way the key was typed.
func TestEqualKeyMarks(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"josé", "Jose\u0301", true},   // e + U+0301 is é
		{"Jose\u0301", "josé", true},   // … and the other way round
		{"Äb", "A\u0308B", true},       // A + U+0308 is Ä
		{"李e", "李e\u0301", false},      // é is not e
		{"ae\u0301", "ae\u0301", true}, // the same marks
		{"abc李", "ABC李", true},         // no mark: the fast path
	}
	for _, tc := range cases {
		if got := EqualKey([]byte(Key(tc.a)), tc.b); got != tc.want {
			t.Errorf("EqualKey(Key(%q), %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPropertyEqualKey: EqualKey agrees with comparing keys.
func TestPropertyEqualKey(t *testing.T) {
	// The marks compose with the letter before them: e and U+0301 make
	// é, and a key holds é whichever way it was typed.
	part := rapid.SampledFrom([]string{"a", "B", "李", "小", ".", " ", "Ａ", "\u200b", "·", "-", "e", "é", "\u0301", "\u0308"})
	rapid.Check(t, func(t *rapid.T) {
		a := strings.Join(rapid.SliceOfN(part, 0, 6).Draw(t, "a"), "")
		b := strings.Join(rapid.SliceOfN(part, 0, 6).Draw(t, "b"), "")
		if got, want := EqualKey([]byte(Key(a)), b), Key(a) == Key(b); got != want {
			t.Fatalf("EqualKey(Key(%q), %q) = %v, want %v", a, b, got, want)
		}
		// Any string equals its own key.
		if s := rapid.String().Draw(t, "any"); !EqualKey([]byte(Key(s)), s) {
			t.Fatalf("EqualKey(Key(%q), %q) = false", s, s)
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

// nameParts are pieces of website names for the fast-path properties:
// ASCII, CJK, punctuation NFKC keeps (《》·、), white space and
// zero-width characters, and runes that send the fast path to the general
// one (full-width forms, combining marks, Hangul jamo, Kangxi radicals,
// compatibility ideographs, invalid UTF-8, case pairs outside ASCII).
var nameParts = []string{
	"a", "Z", "7", " ", "-", ".", "赌", "博", "网", "站", "小", "明",
	"《", "》", "·", "、", "，", "\u3000", "\u200b", "\u200d", "\ufeff", "\u2060", "😀", "\ufffd",
	"Ａ", "１", "（", "）", "ｶ", "\u0301", "\u0308", "\u1100", "\u1161", "\u11a8", "가",
	"⾚", "㈱", "\uf900", "ﾞ", "ﾟ", "Ｋ", "ǅ", "…", "\u2126", "＿", "～", "\xff", "\xe4\xb8", "É", "é", "İ", "ß", "Σ", "ς", "K", "Ω",
	"ä", "ㄱ", "ぁ", "ア", "ｰ", "Ⅻ", "①", "¼", "™", "\u00a0", "\u2028", "\U00020000", "\u3400",
}

// nameRanges are blocks of runes around the fast path's cases: Latin-1
// and Latin Extended, combining marks, Greek, CJK symbols and
// punctuation, Hangul jamo, kana, the CJK Unified Ideographs and their
// extension A, radicals, compatibility ideographs, half- and full-width
// forms.
var nameRanges = [][2]rune{
	{0x80, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x1100, 0x11FF}, {0x2000, 0x206F},
	{0x2460, 0x24FF}, {0x2E80, 0x2FDF}, {0x3000, 0x30FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
	{0xAC00, 0xAC40}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F},
	{0xFF00, 0xFF20}, {0xFF21, 0xFF3A}, {0xFF3B, 0xFF40}, {0xFF41, 0xFF5A}, {0xFF5B, 0xFF65}, {0xFF66, 0xFF9F}, {0xFFA0, 0xFFEF},
}

// namePart draws a piece of nameParts or one rune of nameRanges.
var namePart = rapid.Custom(func(t *rapid.T) string {
	if rapid.Bool().Draw(t, "from a block") {
		b := rapid.SampledFrom(nameRanges).Draw(t, "block")
		return string(rapid.Int32Range(b[0], b[1]).Draw(t, "rune"))
	}
	return rapid.SampledFrom(nameParts).Draw(t, "part")
})

// TestPropertyFastPathSameKey: the fast path of AppendKeyInfo gives the
// same key, spans and rune count as the general path, on names built from
// nameParts and on arbitrary strings, and reports Simple only for text of
// ASCII and CJK Unified Ideographs.
func TestPropertyFastPathSameKey(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var s string
		if rapid.Bool().Draw(t, "arbitrary") {
			s = rapid.String().Draw(t, "s")
		} else {
			s = strings.Join(rapid.SliceOfN(namePart, 0, 16).Draw(t, "parts"), "")
		}
		// Buffers of any room, the fast path growing them as it goes.
		kc, sc := rapid.IntRange(0, 8).Draw(t, "key room"), rapid.IntRange(0, 4).Draw(t, "span room")
		key, spans, info := AppendKeyInfo(make([]byte, 0, kc), make([]Span, 0, sc), s)
		wkey, wspans, winfo := AppendKeySlow(nil, nil, s)
		if info.CJK != winfo.CJK || info.Other != winfo.Other {
			t.Fatalf("%q: fast counts %d CJK %d other, general %d and %d", s, info.CJK, info.Other, winfo.CJK, winfo.Other)
		}
		if string(key) != string(wkey) {
			t.Fatalf("key of %q: fast %q, general %q", s, key, wkey)
		}
		if len(spans) != len(wspans) {
			t.Fatalf("spans of %q: fast %v, general %v", s, spans, wspans)
		}
		for i := range spans {
			if spans[i] != wspans[i] {
				t.Fatalf("spans of %q: fast %v, general %v", s, spans, wspans)
			}
		}
		if info.Runes != winfo.Runes {
			t.Fatalf("runes of %q: fast %d, general %d", s, info.Runes, winfo.Runes)
		}
		if info.Simple {
			for _, r := range s {
				if r >= utf8.RuneSelf && (r < 0x4E00 || r > 0x9FFF) {
					t.Fatalf("%q is not simple (%q)", s, r)
				}
			}
		}
	})
}

// TestFastPathEveryRune walks every rune of the Basic Multilingual Plane
// and the ideographs of plane 2's start, alone and between an ASCII letter
// and a CJK Unified Ideograph: the fast path and the general one agree on
// each.
func TestFastPathEveryRune(t *testing.T) {
	contexts := [][2]string{{"", ""}, {"a", "赌"}}
	check := func(s string) {
		key, spans, info := AppendKeyInfo(nil, nil, s)
		wkey, wspans, winfo := AppendKeySlow(nil, nil, s)
		if string(key) != string(wkey) || info.Runes != winfo.Runes || len(spans) != len(wspans) || info.CJK != winfo.CJK || info.Other != winfo.Other {
			t.Fatalf("%q: fast %q %v %d, general %q %v %d", s, key, spans, info.Runes, wkey, wspans, winfo.Runes)
		}
		for i := range spans {
			if spans[i] != wspans[i] {
				t.Fatalf("%q: fast spans %v, general %v", s, spans, wspans)
			}
		}
	}
	for r := rune(0); r < 0x20100; r++ {
		if r == 0x10000 {
			r = 0x20000
		}
		for _, c := range contexts {
			check(c[0] + string(r) + c[1])
		}
	}
}

// TestASCIIKey: the ASCII table keeps exactly the runes Dropped keeps,
// lower-cased.
func TestASCIIKey(t *testing.T) {
	if len(asciiKey) != utf8.RuneSelf {
		t.Fatalf("asciiKey has %d entries", len(asciiKey))
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := byte(0)
		if !Dropped(r) {
			want = byte(unicode.ToLower(r))
		}
		if asciiKey[r] != want {
			t.Errorf("asciiKey[%q] = %q, want %q", r, asciiKey[r], want)
		}
	}
}

// TestIsSpecialEveryRune: IsSpecial is "dropped, or neither a letter, a
// mark nor a number" on every rune of Unicode.
func TestIsSpecialEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := Dropped(r) || !unicode.In(r, unicode.L, unicode.M, unicode.N)
		if r >= 0x4E00 && r <= 0x9FFF {
			want = false
		}
		if got := IsSpecial(r); got != want {
			t.Fatalf("IsSpecial(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestDroppedEveryRune: the letter and number shortcut of Dropped changes
// no answer on any rune of Unicode.
func TestDroppedEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsSpace(r) || unicode.In(r, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Me, unicode.Variation_Selector) || r == utf8.RuneError
		if r < 0x80 {
			want = !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
		}
		if got := Dropped(r); got != want {
			t.Fatalf("Dropped(%U) = %v, want %v", r, got, want)
		}
	}
}
