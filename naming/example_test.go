package naming_test

import (
	"fmt"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
)

func ExampleCheck() {
	for _, v := range naming.Check("小明的 购·物 天地", naming.Site{Nature: filing.Personal, Province: "河南省"}) {
		fmt.Println(v.Rule, v.Word, v.List, v.Province, v.Start, v.End)
	}
	// Output:
	// naming.special_chars   general  3 4
	// naming.special_chars · general  5 6
	// naming.special_chars   general  7 8
	// naming.personal_province_word 购 province 河南省 4 5
	// naming.personal_province_word 购物 province 河南省 4 7
	// naming.personal_industry  general  0 10
}

func ExampleNew() {
	c := naming.New(province.Default(), naming.WithSensitiveWords("host", "直播"))
	for _, v := range c.Check("直 播小站点", naming.Site{Nature: filing.Enterprise}) {
		fmt.Println(v.Rule, v.Word, v.List, v.Start, v.End)
	}
	// Output:
	// naming.special_chars   general 1 2
	// naming.sensitive_word 直播 host 0 3
}

func ExampleNormalize() {
	fmt.Println(naming.Normalize("赌\u3000博·ＡＢＣ"))
	// Output: 赌博abc
}
