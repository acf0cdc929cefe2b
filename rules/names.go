package rules

import (
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

// nameViolations checks every website name against the set's name
// checker. The violations of all the sites share one slice, the Run's own
// room for a few of them when they fit.
func (c *Run) nameViolations() [][]naming.Violation {
	app := c.App
	out := c.namesBuf[:0]
	if len(app.Websites) > len(c.namesBuf) {
		out = make([][]naming.Violation, 0, len(app.Websites))
	}
	all := c.violBuf[:0]
	ends := c.endBuf[:0]
	d := 0 // the first domain of website i in c.domRefs
	for i := range app.Websites {
		w := &app.Websites[i]
		site := naming.Site{
			Nature:         app.Sponsor.Nature,
			Province:       app.Sponsor.Region.Province,
			SponsorName:    app.Sponsor.Name,
			PrincipalNames: c.principalNames[:1],
			HasPreApproval: len(w.PreApprovals) > 0,
			Remark:         w.Remark,
		}
		c.principalNames[0] = app.Sponsor.Principal.Name
		if c.rowOK {
			site.Province = c.row.Code
		}
		if p := app.WebsitePrincipal(i); p != nil && p != &app.Sponsor.Principal {
			c.principalNames[1] = p.Name
			site.PrincipalNames = c.principalNames[:2]
		}
		for d < len(c.domRefs) && c.domRefs[d].site < i {
			d++
		}
		if d < len(c.domRefs) && c.domRefs[d].site == i && c.domRefs[d].hostOK {
			ref := &c.domRefs[d]
			site.Domain = ref.host.Unicode()
			if ref.regOK {
				site.Domain = ref.reg.Unicode()
			}
		}
		all = c.set.naming.AppendCheck(all, w.Name, &site)
		ends = append(ends, len(all))
	}
	start := 0
	for _, end := range ends {
		var vs []naming.Violation
		if end > start {
			vs = all[start:end:end]
		}
		out = append(out, vs)
		start = end
	}
	return out
}
