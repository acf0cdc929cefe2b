// Package textnorm normalises website names for word matching: Unicode
// NFKC, width folding and lower-casing, then dropping white space,
// zero-width and other format characters, punctuation and symbols, while
// keeping for every kept rune the range of original runes it came from.
//
// # Rules
//
// The text is cut at NFKC segment boundaries (a starter and the
// non-starters that follow it); each segment is normalised to NFKC, each
// resulting rune is width-folded (golang.org/x/text/width) and lower-cased
// (simple case mapping), and runes for which [Dropped] reports true are
// removed. Every kept rune maps back to its segment's original rune range,
// so a match in the key can be reported in the original text. Offsets count
// runes as a range loop over the string does: an invalid UTF-8 byte is one
// rune (U+FFFD, dropped). The key is idempotent: the key of a key is
// itself.
package textnorm

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Span is the range of original runes [Start, End) a key rune comes from.
type Span struct{ Start, End int32 }

// Dropped reports whether r is left out of the matching key: white space
// (including U+3000), control and format characters (zero-width space,
// joiners, U+2060, U+FEFF, …), punctuation, symbols (emoji included),
// enclosing marks and variation selectors.
func Dropped(r rune) bool {
	if r < 0x80 {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}
	if unicode.IsLetter(r) || unicode.IsNumber(r) {
		return false // the common case, one table search (see IsSpecial)
	}
	return unicode.IsSpace(r) || unicode.In(r, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Me, unicode.Variation_Selector) || r == utf8.RuneError
}

// Info describes the text a key was made from.
type Info struct {
	// Runes is the number of runes of the text (an invalid byte counting
	// as one).
	Runes int
	// Simple reports that the text holds only ASCII and CJK Unified
	// Ideographs, so its only special characters are ASCII ones, all
	// dropped from the key.
	Simple bool
	// CJK is the number of key runes that are CJK Unified Ideographs
	// (U+4E00–U+9FFF), Other the number that are neither those nor ASCII.
	CJK, Other int
}

// AppendKey appends the matching key of s to key (UTF-8) and one [Span] per
// key rune to spans, and returns both. It allocates only when the buffers
// are too small.
func AppendKey(key []byte, spans []Span, s string) ([]byte, []Span) {
	key, spans, _ = AppendKeyInfo(key, spans, s)
	return key, spans
}

// AppendKeyInfo is [AppendKey] that also describes s.
//
// Most names are made of runes that NFKC leaves alone whatever surrounds
// them (ASCII, the CJK Unified Ideographs, and the inert runes of
// [selfContained] such as 《》·、 U+200B or U+3000): each such rune is its
// own normalisation segment, so its key is the rune width-folded,
// lower-cased and dropped or kept, without running the normaliser. One
// pass does that and falls back to the general path, from the start, at
// the first other rune. [AppendKeySlow] is the general path alone; both
// give the same key, spans and rune count.
func AppendKeyInfo(key []byte, spans []Span, s string) ([]byte, []Span, Info) {
	key0, spans0 := len(key), len(spans)
	info := Info{Simple: true}
	var pos int32
	for i := 0; ; {
		// The ASCII and CJK runs, in a loop without calls.
		nk, ns, cjk, ni, npos := scanFast(key[len(key):cap(key)], spans[len(spans):cap(spans)], s, i, pos)
		key, spans = key[:len(key)+nk], spans[:len(spans)+ns]
		info.CJK += cjk
		i, pos = ni, npos
		if i >= len(s) {
			break
		}
		if cap(key)-len(key) < 3 || cap(spans) == len(spans) {
			key, spans = slices.Grow(key, 3), slices.Grow(spans, 1)
			continue
		}
		r, n, ok := selfContained(s[i:])
		if !ok {
			return slowInfo(key[:key0], spans[:spans0], s)
		}
		info.Simple = false
		if !Dropped(r) {
			key = utf8.AppendRune(key, r)
			spans = append(spans, Span{pos, pos + 1})
			switch {
			case r >= 0x4E00 && r <= 0x9FFF:
				info.CJK++
			case r >= utf8.RuneSelf:
				info.Other++
			}
		}
		i += n
		pos++
	}
	info.Runes = int(pos)
	return key, spans, info
}

// scanFast writes the key of the ASCII runes and CJK Unified Ideographs of
// s from byte i, rune pos, into the free room kb and sb, and returns the
// bytes and spans written, the ideographs among them and where it stopped:
// at the end of s, at another rune, or when the room is short.
func scanFast(kb []byte, sb []Span, s string, i int, pos int32) (nk, ns, cjk, _ int, _ int32) {
	for i < len(s) && nk+3 <= len(kb) && ns < len(sb) {
		c0 := s[i]
		if c0 < utf8.RuneSelf {
			if k := asciiKey[c0]; k != 0 {
				kb[nk] = k
				sb[ns] = Span{pos, pos + 1}
				nk++
				ns++
			}
			i++
			pos++
			continue
		}
		if i+2 >= len(s) {
			break
		}
		// A CJK Unified Ideograph (see DecodeCJK), copied as is.
		c2 := s[i+2]
		c1 := s[i+1]
		if (c1&c2)&0x80 == 0 || (c1|c2)&0x40 != 0 || c0-0xE5 > 4 && (c0 != 0xE4 || c1 < 0xB8) {
			break
		}
		k := kb[nk : nk+3 : nk+3]
		k[0], k[1], k[2] = c0, c1, c2
		sb[ns] = Span{pos, pos + 1}
		nk += 3
		ns++
		cjk++
		i += 3
		pos++
	}
	return nk, ns, cjk, i, pos
}

// asciiKey is the key of each ASCII byte: digits and lower-case letters as
// they are, upper-case letters lower-cased, 0 for the dropped rest.
const asciiKey = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"0123456789\x00\x00\x00\x00\x00\x00" +
	"\x00abcdefghijklmno" +
	"pqrstuvwxyz\x00\x00\x00\x00\x00" +
	"\x00abcdefghijklmno" +
	"pqrstuvwxyz\x00\x00\x00\x00\x00"

// selfContained decodes the first rune of s, of n bytes, and reports
// whether it normalises on its own, to one rune q that the fast path
// takes: r is a valid rune that combines with nothing before it, and
// either NFKC leaves it unchanged and it combines with nothing after it
// either (it is inert), or NFKC maps it to one such rune, an ASCII one or
// a CJK Unified Ideograph (full-width forms, U+3000, Kangxi radicals,
// compatibility ideographs). Width folding must leave q alone and its
// lower case must be such a rune too; lower is that lower case. The key of
// text made of such runes, ASCII and CJK Unified Ideographs is the
// concatenation of their own keys, and it is already normal.
func selfContained(s string) (lower rune, n int, ok bool) {
	r, n := utf8.DecodeRuneInString(s)
	if r >= 0xFF01 && r <= 0xFF5E {
		// A full-width form of ASCII: NFKC gives the ASCII rune.
		q := r - 0xFF01 + '!'
		if q >= 'A' && q <= 'Z' {
			q += 'a' - 'A'
		}
		return q, n, true
	}
	if r == utf8.RuneError && n == 1 {
		return r, n, false
	}
	p := norm.NFKC.PropertiesString(s[:n])
	q := r
	if !p.BoundaryAfter() {
		d := p.Decomposition()
		if d == nil || !p.BoundaryBefore() {
			return r, n, false
		}
		var dn int
		q, dn = utf8.DecodeRune(d)
		if dn != len(d) {
			return r, n, false
		}
		if q < utf8.RuneSelf {
			if q >= 'A' && q <= 'Z' {
				q += 'a' - 'A'
			}
			return q, n, true
		}
		if !norm.NFKC.Properties(d).BoundaryAfter() {
			return r, n, false
		}
	}
	var buf [utf8.UTFMax]byte
	if wp, _ := width.Lookup(utf8.AppendRune(buf[:0], q)); wp.Folded() != 0 {
		return r, n, false
	}
	lower = unicode.ToLower(q)
	if lower != q {
		b := utf8.AppendRune(buf[:0], lower)
		if wp, _ := width.Lookup(b); !norm.NFKC.Properties(b).BoundaryAfter() || wp.Folded() != 0 {
			return r, n, false
		}
	}
	return lower, n, true
}

// AppendKeySlow is [AppendKeyInfo] through the general normalisation path
// only, for any text (Info.Simple is always false). It is the reference
// the fast path is tested against.
func AppendKeySlow(key []byte, spans []Span, s string) ([]byte, []Span, Info) {
	return slowInfo(key, spans, s)
}

// slowInfo runs appendSlow and describes s.
func slowInfo(key []byte, spans []Span, s string) ([]byte, []Span, Info) {
	key0 := len(key)
	key, spans = appendSlow(key, spans, s)
	info := Info{Runes: utf8.RuneCountInString(s)}
	for _, r := range string(key[key0:]) {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			info.CJK++
		case r >= utf8.RuneSelf:
			info.Other++
		}
	}
	return key, spans, info
}

// appendSlow is AppendKey for text beyond ASCII and the CJK Unified
// Ideographs.
func appendSlow(key []byte, spans []Span, s string) ([]byte, []Span) {
	base, sbase := len(key), len(spans)
	var pos int32
	for len(s) > 0 {
		n := norm.NFKC.NextBoundaryInString(s, true)
		if n <= 0 {
			n = len(s)
		}
		seg := s[:n]
		s = s[n:]
		count := int32(utf8.RuneCountInString(seg))
		sp := Span{pos, pos + count}
		pos += count
		if !utf8.ValidString(seg) {
			continue // invalid bytes are dropped as U+FFFD
		}
		if !norm.NFKC.IsNormalString(seg) {
			seg = norm.NFKC.String(seg)
		}
		for _, r := range seg {
			key, spans = appendRune(key, spans, r, sp)
		}
	}
	// Dropping can bring a starter and a combining mark (or two Hangul
	// jamo) together: normalise again until stable, mapping the spans
	// through the earlier ones.
	for range 4 {
		ks := string(key[base:])
		if norm.NFKC.IsNormalString(ks) {
			break
		}
		k2, s2 := appendSlow(nil, nil, ks)
		old := spans[sbase:]
		for i, sp := range s2 {
			s2[i] = Span{old[sp.Start].Start, old[sp.End-1].End}
		}
		key = append(key[:base], k2...)
		spans = append(spans[:sbase], s2...)
	}
	return key, spans
}

// appendRune width-folds and lower-cases r and appends what is kept.
func appendRune(key []byte, spans []Span, r rune, sp Span) ([]byte, []Span) {
	if f := width.LookupRune(r).Folded(); f != 0 {
		fs := string(f)
		if !norm.NFKC.IsNormalString(fs) {
			fs = norm.NFKC.String(fs)
		}
		for _, fr := range fs {
			key, spans = appendLower(key, spans, fr, sp)
		}
		return key, spans
	}
	return appendLower(key, spans, r, sp)
}

// appendLower lower-cases r and appends it unless it is dropped.
func appendLower(key []byte, spans []Span, r rune, sp Span) ([]byte, []Span) {
	r = unicode.ToLower(r)
	if Dropped(r) {
		return key, spans
	}
	return utf8.AppendRune(key, r), append(spans, sp)
}

// Key returns the matching key of s.
func Key(s string) string {
	var kb [64]byte
	var sb [32]Span
	k, _ := AppendKey(kb[:0], sb[:0], s)
	return string(k)
}

// IsSpecial reports whether r is a special character in a website name
// (rule naming.special_chars): punctuation, symbols (emoji
// included), white space, control and format characters (zero-width),
// private-use and unassigned code points, enclosing marks and variation
// selectors; U+FFFD stands for invalid UTF-8.
func IsSpecial(r rune) bool {
	if r < 0x80 {
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		return false
	}
	// The general categories are disjoint: letters and numbers are never
	// dropped, marks only when enclosing or variation selectors, and
	// every other rune (punctuation, symbols, separators, controls,
	// format, private-use, surrogates, unassigned, U+FFFD) is special.
	// Asked in that order, a letter costs one table search.
	switch {
	case unicode.IsLetter(r), unicode.IsNumber(r):
		return false
	case unicode.IsMark(r):
		return unicode.Is(unicode.Me, r) || unicode.Is(unicode.Variation_Selector, r)
	}
	return true
}

// EqualKey reports whether the key of s equals key. For text made of ASCII
// and CJK Unified Ideographs it compares without allocating.
func EqualKey(key []byte, s string) bool {
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if Dropped(rune(c)) {
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j >= len(key) || key[j] != c {
				// A mark further on may compose with a letter before it
				// (e and U+0301 make é, spaces between dropped first):
				// the general path decides then.
				return MayCompose(s[i:]) && Key(s) == string(key)
			}
			j++
			continue
		}
		if _, n := DecodeCJK(s, i); n == 0 {
			return Key(s) == string(key)
		}
		if len(key)-j < 3 || key[j] != s[i] || key[j+1] != s[i+1] || key[j+2] != s[i+2] {
			return false
		}
		i, j = i+3, j+3
	}
	return j == len(key)
}

// MayCompose reports whether s holds a rune other than ASCII and the CJK
// Unified Ideographs of DecodeCJK: one that normalisation may compose with
// a letter before it.
func MayCompose(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, n := DecodeCJK(s, i)
		if n == 0 {
			return true
		}
		i += n
	}
	return false
}

// DecodeCJK decodes the rune at s[i] when it is a CJK Unified Ideograph
// U+4E00–U+9FFF (a three-byte sequence led by E4 B8–BF or E5–E9), the common
// case of website names, faster than the general decoder; n is 0 for any
// other rune.
func DecodeCJK(s string, i int) (r rune, n int) {
	if len(s)-i < 3 {
		return 0, 0
	}
	c0, c1, c2 := s[i], s[i+1], s[i+2]
	if (c1&c2)&0x80 == 0 || (c1|c2)&0x40 != 0 || c0-0xE5 > 4 && (c0 != 0xE4 || c1 < 0xB8) {
		return 0, 0
	}
	return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
}
