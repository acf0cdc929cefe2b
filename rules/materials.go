package rules

import (
	"sync"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// The materials a passing basic check lists (the 2020 provider guide §1.1
// step 4), the province extras, the domain certificate and the pre-approval
// documents.

// extraMaterial is a province extra that applies to the application.
type extraMaterial struct {
	Material
	province string
	source   rule.Source
}

// extraMaterials returns the province extras the application triggers.
func (c *Run) extraMaterials() []extraMaterial {
	row, ok := c.Province()
	if !ok {
		return nil
	}
	app := c.App
	nature := app.Sponsor.Nature
	var out []extraMaterial
	for _, m := range row.ExtraMaterials {
		if !m.Scope.Includes(nature) || !c.triggered(row, m) {
			continue
		}
		out = append(out, extraMaterial{Material{ID: m.Key, Name: m.Name, Detail: m.Detail,
			Text: rule.Text{ZH: m.Name, EN: m.Name}}, row.Name, m.Source})
	}
	return out
}

// triggered reports whether the application meets the material's trigger.
func (c *Run) triggered(row province.Row, m province.Material) bool {
	app := c.App
	switch m.When {
	case province.Always:
		return true
	case province.FurtherSite:
		// A site added to a sponsor already filed: the new-site types.
		return app.Type == filing.NewSiteElsewhere || app.Type == filing.NewSiteHere
	case province.OverLimit:
		domains := 0
		for _, w := range app.Websites {
			domains += len(w.Domains)
		}
		return row.Limit(app.Sponsor.Nature).Exceeded(app.Type, len(app.Websites), domains)
	case province.SitesAtLeast:
		return m.Threshold > 0 && len(app.Websites) >= m.Threshold
	case province.DelegatePrincipal:
		return app.Sponsor.Nature.IsUnit() && !app.Sponsor.Principal.IsLegalRepresentative
	case province.WebsitePrincipalNotLegalRep:
		for i := range app.Websites {
			if p := app.WebsitePrincipal(i); p != nil && app.Sponsor.Nature.IsUnit() && !p.IsLegalRepresentative {
				return true
			}
		}
	}
	return false
}

// materials lists what the sponsor must prepare.
func (c *Run) materials() []Material {
	app := c.App
	s := &app.Sponsor
	var out []Material
	add := func(id, zh, en, field string) {
		if out == nil {
			out = make([]Material, 0, 2+3*len(app.Websites)+3*len(app.Apps))
		}
		t := rule.Text{ZH: zh, EN: en}
		out = append(out, Material{ID: id, Name: t.In(c.opts.lang), Field: field, Text: t})
	}
	if s.CertType.IsKnown() {
		t := materialTexts().sponsor[s.CertType]
		add(string(s.CertType), t.ZH, t.EN, "sponsor")
	}
	if !c.Personal() {
		if t := s.Principal.CertType; t.IsKnown() {
			x := materialTexts().subject[t]
			add("subject_principal_cert", x.ZH, x.EN, "sponsor.principal")
		}
	}
	for i := range app.Websites {
		p := app.WebsitePrincipal(i)
		if p == nil || !p.CertType.IsKnown() {
			continue
		}
		site := sitePath(i)
		t := materialTexts().website[p.CertType]
		add("website_principal_cert", t.ZH, t.EN, site)
		if !c.Personal() {
			add("principal_holding_unit_cert", "网站负责人手持单位证件的照片", "photo of the website principal holding the unit's certificate", site)
		}
	}
	for i, w := range app.Websites {
		if len(w.Domains) > 0 {
			add("domain_certificate", "域名证书", "domain certificate", sitePath(i))
		}
		for _, pa := range w.PreApprovals {
			if pa.Sector.IsKnown() {
				t := materialTexts().preApproval[pa.Sector]
				add(t.id, t.ZH, t.EN, sitePath(i))
			}
		}
	}
	c.appMaterials(add)
	for _, m := range c.extraMaterials() {
		out = append(out, m.Material)
	}
	return out
}

// materialTexts holds the names of the materials made from a known
// certificate type or sector, built once so that a check does not build
// them again (TestMaterialTexts holds every row to its formula). Never
// written after it is built.
var materialTexts = sync.OnceValue(func() *materialTable {
	t := &materialTable{
		sponsor: map[filing.CertType]rule.Text{}, subject: map[filing.CertType]rule.Text{},
		website: map[filing.CertType]rule.Text{}, app: map[filing.CertType]rule.Text{}, preApproval: map[filing.Sector]idText{},
	}
	for _, ct := range filing.CertTypes() {
		zh, s := ct.Chinese(), string(ct)
		t.sponsor[ct] = rule.Text{ZH: zh, EN: "sponsor's certificate (" + s + ")"}
		t.subject[ct] = rule.Text{ZH: "主体负责人证件（" + zh + "）", EN: "subject principal's certificate (" + s + ")"}
		t.website[ct] = rule.Text{ZH: "网站负责人证件（" + zh + "）", EN: "website principal's certificate (" + s + ")"}
		t.app[ct] = rule.Text{ZH: "APP负责人证件（" + zh + "）", EN: "app principal's certificate (" + s + ")"}
	}
	for _, sec := range filing.Sectors() {
		t.preApproval[sec] = idText{"pre_approval_" + string(sec),
			rule.Text{ZH: "前置审批文件（" + sec.Chinese() + "）", EN: "pre-approval document (" + string(sec) + ")"}}
	}
	return t
})

// materialTable is the table of materialTexts, by certificate type (the
// sponsor's certificate, the subject and website principals' ones) and by
// pre-approval sector (the app principals' too).
type materialTable struct {
	sponsor, subject, website, app map[filing.CertType]rule.Text
	preApproval                    map[filing.Sector]idText
}

// idText is a material's ID with its name.
type idText struct {
	id string
	rule.Text
}
