package sms

import (
	"crypto/subtle"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// suffixLength is how many trailing characters of the certificate number the
// verification form asks for (rule sms.id_suffix).
const suffixLength = 6

// zhejiangForm reports whether the principal p answers, in the province of
// row, with the Hong Kong / Macao identity card instead of the certificate
// (rule sms.id_suffix_hk_macao: 浙江省, row.SMSHKMacaoIDCard).
func zhejiangForm(p *filing.Principal, row *province.Row) bool {
	return p.CertType == filing.CertHKMacaoPermit && row.SMSHKMacaoIDCard
}

// ExpectedIDSuffix returns what the SMS verification form expects as "the
// last 6 characters of the certificate number" of principal p filing in the
// province of row (rules sms.id_suffix, sms.id_suffix_hk_macao):
//
//   - for every certificate, the last 6 characters of p.CertNumber with
//     its white space removed (numbers are sometimes typed in groups),
//     nothing else changed: a resident ID keeps its upper-case X;
//   - for a 港澳居民来往内地通行证 in a province whose row sets
//     SMSHKMacaoIDCard (浙江省), the last 6 characters of the Hong Kong or
//     Macao identity card number p.HKMacaoIDNumber with the check character
//     in full-width parentheses: "456（3）" for A123456(3), "567（8）" for
//     1234567(8). A number that starts with a digit is read as a Macao one
//     ([filing.ParseMacaoID]), any other as a Hong Kong one
//     ([filing.ParseHKID]); either may be written with ASCII or full-width
//     parentheses or none.
//
// Errors: [ErrCertNumberMissing] when the certificate number has fewer than
// 6 characters, [ErrHKMacaoIDMissing] when the Zhejiang form needs an
// identity card number that p lacks, and a wrapped [*filing.ParseError]
// (input masked) when that number is malformed. No error shows a full
// certificate number.
func ExpectedIDSuffix(p filing.Principal, row province.Row) (string, error) {
	if zhejiangForm(&p, &row) {
		s := strings.TrimSpace(p.HKMacaoIDNumber)
		if s == "" {
			return "", ErrHKMacaoIDMissing
		}
		if s[0] >= '0' && s[0] <= '9' {
			id, err := filing.ParseMacaoID(s)
			if err != nil {
				return "", fmt.Errorf("sms: identity card number for %s: %w", RuleIDSuffixHKMacao, err)
			}
			return id.SMSSuffix(), nil
		}
		id, err := filing.ParseHKID(s)
		if err != nil {
			return "", fmt.Errorf("sms: identity card number for %s: %w", RuleIDSuffixHKMacao, err)
		}
		return id.SMSSuffix(), nil
	}
	s := p.CertNumber
	if strings.ContainsFunc(s, unicode.IsSpace) {
		s = strings.Join(strings.Fields(s), "")
	}
	n := 0
	for i := len(s); i > 0; {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		n++
		if n == suffixLength {
			return s[i:], nil
		}
	}
	return "", ErrCertNumberMissing
}

// CheckIDSuffix reports whether answer is the suffix [ExpectedIDSuffix]
// gives for p in the province of row; the error is that of ExpectedIDSuffix
// (the expected suffix cannot be derived), and ok is then false.
//
// The answer is compared after trimming white space around it, in constant
// time, and otherwise exactly — with one leniency where the rule allows it:
// in the Zhejiang form (Hong Kong / Macao identity card) ASCII parentheses
// stand for the full-width ones the form asks for and lower-case letters for
// upper-case ones, as the identity card is read the same either way. For a
// resident ID the check character must be an upper-case X: a lower-case x
// does not match, as in every other place of the filing
// (cert.id_lowercase_x).
func CheckIDSuffix(answer string, p filing.Principal, row province.Row) (bool, error) {
	want, err := ExpectedIDSuffix(p, row)
	if err != nil {
		return false, err
	}
	got := strings.TrimSpace(answer)
	if zhejiangForm(&p, &row) {
		got = strings.Map(zhejiangAnswer, got)
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1, nil
}

// zhejiangAnswer maps one rune of an answer in the Zhejiang form: ASCII
// parentheses to full-width ones, ASCII lower-case letters to upper-case.
func zhejiangAnswer(r rune) rune {
	switch {
	case r == '(':
		return '（'
	case r == ')':
		return '）'
	case r >= 'a' && r <= 'z':
		return r - 'a' + 'A'
	}
	return r
}
