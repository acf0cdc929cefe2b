package footer_test

import (
	"fmt"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
)

func ExampleCheck() {
	page := []byte(`<html><body>
<footer><p>© 2024 某某公司</p>
<p><a href="http://www.miitbeian.gov.cn">京ICP备<span>12345678</span>号-1</a></p></footer>
</body></html>`)
	r := footer.Check(page, footer.Expectations{Number: filing.MustParseICPNumber("京ICP备12345678号-1")})
	fmt.Println(r.OK())
	for _, f := range r.Findings {
		fmt.Println(f.Field, f.Severity, f.Rule, f.Params["host"])
	}
	// Output:
	// false
	// 3:4 error post.footer_link_outdated www.miitbeian.gov.cn
}
