package filing_test

import (
	"fmt"

	"github.com/beian-go/beian/filing"
)

func ExampleParseICPNumber() {
	n, err := filing.ParseICPNumber("京ICP备 １２３４５６７８号 － 1")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n, n.Province(), n.Site(), n.Subject())
	// Output: 京ICP备12345678号-1 110000 1 京ICP备12345678号
}

func ExampleICPNumber_Kind() {
	for _, s := range []string{"京ICP备12345678号", "京ICP备12345678号-1", "京ICP备12345678号-2A", "粤B2-20110388-3X", "滬ICP備13026471號-4K"} {
		n := filing.MustParseICPNumber(s)
		fmt.Println(n, n.Kind(), n.IsLicence())
	}
	// Output:
	// 京ICP备12345678号 subject false
	// 京ICP备12345678号-1 website false
	// 京ICP备12345678号-2A app false
	// 粤B2-20110388-3X mini_program true
	// 沪ICP备13026471号-4K quick_app false
}

func ExampleParsePSBNumber() {
	_, err := filing.ParsePSBNumber("京公网安备 31010502030143号")
	fmt.Println(err)
	p := filing.MustParsePSBNumber("京公网安备11010502030143号")
	fmt.Println(p, p.Region())
	// Output:
	// filing: parsing PSBNumber "京公网安备 3101******0143号": unknown region code: region code 310105 lies outside the province of 京
	// 京公网安备 11010502030143号 110105
}

func ExampleFindICPNumbers() {
	for _, m := range filing.FindICPNumbers("© 2024 某某公司 京ICP备12345678号-1，沪ICP备1234号") {
		fmt.Println(m.Start, m.End, m.Text, m.Err != nil)
	}
	// Output:
	// 12 28 京ICP备12345678号-1 false
	// 29 39 沪ICP备1234号 true
}

func ExampleProvinceAbbreviations() {
	fmt.Println(filing.ProvinceAbbreviations("510000"))
	code, _ := filing.ProvinceOfAbbreviation("蜀")
	fmt.Println(code)
	// Output:
	// [川 蜀]
	// 510000
}
