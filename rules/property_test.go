package rules_test

import (
	"github.com/beian-go/beian/rule"

	"bytes"
	"encoding/json"
	"testing"

	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
	"github.com/beian-go/beian/rules"
)

// TestPropertyValidApplicationsPass: any application filingtest draws as
// valid has no error finding.
func TestPropertyValidApplicationsPass(t *testing.T) {
	t.Parallel()
	set := rules.Default()
	rapid.Check(t, func(t *rapid.T) {
		app := filingtest.Application(filingtest.Options{}).Draw(t, "app")
		r := set.Check(app, app.AsOf)
		for _, f := range r.Findings {
			if f.Severity == rule.Error {
				t.Fatalf("valid application reports %s at %s (%s)", f.Rule, f.Field, f.Message)
			}
		}
	})
}

// TestPropertyDefectFires: injecting one named defect makes that rule fire
// at that field.
func TestPropertyDefectFires(t *testing.T) {
	t.Parallel()
	set := rules.Default()
	rapid.Check(t, func(t *rapid.T) {
		c := filingtest.Defective(filingtest.Options{}).Draw(t, "case")
		r := set.Check(c.App, c.App.AsOf)
		if !r.Has(c.Defect.Rule, c.Defect.Field) {
			t.Fatalf("defect %s (%s) not reported; findings: %v", c.Defect, c.Defect.Note, r.Findings)
		}
	})
}

// TestPropertyDeterministicAndMasked: the same application always gives the
// same bytes, and no report carries a full certificate or phone number of
// the application.
func TestPropertyDeterministicAndMasked(t *testing.T) {
	t.Parallel()
	set := rules.Default()
	rapid.Check(t, func(t *rapid.T) {
		var app *filing.Application
		if rapid.Bool().Draw(t, "defective") {
			app = filingtest.Defective(filingtest.Options{}).Draw(t, "case").App
		} else {
			app = filingtest.Application(filingtest.Options{}).Draw(t, "app")
		}
		first, err := json.Marshal(set.Check(app, app.AsOf))
		if err != nil {
			t.Fatal(err)
		}
		again, _ := json.Marshal(set.Check(filingtest.Clone(app), app.AsOf))
		if !bytes.Equal(first, again) {
			t.Fatalf("two checks differ:\n%s\n%s", first, again)
		}
		secrets := []string{app.Sponsor.CertNumber}
		add := func(p *filing.Principal) {
			if p != nil {
				secrets = append(secrets, p.CertNumber, p.Mobile, p.Contact2, p.EmergencyMobile)
			}
		}
		add(&app.Sponsor.Principal)
		for i := range app.Websites {
			add(app.Websites[i].Principal)
		}
		for _, s := range secrets {
			if len(s) >= 7 && bytes.Contains(first, []byte(s)) {
				t.Fatalf("report contains %q: %s", s, first)
			}
		}
	})
}
