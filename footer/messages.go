package footer

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// source is the provenance of the footer rules: the after-approval duties of
// the filing guide (RULES.md §9, "§10, §11" of the guide).
const source = "ICP备案流程(PC端) 20200921 §10–§11"

// entry is one rule of the catalog: its severity, source and message
// templates. Templates name params in braces: {found}.
type entry struct {
	severity Severity
	source   string
	zh, en   string
}

// catalog holds the footer rules of RULES.md §9 "Footer checks" with their
// severities. Never written after compile time.
var catalog = map[string]entry{
	RuleNumberMissing:    {Error, source, "页面未显示备案号{number}", "the page does not show the filing number {number}"},
	RuleNumberMismatch:   {Error, source, "页面显示的备案号“{found}”不是备案号{number}", "the page shows the filing number “{found}”, not {number}"},
	RuleNumberExtra:      {Warning, source, "页面除备案号{number}外还显示了其他备案号“{found}”", "besides {number} the page shows another filing number “{found}”"},
	RuleLinkMissing:      {Error, source, "备案号“{found}”未链接到https://beian.miit.gov.cn", "the filing number “{found}” is not linked to https://beian.miit.gov.cn"},
	RuleLinkOutdated:     {Error, source, "备案号“{found}”链接到“{href}”，应链接到https://beian.miit.gov.cn", "the filing number “{found}” links to “{href}” instead of https://beian.miit.gov.cn"},
	RuleNumberImageOnly:  {Warning, source, "备案号“{found}”只出现在图片的替代文字或标题中，无法确认其可见", "the filing number “{found}” appears only in an image's alt or title text; it cannot be confirmed visible"},
	RulePSBMissing:       {Error, source, "页面未显示公安备案号{number}", "the page does not show the public-security filing number {number}"},
	RulePSBLink:          {Warning, source, "公安备案号“{found}”未链接到beian.mps.gov.cn的查询页面（链接：“{href}”）", "the public-security number “{found}” is not linked to the query page on beian.mps.gov.cn (link: “{href}”)"},
	RuleCopyrightMissing: {Error, source, "页面缺少注明单位名称“{unit}”的版权信息（©、版权所有、Copyright）", "the page lacks a copyright line (©, 版权所有, Copyright) naming the unit “{unit}”"},
	RuleNotHTML:          {Error, "", "无法读取页面的HTML（{reason}）", "the page is not HTML the checker can read: {reason}"},
}

// message renders the template of e with params; a placeholder without a
// param reads as nothing (an empty unit, say).
func (e entry) message(params map[string]any, en bool) string {
	t := e.zh
	if en {
		t = e.en
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		j := strings.IndexByte(t[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		if v, ok := params[t[i+1:i+j]]; ok {
			fmt.Fprint(&b, v)
		}
		t = t[i+j+1:]
	}
}

// isEnglish reports whether tag asks for English; every other language gets
// Chinese.
func isEnglish(tag language.Tag) bool {
	base, _ := tag.Base()
	return base.String() == "en"
}

// Rules returns the IDs of every footer rule, sorted; the slice is fresh.
func Rules() []string {
	ids := make([]string, 0, len(catalog))
	for id := range catalog {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// RuleSeverity returns the severity of a footer rule (RULES.md §9), or ""
// for an ID that is not one.
func RuleSeverity(id string) Severity { return catalog[id].severity }
