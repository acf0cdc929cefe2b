package filing

import "unicode"

// idna2008Disallowed returns the first code point of the Unicode form of a
// domain that IDNA2008 (RFC 5892) does not permit in a label, and whether
// there is one. UTS #46, which the parser maps names with, lets symbols
// such as ☃ and emoji through for lookup; no registry registers them, so
// basic.domain_format rejects them.
//
// The derivation follows RFC 5892 §2–§3 for the code points a mapped label
// can hold: ASCII letters, digits and hyphen; otherwise the LetterDigits
// categories (Ll, Lo, Lm, Mn, Mc, Nd), with the Exceptions of §2.6, and old
// Hangul jamo (§2.9) disallowed. The CONTEXTJ and CONTEXTO code points (the
// zero-width joiners, the middle dots, Arabic-Indic digits, …) are let
// through: their context rules are the registries' to apply.
func idna2008Disallowed(uni string) (rune, bool) {
	for _, r := range uni {
		if r != '.' && !idna2008Permitted(r) {
			return r, true
		}
	}
	return 0, false
}

func idna2008Permitted(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-'
	// Exceptions, PVALID (RFC 5892 §2.6): ß, final sigma, Arabic and
	// Tibetan marks, and 〇 (U+3007, the ideographic number zero).
	case r == 0xDF, r == 0x3C2, r == 0x6FD, r == 0x6FE, r == 0xF0B, r == 0x3007:
		return true
	// Exceptions, DISALLOWED (§2.6).
	case r == 0x640, r == 0x7FA, r == 0x302E, r == 0x302F, 0x3031 <= r && r <= 0x3035, r == 0x303B:
		return false
	// OldHangulJamo (§2.9).
	case 0x1100 <= r && r <= 0x11FF, 0xA960 <= r && r <= 0xA97F, 0xD7B0 <= r && r <= 0xD7FF:
		return false
	// CONTEXTJ and CONTEXTO (§2.6, Appendix A).
	case r == 0x200C, r == 0x200D, r == 0xB7, r == 0x375, r == 0x5F3, r == 0x5F4, r == 0x30FB,
		0x660 <= r && r <= 0x669, 0x6F0 <= r && r <= 0x6F9:
		return true
	}
	return unicode.In(r, unicode.Ll, unicode.Lo, unicode.Lm, unicode.Mn, unicode.Mc, unicode.Nd)
}
