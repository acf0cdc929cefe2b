package province_test

import (
	"errors"
	"fmt"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

func ExampleSet_Lookup() {
	r, _ := province.Default().Lookup("河南")
	fmt.Println(r.Code, r.Name, r.Abbrs, r.Personal.Sites, r.Unit.Sites)
	fmt.Println(r.PersonalWords[:3], r.Sources.PersonalWords)
	// Output:
	// 410000 河南省 [豫] 3 5
	// [合伙 框架 大众] ICP备案流程(PC端) 20200921 附录二
}

func ExampleSet_Derive() {
	strict := province.Default().Derive(province.Meta{Name: "host-2026", Source: rule.Source{Title: "host notice"}}, func(r *province.Row) {
		if r.Short == "浙江" {
			r.PersonalWords = append(r.PersonalWords, "直播")
		}
	})
	a, _ := strict.Lookup("浙江")
	b, _ := province.Default().Lookup("浙江")
	fmt.Println(a.HasPersonalWord("直播"), b.HasPersonalWord("直播"))
	// Output: true false
}

func ExampleVendorKB2025() {
	r, _ := province.VendorKB2025().Lookup("天津")
	fmt.Println(r.Contact2.Known, r.Contact2.Kind, r.Contact2.Source)
	d, _ := province.Default().Lookup("天津")
	fmt.Println(d.Contact2.Known, d.Contact2.Kind)
	// Output:
	// true landline vendor-kb-2025
	// false either
}

func ExampleResolveRegion() {
	asOf := filing.Date{Year: 2026, Month: 3, Day: 1}
	r, err := province.ResolveRegion(filing.Region{Province: "河南", City: "济源市"}, asOf)
	fmt.Println(r.Code(), r.District.Name, err)

	_, err = province.ResolveRegion(filing.Region{Province: "浙江省", City: "宁波市", District: "西湖区"}, asOf)
	var re *province.RegionError
	fmt.Println(errors.As(err, &re), re.Part, errors.Is(err, filing.ErrRegion))
	// Output:
	// 419001 济源市 <nil>
	// true district true
}
