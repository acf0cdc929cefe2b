package filing

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaskCertNumber masks a certificate number for display: the first four and
// the last four characters stay, every character between them becomes '*'
// (3301**********123X). Shorter inputs show less: at least four characters
// are always hidden. MaskCertNumber never fails.
func MaskCertNumber(s string) string { return maskMiddle(s, 4, 4) }

// MaskPhone masks a phone number for display: the first three and the last
// four characters stay (138****8000). Shorter inputs show less: at least four
// characters are always hidden.
func MaskPhone(s string) string { return maskMiddle(s, 3, 4) }

// maskMiddle keeps head runes at the start and tail runes at the end of s and
// replaces the rest with '*'. When s is too short to hide at least four runes
// that way, it shows fewer, down to none.
func maskMiddle(s string, head, tail int) string {
	r := []rune(s)
	n := len(r)
	for head+tail > 0 && n-(head+tail) < 4 {
		if head >= tail && head > 0 {
			head--
		} else {
			tail--
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, c := range r {
		if i < head || i >= n-tail {
			b.WriteRune(c)
		} else {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// MaskEmail masks the phone and certificate numbers an e-mail address may
// carry (13800138000@139.com → 138****8000@139.com,
// 138-0013-8000@139.com → 138-****-8000@139.com), as [MaskText] does; the
// rest stays as it is.
func MaskEmail(s string) string { return maskDigitRuns(s) }

// MaskText masks, in any text a person typed (a name, a remark, an address,
// a domain, an IP address, a value in the wrong field), every run of digits
// that may be a phone or certificate number, so that the text can be shown
// or logged: 13800138000 → 138****8000, 330106199001011234 →
// 3301**********1234.
//
// A run is seven or more digits, ASCII (0–9) or full-width (０–９), with at
// most one separator between two digits (a space, '-', the full-width
// hyphen '－' or the ideographic space) and an X or x right after it (the
// check character of a resident ID). Its digits and X are masked as
// [MaskPhone] masks a number (first three and last four kept), or as
// [MaskCertNumber] does for runs of 14 or more (first four and last four);
// separators stay. Dots and colons end a run, and a date written
// 2027-02-28 is no run: IP addresses (47.96.10.10) and dates stay readable. Every other character is kept, so the result
// has as many runes as s.
func MaskText(s string) string { return maskDigitRuns(s) }

// maskDigitRuns is [MaskText].
func maskDigitRuns(s string) string {
	// Fast path: fewer than 7 digits in all cannot hold a run.
	digits := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' || c == 0xEF {
			digits++
		}
	}
	if digits < 7 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if _, ok := maskDigitAt(s, i); !ok {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteByte(s[i])
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size
			continue
		}
		end, n := maskRunEnd(s, i)
		if n < 7 || maskIsDate(s[i:end]) {
			b.WriteString(s[i:end])
			i = end
			continue
		}
		head, tail := 3, 4
		if n >= 14 {
			head = 4
		}
		for head+tail > 0 && n-(head+tail) < 4 {
			if head >= tail && head > 0 {
				head--
			} else {
				tail--
			}
		}
		k := 0 // index of the significant character
		for j := i; j < end; {
			size, sig := maskCharAt(s, j, k, n)
			if sig {
				if k < head || k >= n-tail {
					b.WriteString(s[j : j+size])
				} else {
					b.WriteByte('*')
				}
				k++
			} else {
				b.WriteString(s[j : j+size])
			}
			j += size
		}
		i = end
	}
	return b.String()
}

// maskIsDate reports whether a run is a date in the form 2027-02-28 (four,
// two and two digits): dates are no personal numbers.
func maskIsDate(run string) bool {
	var groups [4]int
	g := 0
	for j := 0; j < len(run); {
		if size, ok := maskDigitAt(run, j); ok {
			groups[g]++
			j += size
			continue
		}
		if g++; g == len(groups) {
			return false
		}
		_, size := utf8.DecodeRuneInString(run[j:])
		j += size
	}
	return g == 2 && groups[0] == 4 && groups[1] == 2 && groups[2] == 2
}

// maskDigitAt reports whether a digit (ASCII or full-width) starts at s[i],
// and its size in bytes.
func maskDigitAt(s string, i int) (int, bool) {
	switch c := s[i]; {
	case '0' <= c && c <= '9':
		return 1, true
	case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && 0x90 <= s[i+2] && s[i+2] <= 0x99:
		return 3, true
	}
	return 0, false
}

// maskSepAt reports whether a run separator starts at s[i], and its size.
func maskSepAt(s string, i int) (int, bool) {
	switch c := s[i]; {
	case c == ' ' || c == '-':
		return 1, true
	case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x8D: // '－'
		return 3, true
	case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80: // U+3000
		return 3, true
	}
	return 0, false
}

// maskRunEnd returns the end of the run of digits starting at s[i] and the
// number of its significant characters (digits, and a final X).
func maskRunEnd(s string, i int) (end, n int) {
	end = i
	for end < len(s) {
		if size, ok := maskDigitAt(s, end); ok {
			end += size
			n++
			continue
		}
		if size, ok := maskSepAt(s, end); ok && end+size < len(s) {
			if _, ok := maskDigitAt(s, end+size); ok {
				end += size
				continue
			}
		}
		break
	}
	if end < len(s) && (s[end] == 'X' || s[end] == 'x') && n >= 7 {
		end++
		n++
	}
	return end, n
}

// maskCharAt returns the size of the character at s[j] inside a run, and
// whether it is significant (a digit, or the final X).
func maskCharAt(s string, j, k, n int) (int, bool) {
	if size, ok := maskDigitAt(s, j); ok {
		return size, true
	}
	if (s[j] == 'X' || s[j] == 'x') && k == n-1 {
		return 1, true
	}
	size, _ := maskSepAt(s, j)
	return max(size, 1), false
}

// maskedFormat writes masked, the display form of a value of type typ, for
// the verb: %v and %s print it as is, %q quoted, %#v as filing.Type("…");
// every other verb prints the fmt error form. Width and flags are honoured.
// Values holding personal data implement fmt.Formatter with it, so that no
// verb prints them in full.
func maskedFormat(f fmt.State, verb rune, typ, masked string) {
	switch {
	case verb == 'v' && f.Flag('#'):
		_, _ = io.WriteString(f, "filing."+typ+"("+strconv.Quote(masked)+")")
	case verb == 'v' || verb == 's' || verb == 'q':
		_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
	default:
		_, _ = io.WriteString(f, "%!"+string(verb)+"(filing."+typ+"="+masked+")")
	}
}
