package rules

import (
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// The materials of RULES.md §1 step 4 ("Outcome of a passing check"), the
// province extras of §4 and §11, the domain certificate and the
// pre-approval documents.

// extraMaterial is a province extra that applies to the application.
type extraMaterial struct {
	Material
	province string
}

// extraMaterials returns the province extras the application triggers.
func (c *Context) extraMaterials() []extraMaterial {
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
		out = append(out, extraMaterial{Material{ID: m.Key, Name: m.Name, Detail: m.Detail}, row.Name})
	}
	return out
}

// triggered reports whether the application meets the material's trigger.
func (c *Context) triggered(row province.Row, m province.Material) bool {
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
func (c *Context) materials() []Material {
	app := c.App
	s := &app.Sponsor
	var out []Material
	add := func(id, name, field string) { out = append(out, Material{ID: id, Name: name, Field: field}) }
	if s.CertType.IsKnown() {
		add(string(s.CertType), s.CertType.Chinese(), "sponsor")
	}
	if !c.Personal() {
		if t := s.Principal.CertType; t.IsKnown() {
			add("subject_principal_cert", "主体负责人证件（"+t.Chinese()+"）", "sponsor.principal")
		}
	}
	for i := range app.Websites {
		p := app.WebsitePrincipal(i)
		if p == nil || !p.CertType.IsKnown() {
			continue
		}
		site := sitePath(i)
		add("website_principal_cert", "网站负责人证件（"+p.CertType.Chinese()+"）", site)
		if !c.Personal() {
			add("principal_holding_unit_cert", "网站负责人手持单位证件的照片", site)
		}
	}
	for i, w := range app.Websites {
		if len(w.Domains) > 0 {
			add("domain_certificate", "域名证书", sitePath(i))
		}
		for _, pa := range w.PreApprovals {
			if pa.Sector.IsKnown() {
				add("pre_approval_"+string(pa.Sector), "前置审批文件（"+pa.Sector.Chinese()+"）", sitePath(i))
			}
		}
	}
	for _, m := range c.extraMaterials() {
		out = append(out, m.Material)
	}
	return out
}
