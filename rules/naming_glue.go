package rules

import (
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
)

// The website-name rules of RULES.md §3 (Appendix 1 and 2) and §3.3: package
// naming finds the violations; each naming.* ID is a rule here with its
// severity and messages.

// namingChecker is the name checker of a rule set, built once per set.
type namingChecker = naming.Checker

func newNamingChecker(p province.Set, lists []WordList) *namingChecker {
	opts := make([]naming.Option, 0, len(lists))
	for _, l := range lists {
		opts = append(opts, naming.WithSensitiveWords(l.Name, l.Words...))
	}
	return naming.New(p, opts...)
}

// nameViolations checks every website name once per Check.
func (c *Context) nameViolations() [][]naming.Violation {
	if c.namesDone {
		return c.names
	}
	c.namesDone = true
	app := c.App
	c.names = make([][]naming.Violation, len(app.Websites))
	principals := []string{app.Sponsor.Principal.Name}
	for i := range app.Websites {
		w := &app.Websites[i]
		ctx := naming.Context{
			Nature:         app.Sponsor.Nature,
			Province:       app.Sponsor.Region.Province,
			SponsorName:    app.Sponsor.Name,
			PrincipalNames: principals,
			HasPreApproval: len(w.PreApprovals) > 0,
			Remark:         w.Remark,
		}
		if row, ok := c.Province(); ok {
			ctx.Province = row.Code
		}
		if p := app.WebsitePrincipal(i); p != nil && p != &app.Sponsor.Principal {
			ctx.PrincipalNames = []string{app.Sponsor.Principal.Name, p.Name}
		}
		if len(w.Domains) > 0 {
			if d, err := filing.ParseHost(w.Domains[0]); err == nil {
				ctx.Domain = d.Unicode()
				if r, err := d.Registrable(); err == nil {
					ctx.Domain = r.Unicode()
				}
			}
		}
		c.names[i] = c.set.naming.Check(w.Name, ctx)
	}
	return c.names
}

// checkName returns the check of one naming.* rule.
func checkName(id string) CheckFunc {
	return func(c *Context) {
		for i, vs := range c.nameViolations() {
			for _, v := range vs {
				if v.Rule != id {
					continue
				}
				if id == naming.RuleTemplateRemark {
					// The remark, not the name, must change (RULES.md §3).
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
				c.Flag(sitePath(i)+".name", p)
			}
		}
	}
}

func namingRules() []Rule {
	both := seed("§3.1 附录一, 附录二")
	personal := seed("§3.1 附录二")
	r := func(id string, sev Severity, src, zh, en string) Rule {
		return Rule{ID: id, Severity: sev, Source: src, Check: checkName(id), ZH: zh, EN: en}
	}
	return []Rule{
		r(naming.RuleMinHan, Error, both, "网站名称至少需要3个汉字", "The website name needs at least 3 Han characters."),
		r(naming.RulePureDigitsOrLatin, Error, both, "网站名称不能为纯数字或纯字母", "The website name cannot be made of digits or Latin letters only."),
		r(naming.RuleSpecialChars, Error, both, "网站名称不能包含特殊符号“{word}”", "The website name cannot contain the special symbol “{word}”."),
		r(naming.RuleStatePrefix, Error, both, "网站名称不能以“{word}”开头", "The website name cannot start with “{word}”."),
		r(naming.RuleIsDomain, Error, both, "网站名称不能为域名", "The website name cannot be the domain."),
		r(naming.RuleSensitiveWord, Error, both, "网站名称不能包含敏感词“{word}”", "The website name cannot contain the sensitive word “{word}”."),
		r(naming.RulePersonalForbidden, Error, personal, "个人网站名称不能包含“{word}”", "A personal website name cannot contain “{word}”."),
		r(naming.RulePersonalPreApproval, Error, personal, "个人网站名称包含“{word}”需提供前置审批文件", "A personal website name with “{word}” needs a pre-approval document."),
		r(naming.RulePersonalProvinceWord, Error, personal, "个人网站名称不能包含{list}管局禁止的词语“{word}”", "A personal website name cannot contain “{word}”, forbidden by the bureau of {list}."),
		r(naming.RulePersonalTemplate, Error, personal, "个人网站名称须为“某某的个人博客”或“某某的个人主页”", "A personal website name must read “<name>的个人博客” or “<name>的个人主页”."),
		r(naming.RuleTemplateRemark, Error, personal, "请在网站备注中说明网站开通后的主要内容", "Describe the site's main content in its remark."),
		r(naming.RulePersonalPersonName, Warning, personal, "个人网站名称不能为个人姓名", "A personal website name should not be a person's name."),
		r(naming.RulePersonalPlaceName, Warning, personal, "个人网站名称不能为地名", "A personal website name should not be a place name."),
		r(naming.RulePersonalIndustry, Advice, personal, "个人网站名称不能涉及行业、企业、产品信息或成语，并应体现网站内容，以审核人员判断为准",
			"A personal website name may not carry industry, company or product information or idioms, and should reflect the content; a reviewer decides."),
	}
}
