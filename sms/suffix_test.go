package sms_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/sms"
)

// rows returns the Zhejiang row (SMSHKMacaoIDCard) and another province's.
func rows(t testing.TB) (zj, js province.Row) {
	t.Helper()
	zj, ok1 := province.Default().Lookup("浙江省")
	js, ok2 := province.Default().Lookup("江苏省")
	if !ok1 || !ok2 {
		t.Fatal("province rows 浙江省/江苏省 missing")
	}
	return zj, js
}

func TestExpectedIDSuffix(t *testing.T) {
	zj, js := rows(t)
	if !zj.SMSHKMacaoIDCard || js.SMSHKMacaoIDCard {
		t.Fatalf("SMSHKMacaoIDCard: 浙江省 %t, 江苏省 %t; want true, false", zj.SMSHKMacaoIDCard, js.SMSHKMacaoIDCard)
	}
	p := func(ct filing.CertType, num, hk string) filing.Principal {
		return filing.Principal{CertType: ct, CertNumber: num, HKMacaoIDNumber: hk}
	}
	tests := []struct {
		name string
		p    filing.Principal
		row  province.Row
		want string
		err  error
	}{
		// A resident ID: its last 6 characters, upper-case X kept.
		{"resident id", p(filing.CertResidentID, "11010519491231002X", ""), js, "31002X", nil},
		// The same in Zhejiang: the variant concerns HK/Macao permits only.
		{"resident id zhejiang", p(filing.CertResidentID, "11010519491231002X", ""), zj, "31002X", nil},
		// White space around the number is trimmed.
		{"trimmed", p(filing.CertResidentID, " 110105194912310010\t", ""), js, "310010", nil},
		// A permit outside Zhejiang: the permit number's last 6.
		{"permit jiangsu", p(filing.CertHKMacaoPermit, "H1234567890", "A123456(3)"), js, "567890", nil},
		// A permit in Zhejiang: the HK identity card's, check char in full-width parentheses.
		{"permit zhejiang hk", p(filing.CertHKMacaoPermit, "H1234567890", "A123456(3)"), zj, "456（3）", nil},
		// Written with full-width parentheses or none, the same.
		{"permit zhejiang hk full-width", p(filing.CertHKMacaoPermit, "H12345678", "A123456（3）"), zj, "456（3）", nil},
		{"permit zhejiang hk bare", p(filing.CertHKMacaoPermit, "H12345678", "A1234563"), zj, "456（3）", nil},
		// A Macao identity card number starts with a digit.
		{"permit zhejiang macao", p(filing.CertHKMacaoPermit, "M12345678", "1234567(8)"), zj, "567（8）", nil},
		// Zhejiang without the identity card number: a typed error.
		{"permit zhejiang missing", p(filing.CertHKMacaoPermit, "H12345678", "  "), zj, "", sms.ErrHKMacaoIDMissing},
		// A malformed HK identity card: the parse error of filing.
		{"permit zhejiang bad checksum", p(filing.CertHKMacaoPermit, "H12345678", "A123456(4)"), zj, "", filing.ErrChecksum},
		{"permit zhejiang bad macao", p(filing.CertHKMacaoPermit, "M12345678", "2234567(8)"), zj, "", filing.ErrFormat},
		// A passport: its last 6 characters as written.
		{"passport", p(filing.CertPassport, "E12345678", ""), zj, "345678", nil},
		// White space inside the number is removed.
		{"grouped", p(filing.CertPassport, "E12 345 678", ""), js, "345678", nil},
		// Characters, not bytes.
		{"runes", p(filing.CertPassport, "证件号码一二三四五六", ""), js, "一二三四五六", nil},
		// Too short or empty: ErrCertNumberMissing.
		{"short", p(filing.CertPassport, "E1234", ""), js, "", sms.ErrCertNumberMissing},
		{"empty", p(filing.CertResidentID, "", ""), js, "", sms.ErrCertNumberMissing},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := sms.ExpectedIDSuffix(tc.p, tc.row)
			if got != tc.want || !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("ExpectedIDSuffix = %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
			if err != nil {
				for _, full := range []string{tc.p.CertNumber, tc.p.HKMacaoIDNumber} {
					if full = strings.TrimSpace(full); len(full) >= 6 && strings.Contains(err.Error(), full) {
						t.Errorf("error %q shows %q in full", err, full)
					}
				}
				return
			}
			ok, err := sms.CheckIDSuffix(got, tc.p, tc.row)
			if !ok || err != nil {
				t.Errorf("CheckIDSuffix(expected) = %t, %v; want true, nil", ok, err)
			}
		})
	}
}

func TestCheckIDSuffix(t *testing.T) {
	zj, js := rows(t)
	resident := filing.Principal{CertType: filing.CertResidentID, CertNumber: "11010519491231002X"}
	hk := filing.Principal{CertType: filing.CertHKMacaoPermit, CertNumber: "H1234567890", HKMacaoIDNumber: "A123456(3)"}
	hkA := filing.Principal{CertType: filing.CertHKMacaoPermit, CertNumber: "H1234567890", HKMacaoIDNumber: "A000002(A)"}
	tests := []struct {
		name   string
		answer string
		p      filing.Principal
		row    province.Row
		want   bool
	}{
		// The exact suffix, also with white space around it.
		{"resident exact", "31002X", resident, js, true},
		{"resident spaces", " 31002X ", resident, js, true},
		// Lower-case x is not accepted for a resident ID.
		{"resident lower x", "31002x", resident, js, false},
		// Another number, a prefix, too long.
		{"resident wrong", "310021", resident, js, false},
		{"resident short", "1002X", resident, js, false},
		{"resident long", "231002X", resident, js, false},
		// Full-width letters are not width-normalised for resident IDs.
		{"resident full-width X", "31002Ｘ", resident, js, false},
		// Zhejiang: full-width parentheses as asked, ASCII ones accepted.
		{"zhejiang full-width", "456（3）", hk, zj, true},
		{"zhejiang ascii", "456(3)", hk, zj, true},
		{"zhejiang mixed", "456(3）", hk, zj, true},
		// Without parentheses it is not the asked form.
		{"zhejiang bare", "4563", hk, zj, false},
		// The permit's suffix is not the answer in Zhejiang...
		{"zhejiang permit suffix", "567890", hk, zj, false},
		// ...but it is elsewhere.
		{"jiangsu permit suffix", "567890", hk, js, true},
		{"jiangsu id-card suffix", "456(3)", hk, js, false},
		// A check character A may be answered in lower case in Zhejiang.
		{"zhejiang check A", "002(a)", hkA, zj, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := sms.CheckIDSuffix(tc.answer, tc.p, tc.row)
			if err != nil || got != tc.want {
				t.Errorf("CheckIDSuffix(%q) = %t, %v; want %t, nil", tc.answer, got, err, tc.want)
			}
		})
	}
	// Errors of ExpectedIDSuffix come through, with ok false.
	ok, err := sms.CheckIDSuffix("567（8）", filing.Principal{CertType: filing.CertHKMacaoPermit, CertNumber: "M12345678"}, zj)
	if ok || !errors.Is(err, sms.ErrHKMacaoIDMissing) {
		t.Errorf("CheckIDSuffix without identity card = %t, %v; want false, ErrHKMacaoIDMissing", ok, err)
	}
}

// fuzzPrincipal builds the principal of the fuzz targets.
func fuzzPrincipal(certType, cert, idCard string) filing.Principal {
	return filing.Principal{CertType: filing.CertType(certType), CertNumber: cert, HKMacaoIDNumber: idCard}
}

func FuzzExpectedIDSuffix(f *testing.F) {
	zj, js := rows(f)
	f.Add("resident_id", "11010519491231002X", "", false)
	f.Add("hk_macao_permit", "H1234567890", "A123456(3)", true)
	f.Add("hk_macao_permit", "M12345678", "1234567（8）", true)
	f.Add("hk_macao_permit", "H12345678", "", true)
	f.Add("passport", "证件号码一二三四五六", "", false)
	f.Add("passport", "\xff\xfe\xfd\xfc\xfb\xfa", "", false)
	f.Fuzz(func(t *testing.T, certType, cert, idCard string, zhejiang bool) {
		row := js
		if zhejiang {
			row = zj
		}
		p := fuzzPrincipal(certType, cert, idCard)
		got, err := sms.ExpectedIDSuffix(p, row)
		if err != nil {
			if got != "" {
				t.Fatalf("suffix %q with error %v", got, err)
			}
			// A value equal to its own masked form (an input typed with
			// asterisks, such as 00****00) hides nothing: quoting it
			// leaks nothing.
			for _, full := range []string{strings.TrimSpace(cert), strings.TrimSpace(idCard)} {
				if len(full) >= 8 && filing.MaskCertNumber(full) != full && strings.Contains(err.Error(), full) {
					t.Fatalf("error %q shows %q in full", err, full)
				}
			}
			return
		}
		if n := utf8.RuneCountInString(got); n != 6 {
			t.Fatalf("suffix %q has %d characters, want 6", got, n)
		}
		// Accepted: the suffix answers the check (round trip).
		if ok, err := sms.CheckIDSuffix(got, p, row); !ok || err != nil {
			t.Fatalf("CheckIDSuffix(%q) = %t, %v; want true, nil", got, ok, err)
		}
	})
}

func FuzzCheckIDSuffix(f *testing.F) {
	zj, js := rows(f)
	f.Add("31002X", "resident_id", "11010519491231002X", "", false)
	f.Add("31002x", "resident_id", "11010519491231002X", "", false)
	f.Add("456(3)", "hk_macao_permit", "H1234567890", "A123456(3)", true)
	f.Add("567（8）", "hk_macao_permit", "M12345678", "1234567(8)", true)
	f.Add("", "passport", "", "", false)
	f.Fuzz(func(t *testing.T, answer, certType, cert, idCard string, zhejiang bool) {
		row := js
		if zhejiang {
			row = zj
		}
		p := fuzzPrincipal(certType, cert, idCard)
		ok, err := sms.CheckIDSuffix(answer, p, row)
		want, werr := sms.ExpectedIDSuffix(p, row)
		if (err == nil) != (werr == nil) {
			t.Fatalf("CheckIDSuffix error %v, ExpectedIDSuffix error %v", err, werr)
		}
		if err != nil && ok {
			t.Fatalf("ok with error %v", err)
		}
		// Outside the Zhejiang form the comparison is exact after trimming.
		if err == nil && !(zhejiang && certType == string(filing.CertHKMacaoPermit)) && ok != (strings.TrimSpace(answer) == want) {
			t.Fatalf("CheckIDSuffix(%q) = %t, expected suffix %q", answer, ok, want)
		}
	})
}
