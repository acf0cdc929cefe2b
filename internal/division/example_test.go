package division_test

import (
	"fmt"

	"github.com/beian-go/beian/internal/division"
)

func ExampleLookup() {
	d, ok := division.Lookup("330106")
	fmt.Println(d.Name, d.Level, ok)
	_, ok = division.Lookup("110103") // 崇文区, abolished in 2010
	fmt.Println(ok)
	// Output:
	// 西湖区 县级 true
	// false
}

func ExampleEver() {
	fmt.Println(division.Ever("110103"), division.Ever("999999"))
	// Output: true false
}

func ExampleHistory() {
	for _, d := range division.History("419001") {
		fmt.Println(d.Name, d.Since, d.Until, d.Successors)
	}
	// Output:
	// 义马市 1987 1990 [411281]
	// 济源市 1996 0 []
}

func ExampleValidIn() {
	fmt.Println(division.ValidIn("110103", 2010), division.ValidIn("110103", 2011))
	// Output: true false
}

func ExampleParent() {
	for _, code := range []string{"330106", "419001", "110101"} {
		p, _ := division.Parent(code)
		fmt.Println(code, "→", p.Code, p.Name)
	}
	// Output:
	// 330106 → 330100 杭州市
	// 419001 → 410000 河南省
	// 110101 → 110000 北京市
}

func ExampleChildren() {
	fmt.Println(len(division.Children("441900"))) // 东莞市 has no counties
	for _, d := range division.Children("110000")[:2] {
		fmt.Println(d.Code, d.Name)
	}
	// Output:
	// 0
	// 110101 东城区
	// 110102 西城区
}

func ExampleFind() {
	for _, d := range division.Find("朝阳区") {
		p, _ := division.Parent(d.Code)
		fmt.Println(d.Code, p.Name)
	}
	// Output:
	// 110105 北京市
	// 220104 长春市
}

func ExampleProvinces() {
	ps := division.Provinces()
	fmt.Println(len(ps), ps[0].Name, ps[len(ps)-1].Name)
	// Output: 34 北京市 澳门特别行政区
}

func ExampleProvinceOf() {
	fmt.Println(division.ProvinceOf("429004"))
	// Output: 420000
}
