package rules

import (
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
)

// namingRules are the website-name rules of package naming, where each is
// defined next to the code that decides it; here each gets the engine's
// check, checkName.
func namingRules() []Rule {
	defs := naming.Rules()
	out := make([]Rule, len(defs))
	for i, d := range defs {
		out[i] = Rule{Def: d, Check: checkName}
	}
	return out
}

// checkName flags the violations of the running naming.* rule in every
// website name. A province's word is reported with the source of the
// province row's word list (the overlay's, under an overlay set).
func checkName(c *Run) {
	for i, vs := range c.names {
		for _, v := range vs {
			if v.Rule != c.rule.ID {
				continue
			}
			if v.Rule == naming.RuleTemplateRemark {
				// The remark, not the name, must change.
				c.Flag(sitePath(i)+".remark", nil)
				continue
			}
			p := Params{"start": v.Start, "end": v.End}
			if v.Word != "" {
				p["word"] = v.Word
			}
			if v.List != "" {
				p["list"] = v.List
			}
			if v.Province != "" {
				p["list"] = v.Province
			}
			if v.Rule == naming.RulePersonalProvinceWord {
				c.FlagFrom(c.row.Sources.PersonalWords, sitePath(i)+".name", p)
				continue
			}
			if v.Rule == naming.RulePersonalTemplate {
				c.FlagFrom(c.row.Sources.NameTemplate, sitePath(i)+".name", p)
				continue
			}
			c.Flag(sitePath(i)+".name", p)
		}
	}
}

// nameViolations checks every website name against the set's name checker.
func (c *Run) nameViolations() [][]naming.Violation {
	app := c.App
	out := make([][]naming.Violation, len(app.Websites))
	for i := range app.Websites {
		w := &app.Websites[i]
		site := naming.Site{
			Nature:         app.Sponsor.Nature,
			Province:       app.Sponsor.Region.Province,
			SponsorName:    app.Sponsor.Name,
			PrincipalNames: []string{app.Sponsor.Principal.Name},
			HasPreApproval: len(w.PreApprovals) > 0,
			Remark:         w.Remark,
		}
		if c.rowOK {
			site.Province = c.row.Code
		}
		if p := app.WebsitePrincipal(i); p != nil && p != &app.Sponsor.Principal {
			site.PrincipalNames = []string{app.Sponsor.Principal.Name, p.Name}
		}
		if len(w.Domains) > 0 {
			if d, err := filing.ParseHost(w.Domains[0]); err == nil {
				site.Domain = d.Unicode()
				if r, err := d.Registrable(); err == nil {
					site.Domain = r.Unicode()
				}
			}
		}
		out[i] = c.set.naming.Check(w.Name, site)
	}
	return out
}
