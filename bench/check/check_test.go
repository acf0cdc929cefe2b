package check

import (
	"errors"
	"os"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/bench/internal/pair"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// The application a console would validate with go-playground/validator
// instead of beian: the same fields, 29 of them tagged with validator's own
// (required fields, enumerations, lengths, digits, e-mail, FQDN, IP,
// language tags, dates, cross-field checks). It knows no checksum, no
// province, no naming rule and no date rule.

type vRegion struct {
	Province string `validate:"required"`
	City     string
	District string `validate:"required"`
}

type vPrincipal struct {
	Name            string `validate:"required,max=64"`
	CertType        string `validate:"required,oneof=resident_id hk_macao_permit taiwan_permit passport officer_cert foreigner_permanent_id"`
	CertNumber      string `validate:"required,alphanum,len=18"`
	CertExpiry      string `validate:"required"`
	Mobile          string `validate:"required,numeric,len=11,startswith=1"`
	Contact2        string `validate:"required,min=7,max=20"`
	EmergencyMobile string `validate:"required,numeric,len=11,startswith=1,nefield=Mobile"`
	Email           string `validate:"required,email"`
}

type vSponsor struct {
	Region         vRegion
	Nature         string `validate:"required,oneof=personal enterprise institution social_group government military private_non_enterprise"`
	CertType       string `validate:"required,oneof=resident_id business_license uscc_certificate org_code institution_license social_group_cert private_non_enterprise_cert military_cert"`
	Name           string `validate:"required,max=128"`
	CertNumber     string `validate:"required,alphanum,len=18"`
	CertAddress    string `validate:"required,max=128"`
	MailingAddress string `validate:"required,max=128"`
	Investor       string `validate:"required"`
	Principal      vPrincipal
}

type vAccess struct {
	Service       string   `validate:"required_without=ServiceNumber,omitempty,oneof=ecs site_builder lightweight virtual_host web_hosting shop"`
	IPs           []string `validate:"required_without=ServiceNumber,dive,ip"`
	ServiceNumber string
}

type vWebsite struct {
	Name        string   `validate:"required,min=3,max=64"`
	Domains     []string `validate:"len=1,dive,fqdn"`
	ContentType string   `validate:"required,oneof=comprehensive_portal unit_portal other"`
	ServiceType string   `validate:"required,oneof=website_application"`
	Languages   []string `validate:"min=1,dive,bcp47_language_tag"`
	Access      vAccess
	Principal   *vPrincipal `validate:"required"`
}

type vApplication struct {
	Type     string     `validate:"required,oneof=first_filing new_site_elsewhere new_site_here access change_subject change_website change_access"`
	AsOf     string     `validate:"required,datetime=2006-01-02"`
	Sponsor  vSponsor   `validate:"required"`
	Websites []vWebsite `validate:"required,min=1,max=30,dive"`
}

// toV copies app into the validator's struct.
func toV(app *filing.Application) *vApplication {
	p := func(p *filing.Principal) vPrincipal {
		return vPrincipal{Name: p.Name, CertType: string(p.CertType), CertNumber: p.CertNumber, CertExpiry: p.CertExpiry.String(),
			Mobile: p.Mobile, Contact2: p.Contact2, EmergencyMobile: p.EmergencyMobile, Email: p.Email}
	}
	s := app.Sponsor
	v := &vApplication{Type: string(app.Type), AsOf: app.AsOf.String(), Sponsor: vSponsor{
		Region: vRegion(s.Region), Nature: string(s.Nature), CertType: string(s.CertType), Name: s.Name,
		CertNumber: s.CertNumber, CertAddress: s.CertAddress, MailingAddress: s.MailingAddress, Investor: s.Investor,
		Principal: p(&s.Principal),
	}}
	for i, w := range app.Websites {
		vw := vWebsite{Name: w.Name, Domains: w.Domains, ContentType: string(w.ContentType), ServiceType: string(w.ServiceType),
			Languages: w.Languages, Access: vAccess{Service: string(w.Access.Service), IPs: w.Access.IPs, ServiceNumber: w.Access.ServiceNumber}}
		if wp := app.WebsitePrincipal(i); wp != nil {
			pp := p(wp)
			vw.Principal = &pp
		}
		v.Websites = append(v.Websites, vw)
	}
	return v
}

// exampleApp decodes the example enterprise application of the command's
// test data: one site with its own principal.
func exampleApp(tb testing.TB) *filing.Application {
	tb.Helper()
	f, err := os.Open("../../examples/beiancheck/testdata/enterprise_ok.json")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	app, err := filing.Decode(f)
	if err != nil {
		tb.Fatal(err)
	}
	return app
}

// TestCheckPeerAgrees: both accept the example, and both refuse it with a
// malformed mobile.
func TestCheckPeerAgrees(t *testing.T) {
	v := validator.New(validator.WithRequiredStructEnabled())
	app := exampleApp(t)
	if r := beian.Check(app, app.AsOf); !r.OK() {
		t.Fatalf("beian refuses the example: %v", r.Findings)
	}
	if err := v.Struct(toV(app)); err != nil {
		t.Fatalf("validator refuses the example: %v", err)
	}
	app.Sponsor.Principal.Mobile = "1380013800"
	if r := beian.Check(app, app.AsOf); !r.Has("principal.mobile_format", "sponsor.principal.mobile") {
		t.Errorf("beian accepts a short mobile: %v", r.Findings)
	}
	var ve validator.ValidationErrors
	if err := v.Struct(toV(app)); !errors.As(err, &ve) || ve[0].Field() != "Mobile" {
		t.Errorf("validator accepts a short mobile: %v", err)
	}
}

var checkSink any

// BenchmarkCheck1Site checks the example application per operation:
// beian.Check (every rule of the default set) against validator's Struct
// on the equivalent struct.
func BenchmarkCheck1Site(b *testing.B) {
	app := exampleApp(b)
	b.Run("beian", func(b *testing.B) {
		b.ReportAllocs()
		var r rules.Report
		for b.Loop() {
			r = beian.Check(app, app.AsOf)
		}
		checkSink = r
	})
	b.Run("validator", func(b *testing.B) {
		v := validator.New(validator.WithRequiredStructEnabled())
		va := toV(app)
		b.ReportAllocs()
		var err error
		for b.Loop() {
			err = v.Struct(va)
		}
		checkSink = err
	})
}

// BenchmarkCheck1SitePair is BenchmarkCheck1Site with both sides timed
// alternately (see pair.Ratio).
func BenchmarkCheck1SitePair(b *testing.B) {
	app := exampleApp(b)
	v := validator.New(validator.WithRequiredStructEnabled())
	va := toV(app)
	var r rules.Report
	var err error
	pair.Ratio(b, time.Now, 4, func(int) { r = beian.Check(app, app.AsOf) }, func(int) { err = v.Struct(va) })
	checkSink = []any{r, err}
}
