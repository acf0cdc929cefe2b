package rule_test

import (
	"fmt"

	"github.com/beian-go/beian/rule"
)

// A package defines a rule once; a finding carries its text, so a console
// shows it in either language without checking again.
func ExampleDef() {
	def := rule.Def{
		ID:       "host.test_domain",
		Severity: rule.Error,
		Source:   rule.Source{Title: "host policy", Edition: "2026-11"},
		Text:     rule.Text{ZH: "不能使用测试域名{domain}", EN: "The test domain {domain} cannot be filed."},
	}
	f := def.Finding(rule.ZH, "websites[0].domains[0]", rule.Params{"domain": "example.test"})
	fmt.Println(f.Rule, f.Severity, f.Source)
	fmt.Println(f.Message)
	fmt.Println(f.Text(rule.EN))
	// Output:
	// host.test_domain error host policy 2026-11
	// 不能使用测试域名example.test
	// The test domain example.test cannot be filed.
}
