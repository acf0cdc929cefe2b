package footer

import (
	"slices"

	"github.com/beian-go/beian/rule"
)

// The rules of the footer checks, decided in check.go. The IDs are a public
// contract: hosts map them to their own texts.
const (
	RuleNumberMissing    = "post.footer_number_missing"
	RuleNumberMismatch   = "post.footer_number_mismatch"
	RuleNumberExtra      = "post.footer_number_extra"
	RuleLinkMissing      = "post.footer_link_missing"
	RuleLinkOutdated     = "post.footer_link_outdated"
	RuleNumberImageOnly  = "post.footer_number_image_only"
	RulePSBMissing       = "post.footer_psb_missing"
	RulePSBLink          = "post.footer_psb_link"
	RuleCopyrightMissing = "post.footer_copyright_missing"
	RuleNotHTML          = "post.footer_not_html"
)

// Rules returns the definitions of the footer rules, sorted by ID: their
// severities, sources (the after-approval duties of the 2020 provider
// guide, §10 and §11) and texts. Templates name the params of a finding in
// braces: {found}. The slice is fresh on every call.
func Rules() []rule.Def {
	d := func(id string, sev rule.Severity, section, zh, en string) rule.Def {
		return rule.Def{ID: id, Severity: sev, Source: rule.Guide2020(section), Text: rule.Text{ZH: zh, EN: en}}
	}
	ds := []rule.Def{
		d(RuleNumberMissing, rule.Error, "§10", "页面未显示备案号{number}", "The page does not show the filing number {number}."),
		d(RuleNumberMismatch, rule.Error, "§10", "页面显示的备案号“{found}”不是备案号{number}", "The page shows the filing number “{found}”, not {number}."),
		d(RuleNumberExtra, rule.Warning, "§10", "页面除备案号{number}外还显示了其他备案号“{found}”", "Besides {number} the page shows another filing number “{found}”."),
		d(RuleLinkMissing, rule.Error, "§10", "备案号“{found}”未链接到https://beian.miit.gov.cn", "The filing number “{found}” is not linked to https://beian.miit.gov.cn."),
		d(RuleLinkOutdated, rule.Error, "§10", "备案号“{found}”链接到“{href}”，应链接到https://beian.miit.gov.cn", "The filing number “{found}” links to “{href}” instead of https://beian.miit.gov.cn."),
		d(RuleNumberImageOnly, rule.Warning, "§10", "备案号“{found}”只出现在图片的替代文字或标题中，无法确认其可见", "The filing number “{found}” appears only in an image's alt or title text; it cannot be confirmed visible."),
		d(RulePSBMissing, rule.Error, "§11", "页面未显示公安备案号{number}", "The page does not show the public-security filing number {number}."),
		d(RulePSBLink, rule.Warning, "§11", "公安备案号“{found}”未链接到beian.mps.gov.cn的查询页面（链接：“{href}”）", "The public-security number “{found}” is not linked to the query page on beian.mps.gov.cn (link: “{href}”)."),
		d(RuleCopyrightMissing, rule.Error, "§10", "页面缺少注明单位名称[“{unit}”]的版权信息（©、版权所有、Copyright）", "The page lacks a copyright line (©, 版权所有, Copyright)[ naming the unit “{unit}”]."),
		d(RuleNotHTML, rule.Error, "§10", "无法读取页面的HTML（{reason}）", "The page is not HTML the checker can read: {reason}."),
	}
	slices.SortFunc(ds, func(a, b rule.Def) int {
		if a.ID < b.ID {
			return -1
		}
		if a.ID > b.ID {
			return 1
		}
		return 0
	})
	return ds
}

// def returns the definition of the footer rule id in defs (a Def with the
// ID alone for an ID that is not one, which the checks never produce).
func def(defs []rule.Def, id string) *rule.Def {
	for i := range defs {
		if defs[i].ID == id {
			return &defs[i]
		}
	}
	return &rule.Def{ID: id}
}
