package filing_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
	"pgregory.net/rapid"
)

// TestWebsitePrincipal checks which principal answers for a website.
func TestWebsitePrincipal(t *testing.T) {
	own := &filing.Principal{Name: "李四"}
	unit := func(w filing.Website) *filing.Application {
		return &filing.Application{
			Sponsor:  filing.Sponsor{Nature: filing.Enterprise, Principal: filing.Principal{Name: "张三"}},
			Websites: []filing.Website{w},
		}
	}
	tests := []struct {
		name string
		app  *filing.Application
		i    int
		want string // the principal's name; "" for nil
	}{
		// A unit's site with its own principal.
		{"own", unit(filing.Website{Principal: own}), 0, "李四"},
		// Reuse wins over a principal given anyway.
		{"reuse", unit(filing.Website{ReuseSubjectPrincipal: true, Principal: own}), 0, "张三"},
		// A personal sponsor always reuses, even without the flag.
		{"personal", &filing.Application{
			Sponsor:  filing.Sponsor{Nature: filing.Personal, Principal: filing.Principal{Name: "王五"}},
			Websites: []filing.Website{{Principal: own}},
		}, 0, "王五"},
		// A unit's site without principal and without reuse has none.
		{"missing", unit(filing.Website{}), 0, ""},
		// Out of range on both sides.
		{"negative", unit(filing.Website{Principal: own}), -1, ""},
		{"too large", unit(filing.Website{Principal: own}), 1, ""},
	}
	for _, tt := range tests {
		p := tt.app.WebsitePrincipal(tt.i)
		got := ""
		if p != nil {
			got = p.Name
		}
		if got != tt.want {
			t.Errorf("%s: WebsitePrincipal(%d) = %q, want %q", tt.name, tt.i, got, tt.want)
		}
	}
	// The subject principal is returned by reference, not copied.
	app := unit(filing.Website{ReuseSubjectPrincipal: true})
	if app.WebsitePrincipal(0) != &app.Sponsor.Principal {
		t.Error("reused principal is a copy")
	}
}

// modelSecrets returns the full personal numbers of app: certificate
// numbers of natural persons and phone numbers.
func modelSecrets(app *filing.Application) []string {
	var out []string
	add := func(p *filing.Principal) {
		if p != nil {
			out = append(out, p.CertNumber, p.Mobile, p.Contact2, p.EmergencyMobile)
		}
	}
	add(&app.Sponsor.Principal)
	if app.Sponsor.Nature == filing.Personal {
		out = append(out, app.Sponsor.CertNumber)
	}
	for i := range app.Websites {
		add(app.Websites[i].Principal)
	}
	return out
}

// modelLeaks returns the secrets that appear in s.
func modelLeaks(s string, secrets []string) []string {
	var out []string
	for _, x := range secrets {
		if x != "" && strings.Contains(s, x) {
			out = append(out, x)
		}
	}
	return out
}

// TestPrincipalFormatMasked checks every fmt verb on a fixed principal: the
// masked forms appear, the full numbers do not.
func TestPrincipalFormatMasked(t *testing.T) {
	p := filing.Principal{
		Name: "李四", CertType: filing.CertResidentID, CertNumber: "330106199001011234",
		Mobile: "13900139000", Contact2: "13700137000", EmergencyMobile: "13600136000", Email: "lisi@example.com",
	}
	secrets := []string{p.CertNumber, p.Mobile, p.Contact2, p.EmergencyMobile}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
		for _, v := range []any{p, &p, filing.Sponsor{Nature: filing.Personal, CertNumber: p.CertNumber, Principal: p}} {
			s := fmt.Sprintf(verb, v)
			if leaks := modelLeaks(s, secrets); len(leaks) > 0 {
				t.Errorf("Sprintf(%s, %T) shows %d full numbers: %s", verb, v, len(leaks), s)
			}
		}
	}
	s := p.String()
	for _, want := range []string{"3301**********1234", "139****9000", "137****7000", "136****6000", "李四", "lisi@example.com"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() = %s lacks %q", s, want)
		}
	}
}

// TestApplicationFormatMasked prints generated applications and their
// parts with fmt and slog: no full certificate or phone number appears.
func TestApplicationFormatMasked(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{}).Draw(t, "app")
		secrets := modelSecrets(app)
		var outs []string
		for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
			outs = append(outs, fmt.Sprintf(verb, app), fmt.Sprintf(verb, *app), fmt.Sprintf(verb, app.Sponsor), fmt.Sprintf(verb, app.Websites))
		}
		var buf bytes.Buffer
		text := slog.New(slog.NewTextHandler(&buf, nil))
		text.Info("filing", "app", app, "sponsor", app.Sponsor, "principal", app.Sponsor.Principal)
		jsonLog := slog.New(slog.NewJSONHandler(&buf, nil))
		jsonLog.Info("filing", "sponsor", app.Sponsor, "principal", app.Sponsor.Principal)
		// Whole applications and websites, which slog's JSON handler would
		// otherwise encode field by field.
		jsonLog.Info("filing", "app", app, "value", *app)
		for _, w := range app.Websites {
			jsonLog.Info("website", "site", w)
		}
		for i := range app.Websites {
			if p := app.Websites[i].Principal; p != nil {
				jsonLog.Info("website", "principal", *p)
			}
		}
		outs = append(outs, buf.String())
		for _, s := range outs {
			if leaks := modelLeaks(s, secrets); len(leaks) > 0 {
				t.Fatalf("%d full numbers in %s", len(leaks), s)
			}
		}
	})
}
