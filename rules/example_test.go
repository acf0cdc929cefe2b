package rules_test

import (
	"github.com/beian-go/beian/rule"

	"fmt"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// A host raises a warning to an error and adds its own sensitive words,
// without changing the default set.
func ExampleRuleSet_With() {
	strict := rules.Default().
		WithSeverity("sponsor.address_not_detailed", rule.Error).
		WithWordLists(rules.WordList{Name: "host-policy", Words: []string{"加速器"}}).
		Named("strict", filing.Date{Year: 2026, Month: 11, Day: 1}, rule.Source{Title: "host policy", Edition: "2026-11"})

	app := validEnterprise()
	app.Sponsor.MailingAddress = "浙江省杭州市西湖区某某路"
	app.Websites[0].Name = "某某科技加速器网站"
	for _, set := range []rules.RuleSet{rules.Default(), strict} {
		r := set.Check(app, app.AsOf)
		fmt.Println(set.Name(), r.OK())
		for _, f := range r.Findings {
			fmt.Println(" ", f.Severity, f.Rule, f.Params["word"])
		}
	}
	// Output:
	// default true
	//   warning sponsor.address_not_detailed <nil>
	// strict false
	//   error sponsor.address_not_detailed <nil>
	//   error naming.sensitive_word 加速器
}

func ExampleRuleSet_Catalog() {
	e, _ := rules.Default().Catalog().Entry("conflict.domain_filed")
	fmt.Println(e.ID, e.Severity, e.Hook, e.Checked)
	fmt.Println(e.Text.EN)
	// Output:
	// conflict.domain_filed error conflicts true
	// This domain is already filed.
}
