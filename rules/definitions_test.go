package rules_test

import (
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
	"github.com/beian-go/beian/footer"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/rule"
	"github.com/beian-go/beian/rules"
	"github.com/beian-go/beian/sms"
)

// TestOneDefinitionPerRule walks every rule definition of every package
// that defines rules and the catalogs of both shipped sets: no ID (or
// former ID) is defined twice, every definition is in the catalog with the
// same text, severity and source, and every catalog entry has both texts
// and a source.
func TestOneDefinitionPerRule(t *testing.T) {
	t.Parallel()
	packages := map[string][]rule.Def{
		"naming": naming.Rules(),
		"sms":    sms.Rules(),
		"order":  order.Rules(),
		"footer": footer.Rules(),
	}
	for _, set := range []rules.RuleSet{rules.Default(), rules.VendorKB2025()} {
		cat := set.Catalog()
		owner := map[string]string{} // ID or alias → where it is defined
		define := func(id, where string) {
			if prev, ok := owner[id]; ok {
				t.Errorf("%s: %s defined in %s and in %s", set.Name(), id, prev, where)
			}
			owner[id] = where
		}
		for pkg, defs := range packages {
			for _, d := range defs {
				define(d.ID, pkg)
				for _, a := range d.Aliases {
					define(a, pkg+" (alias)")
				}
				e, ok := cat.Entry(d.ID)
				if !ok {
					t.Errorf("%s: %s of package %s is not in the catalog", set.Name(), d.ID, pkg)
					continue
				}
				if e.Text != d.Text || e.Severity != d.Severity || e.Source != d.Source {
					t.Errorf("%s: catalog entry of %s differs from its definition in %s", set.Name(), d.ID, pkg)
				}
			}
		}
		for _, e := range cat.Rules {
			if _, ok := owner[e.ID]; !ok {
				define(e.ID, "rules")
				for _, a := range e.Aliases {
					define(a, "rules (alias)")
				}
			}
			if e.Text.ZH == "" || e.Text.EN == "" || e.Source.IsZero() || !e.Severity.IsValid() {
				t.Errorf("%s: %s lacks a text, a source or a severity", set.Name(), e.ID)
			}
		}
	}
}

// TestFooterTextIsTheCatalogs: a footer finding reads as the catalog's text
// for its rule, in both languages — what the footer checker prints is what
// `beiancheck -catalog` lists.
func TestFooterTextIsTheCatalogs(t *testing.T) {
	t.Parallel()
	cat := rules.Default().Catalog()
	page := []byte(`<html><body><p>京ICP备87654321号</p><p>京公网安备11010502030143号</p></body></html>`)
	want := footer.Expectations{
		Number: filing.MustParseICPNumber("京ICP备12345678号-1"),
		PSB:    filing.MustParsePSBNumber("京公网安备11010502030144号"),
	}
	seen := 0
	for _, lang := range []rule.Lang{rule.ZH, rule.EN} {
		r := footer.Check(page, want, footer.WithLanguage(lang.Tag()))
		for _, f := range r.Findings {
			seen++
			if got := cat.Text(f, lang); got != f.Message {
				t.Errorf("%s (%s): footer says %q, catalog renders %q", f.Rule, lang, f.Message, got)
			}
			if got := f.Text(lang); got != f.Message {
				t.Errorf("%s: Text(%s) = %q, message %q", f.Rule, lang, got, f.Message)
			}
		}
	}
	if seen == 0 {
		t.Fatal("the page gave no finding to compare")
	}
}

// TestFindingInAnotherLanguage: a console shows a finding in English
// without checking again, from the finding or from a decoded report.
func TestFindingInAnotherLanguage(t *testing.T) {
	t.Parallel()
	app := validEnterprise()
	app.Websites[0].Domains[0] = "www.example.com"
	zh := rules.Default().Check(app, app.AsOf)
	en := rules.Default().Check(app, app.AsOf, rules.WithLanguage(language.English))
	if len(zh.Findings) == 0 || len(zh.Findings) != len(en.Findings) {
		t.Fatalf("findings: %v / %v", zh.Findings, en.Findings)
	}
	cat := rules.Default().Catalog()
	for i, f := range zh.Findings {
		if got := f.Text(rule.EN); got != en.Findings[i].Message {
			t.Errorf("%s: Text(EN) = %q, want %q", f.Rule, got, en.Findings[i].Message)
		}
		decoded := rule.Finding{Rule: f.Rule, Field: f.Field, Params: f.Params, Message: f.Message}
		if got := cat.Text(decoded, rule.EN); got != en.Findings[i].Message {
			t.Errorf("%s: catalog Text(EN) = %q, want %q", f.Rule, got, en.Findings[i].Message)
		}
	}
}

// TestSourceOfTheFact: a finding fired by a fact of the vendor-kb-2025
// province rows cites that source, not the 2020 guide, which has no such
// fact; the same rule fired by a fact of the guide cites the guide.
func TestSourceOfTheFact(t *testing.T) {
	t.Parallel()
	vendor := rule.VendorKB2025("").Title
	guide := rule.Guide2020("").Title

	// Shanxi asks the subject principal to be the legal representative
	// (vendor-kb-2025 only).
	shanxi := validEnterprise()
	shanxi.Sponsor.Region = filing.Region{Province: "山西省"}
	shanxi.Sponsor.Principal.IsLegalRepresentative = false
	r := rules.VendorKB2025().Check(shanxi, shanxi.AsOf)
	if got := sourceOf(r, "principal.legal_rep_required"); got != vendor {
		t.Errorf("Shanxi legal representative: source %q, want %q (%v)", got, vendor, r.Findings)
	}
	if r := rules.Default().Check(shanxi, shanxi.AsOf); r.Has("principal.legal_rep_required", "") {
		t.Errorf("the guide has no Shanxi legal-representative fact: %v", r.Findings)
	}

	// Hainan: a personal first filing carries one domain (vendor-kb-2025);
	// Hubei's one site per order is the guide's.
	hainan := validPersonal()
	hainan.Sponsor.Region = filing.Region{Province: "海南省"}
	second := hainan.Websites[0]
	second.Domains = []string{"another-example.cn"}
	hainan.Websites = append(hainan.Websites, second)
	r = rules.VendorKB2025().Check(hainan, hainan.AsOf)
	if got := sourceOf(r, "website.count_province_limit"); got != vendor {
		t.Errorf("Hainan site count: source %q, want %q (%v)", got, vendor, r.Findings)
	}
	hubei := filingtest.Clone(hainan)
	hubei.Sponsor.Region = filing.Region{Province: "湖北省"}
	r = rules.VendorKB2025().Check(hubei, hubei.AsOf)
	if got := sourceOf(r, "website.count_province_limit"); got != guide {
		t.Errorf("Hubei site count: source %q, want %q (%v)", got, guide, r.Findings)
	}
}

func sourceOf(r rules.Report, id string) string {
	i := slices.IndexFunc(r.Findings, func(f rule.Finding) bool { return f.Rule == id })
	if i < 0 {
		return ""
	}
	return r.Findings[i].Source.Title
}
