package rules_test

import (
	"github.com/beian-go/beian/filing"
)

// industryAdvice is the advice every personal website name carries
// (naming.personal_industry): a reviewer judges industry words and idioms.
const industryAdvice = "naming.personal_industry"

func personalNamed(name string) func(*filing.Application) {
	return func(a *filing.Application) { a.Websites[0].Name = name }
}

func jiangsu(name, remark string) func(*filing.Application) {
	return func(a *filing.Application) {
		a.Sponsor.Region = filing.Region{Province: "江苏省", City: "南京市", District: "玄武区"}
		a.Sponsor.MailingAddress = "江苏省南京市玄武区某某路1号301室"
		a.Websites[0].Name, a.Websites[0].Remark = name, remark
	}
}

var namingCases = []ruleCase{
	{name: "two Han characters", rule: "naming.min_han", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "AB科技" }},
	{name: "letters and digits only", rule: "naming.pure_digits_or_latin", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "ABC123" }, also: []string{"naming.min_han"}},
	{name: "exclamation mark", rule: "naming.special_chars", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "某某科技官方网站！" }},
	{name: "starts with 中国", rule: "naming.state_prefix", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "中国某某科技网" }},
	{name: "the IDN's label", rule: "naming.is_domain", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) {
			a.Websites[0].Name, a.Websites[0].Domains = "某某科技", []string{"某某科技.中国"}
		}},
	{name: "gambling", rule: "naming.sensitive_word", field: "websites[0].name",
		base: validEnterprise, mutate: func(a *filing.Application) { a.Websites[0].Name = "某某科技赌博网站" }},
	{name: "personal 网站", rule: "naming.personal_forbidden_word", field: "websites[0].name",
		base: validPersonal, mutate: personalNamed("李小明的网站"), also: []string{industryAdvice}},
	{name: "personal 在线 without pre-approval", rule: "naming.personal_needs_pre_approval", field: "websites[0].name",
		base: validPersonal, mutate: personalNamed("李小明的在线书屋"), also: []string{industryAdvice}},
	{name: "Beijing's 团购", rule: "naming.personal_province_word", field: "websites[0].name",
		base: validPersonal, mutate: personalNamed("李小明的团购笔记"), also: []string{industryAdvice}},
	{name: "Jiangsu without the template", rule: "naming.personal_template", field: "websites[0].name",
		base: validPersonal, mutate: jiangsu("李小明的读书笔记", "读书笔记"), also: []string{industryAdvice}},
	{name: "Jiangsu template without remark", rule: "naming.personal_template_remark", field: "websites[0].remark",
		base: validPersonal, mutate: jiangsu("李小明的个人博客", ""), also: []string{industryAdvice}},
	{name: "the sponsor's own name", rule: "naming.personal_person_name", field: "websites[0].name",
		base: validPersonal, mutate: personalNamed("李小明"), also: []string{industryAdvice}},
	{name: "a district's name", rule: "naming.personal_place_name", field: "websites[0].name",
		base: validPersonal, mutate: personalNamed("朝阳区"), also: []string{industryAdvice, "website.name_related_to_sponsor"}},
	{name: "any personal name", rule: "naming.personal_industry", field: "websites[0].name",
		base: validPersonal, mutate: func(*filing.Application) {}},
}
