package beian_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// piiValue is one personal value as a person might type it: the digits
// that make it personal (secret) and the text typed (written).
type piiValue struct {
	secret  string // the digits, and a final X of a resident ID
	written string
}

// piiGen draws a mobile or a resident ID number, written plainly, with
// separators, with the country code, in full-width digits, or inside other
// text (an e-mail address, a remark).
func piiGen() *rapid.Generator[piiValue] {
	return rapid.Custom(func(t *rapid.T) piiValue {
		var secret string
		var groups []string
		if rapid.Bool().Draw(t, "mobile") {
			secret = "1" + rapid.StringMatching(`[3-9][0-9]{9}`).Draw(t, "mobile digits")
			groups = []string{secret[:3], secret[3:7], secret[7:]}
		} else {
			secret = rapid.StringMatching(`[1-6][0-9]{16}[0-9X]`).Draw(t, "id")
			groups = []string{secret[:6], secret[6:14], secret[14:]}
		}
		sep := rapid.SampledFrom([]string{"", " ", "-", "－", "\u3000"}).Draw(t, "separator")
		w := strings.Join(groups, sep)
		if rapid.Bool().Draw(t, "full-width") {
			w = strings.Map(func(r rune) rune {
				if '0' <= r && r <= '9' {
					return r - '0' + '０'
				}
				return r
			}, w)
		}
		switch rapid.IntRange(0, 4).Draw(t, "context") {
		case 1:
			w = "+86 " + w
		case 2:
			w = w + "@139.com"
		case 3:
			w = "联系电话" + w + "。"
		case 4:
			w = " " + w + " "
		}
		return piiValue{secret: secret, written: w}
	})
}

// piiFill sets every string of v (fields, elements of slices, the fields
// of pointed-to structs) to a drawn personal value and returns the secrets
// it used.
func piiFill(t *rapid.T, v reflect.Value, path string, secrets *[]string) {
	switch v.Kind() {
	case reflect.String:
		p := piiGen().Draw(t, path)
		v.SetString(p.written)
		*secrets = append(*secrets, p.secret)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				piiFill(t, v.Field(i), path+"."+f.Name, secrets)
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		piiFill(t, v.Elem(), path, secrets)
	case reflect.Slice:
		n := rapid.IntRange(1, 2).Draw(t, path+" length")
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			piiFill(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i), secrets)
		}
	}
}

// piiDigits returns the digit runs of s (runs of ASCII or full-width digits
// and X, with single separators between digits dropped), so that a secret
// written with separators or in full width is found in any output.
func piiDigits(s string) []string {
	var runs []string
	var cur strings.Builder
	rs := []rune(s)
	isDigit := func(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case isDigit(r):
			if r >= '０' {
				r = r - '０' + '0'
			}
			cur.WriteRune(r)
			continue
		case r == 'X' || r == 'x':
			if cur.Len() > 0 {
				cur.WriteByte('X')
				continue
			}
		case (r == ' ' || r == '-' || r == '－' || r == '\u3000') && cur.Len() > 0 && i+1 < len(rs) && isDigit(rs[i+1]):
			continue
		}
		if cur.Len() > 0 {
			runs = append(runs, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		runs = append(runs, cur.String())
	}
	return runs
}

// piiLeak returns the first secret found in full in s, or "".
func piiLeak(s string, secrets []string) string {
	runs := piiDigits(s)
	for _, x := range secrets {
		for _, r := range runs {
			if strings.Contains(r, x) {
				return x
			}
		}
	}
	return ""
}

// piiParsers are the parsers of package filing, each given one text.
var piiParsers = map[string]func(string) error{
	"Date":                 func(s string) error { _, err := filing.ParseDate(s); return err },
	"Host":                 func(s string) error { _, err := filing.ParseHost(s); return err },
	"Domain":               func(s string) error { _, err := filing.ParseDomain(s); return err },
	"Email":                func(s string) error { _, err := filing.ParseEmail(s); return err },
	"PublicIP":             func(s string) error { _, err := filing.ParsePublicIP(s); return err },
	"Landline":             func(s string) error { _, err := filing.ParseLandline(s); return err },
	"Mobile":               func(s string) error { _, err := filing.ParseMobile(s); return err },
	"OrgCode":              func(s string) error { _, err := filing.ParseOrgCode(s); return err },
	"HKMacaoPermit":        func(s string) error { _, err := filing.ParseHKMacaoPermit(s); return err },
	"TaiwanPermit":         func(s string) error { _, err := filing.ParseTaiwanPermit(s); return err },
	"Passport":             func(s string) error { _, err := filing.ParsePassport(s); return err },
	"HKID":                 func(s string) error { _, err := filing.ParseHKID(s); return err },
	"MacaoID":              func(s string) error { _, err := filing.ParseMacaoID(s); return err },
	"ForeignerPermanentID": func(s string) error { _, err := filing.ParseForeignerPermanentID(s); return err },
	"ResidentID":           func(s string) error { _, err := filing.ParseResidentID(s); return err },
	"ServiceNumber":        func(s string) error { _, err := filing.ParseServiceNumber(s); return err },
	"USCC":                 func(s string) error { _, err := filing.ParseUSCC(s); return err },
	"ICPNumber":            func(s string) error { _, err := filing.ParseICPNumber(s); return err },
	"ICPLicence":           func(s string) error { _, err := filing.ParseICPLicence(s); return err },
	"PSBNumber":            func(s string) error { _, err := filing.ParsePSBNumber(s); return err },
	"Package":              func(s string) error { _, err := filing.ParsePackage(s); return err },
	"Fingerprint":          func(s string) error { _, err := filing.ParseFingerprint(s); return err },
	"PublicKey":            func(s string) error { _, err := filing.ParsePublicKey(s); return err },
	"WeChatAppID":          func(s string) error { _, err := filing.ParseWeChatAppID(s); return err },
}

// TestNoPersonalDataAnywhere feeds drawn phone and resident ID numbers into
// every string of the model (personal fields and all others: names,
// domains, IPs, remarks, enum values) and into every parser, renders every
// output a host shows or logs — the report as JSON and as text lines, the
// SMS targets, parse errors, the fmt verbs, slog's text and JSON handlers —
// and finds none of the numbers in full.
func TestNoPersonalDataAnywhere(t *testing.T) {
	asOf := filing.Date{Year: 2026, Month: time.November, Day: 28}
	rapid.Check(t, func(t *rapid.T) {
		var app filing.Application
		var secrets []string
		piiFill(t, reflect.ValueOf(&app).Elem(), "app", &secrets)
		app.AsOf = asOf
		// The enum fields drawn as numbers are unknown values; also check
		// applications whose enums are known, so that every rule runs.
		if rapid.Bool().Draw(t, "known enums") {
			app.Type, app.Sponsor.Nature, app.Sponsor.CertType = filing.FirstFiling, filing.Personal, filing.CertResidentID
			app.Sponsor.Principal.CertType = filing.CertResidentID
			for i := range app.Websites {
				w := &app.Websites[i]
				w.ContentType, w.ServiceType, w.Sectors = filing.UnitPortal, filing.WebsiteApplication, nil
				w.Access.Service = filing.ServiceECS
				w.Principal.CertType = filing.CertResidentID
			}
		}

		var outs []string
		check := func(what, s string) {
			if x := piiLeak(s, secrets); x != "" {
				t.Fatalf("%s shows %s in full:\n%s", what, x, s)
			}
		}

		// The report, as JSON and as the text lines a console shows.
		for lang, tag := range map[string]language.Tag{"zh": language.Chinese, "en": language.English} {
			r := beian.Check(&app, asOf, beian.WithLanguage(tag))
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			check("report JSON "+lang, string(b))
			for _, f := range r.Findings {
				check("finding text "+lang, f.Field+": "+f.Message)
			}
			check("report %+v", fmt.Sprintf("%+v", r))
		}
		b, _ := json.Marshal(sms.Targets(&app, asOf))
		check("SMS targets", string(b))

		// Every parser, on every drawn value.
		var texts []string
		collectStrings(reflect.ValueOf(app), &texts)
		for name, parse := range piiParsers {
			for _, s := range texts {
				if err := parse(s); err != nil {
					check("Parse"+name+" error", err.Error())
					check("Parse"+name+" error %+v", fmt.Sprintf("%+v", err))
				}
			}
		}

		// fmt, every verb, on the model and its parts.
		values := []any{app, &app, app.Sponsor, app.Sponsor.Principal, app.Sponsor.Region, app.Websites, []filing.Website(app.Websites)}
		for _, w := range app.Websites {
			values = append(values, w, w.Access, w.Principal, *w.Principal, w.PreApprovals)
		}
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
			for _, v := range values {
				outs = append(outs, fmt.Sprintf(verb, v))
			}
		}

		// slog, text and JSON handlers, on the model's values and on
		// groups and lists of them.
		var buf bytes.Buffer
		for _, h := range []slog.Handler{slog.NewTextHandler(&buf, nil), slog.NewJSONHandler(&buf, nil)} {
			l := slog.New(h)
			l.Info("app", "app", app, "ptr", &app, "sponsor", app.Sponsor, "principal", app.Sponsor.Principal, "websites", app.Websites)
			for _, w := range app.Websites {
				l.Info("site", "site", w, "access", w.Access, "principal", w.Principal)
			}
			l.Info("group", slog.Group("g", "app", app, "websites", app.Websites))
			l.With("app", app).Info("with")
		}
		outs = append(outs, buf.String())
		for i, s := range outs {
			check(fmt.Sprintf("output %d", i), s)
		}
	})
}

// collectStrings appends every string of v.
func collectStrings(v reflect.Value, out *[]string) {
	switch v.Kind() {
	case reflect.String:
		*out = append(*out, v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				collectStrings(v.Field(i), out)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			collectStrings(v.Elem(), out)
		}
	case reflect.Slice:
		for i := range v.Len() {
			collectStrings(v.Index(i), out)
		}
	}
}

// TestPIILeakDetector: the detector of the property finds a number in
// every form the generator writes it, and not in its masked forms.
func TestPIILeakDetector(t *testing.T) {
	secrets := []string{"13800138000", "33010619900101123X"}
	for _, s := range []string{"13800138000", "138-0013-8000", "１３８００１３８０００@139.com", "+86 138 0013 8000", "a33010619900101123xb", "330106 19900101 123X"} {
		if piiLeak(s, secrets) == "" {
			t.Errorf("%q: leak not found", s)
		}
	}
	for _, s := range []string{"138****8000", "3301**********123X", "138-****-8000", "138 0013 800"} {
		if x := piiLeak(s, secrets); x != "" {
			t.Errorf("%q: %s found", s, x)
		}
	}
}
