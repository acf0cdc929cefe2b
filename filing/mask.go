package filing

import (
	"fmt"
	"io"
	"strconv"
	"strings"
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

// MaskEmail masks the phone numbers an e-mail address may carry
// (13800138000@139.com → 138****8000@139.com): every run of seven or more
// digits is masked with MaskPhone; the rest stays as it is.
func MaskEmail(s string) string { return maskDigitRuns(s) }

// maskDigitRuns masks, with MaskPhone, every run of seven or more ASCII
// digits in s: an e-mail address such as 13800138000@139.com carries a
// phone number.
func maskDigitRuns(s string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if run := s[start:end]; len(run) >= 7 {
			b.WriteString(MaskPhone(run))
		} else {
			b.WriteString(run)
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteByte(s[i])
	}
	flush(len(s))
	return b.String()
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
