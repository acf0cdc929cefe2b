package naming

import (
	"slices"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/idna"
)

// punycode returns the ASCII form of an IDN.
func punycode(d string) string {
	a, err := idna.ToASCII(d)
	if err != nil {
		panic(err)
	}
	return a
}

// rulesOf returns the rule IDs of vs in order.
func rulesOf(vs []Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	return out
}

// has reports whether vs holds a violation of rule with word and list.
func has(vs []Violation, rule, word, list string) bool {
	return slices.ContainsFunc(vs, func(v Violation) bool {
		return v.Rule == rule && (word == "" || v.Word == word) && (list == "" || v.List == list)
	})
}

var (
	unit     = Site{Nature: filing.Enterprise, Province: "330000"}
	personal = Site{Nature: filing.Personal, Province: "浙江"}
)

// TestRulesFire: every rule fires on a name made for it, with the word and
// list expected.
func TestRulesFire(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		ctx   Site
		rule  string
		word  string
		list  string
		start int
		end   int
	}{
		// naming.min_han counts Han characters, not length.
		{"two Han", "博文abc", unit, RuleMinHan, "", ListGeneral, 0, 5},
		// naming.pure_digits_or_latin.
		{"latin and digits", "abc123", unit, RulePureDigitsOrLatin, "", ListGeneral, 0, 6},
		{"full-width latin", "ＡＢＣ１２", unit, RulePureDigitsOrLatin, "", ListGeneral, 0, 5},
		// naming.special_chars: punctuation, symbols, emoji, white space.
		{"exclamation", "阿里巴巴!", unit, RuleSpecialChars, "!", ListGeneral, 4, 5},
		{"emoji", "阿里😀巴巴", unit, RuleSpecialChars, "😀", ListGeneral, 2, 3},
		{"ideographic space", "阿里\u3000巴巴", unit, RuleSpecialChars, "\u3000", ListGeneral, 2, 3},
		{"zero-width space", "阿里\u200b巴巴", unit, RuleSpecialChars, "\u200b", ListGeneral, 2, 3},
		{"middle dot", "阿里·巴巴", unit, RuleSpecialChars, "·", ListGeneral, 2, 3},
		// naming.state_prefix, for non-state natures.
		{"中国 prefix", "中国茶叶之家", unit, RuleStatePrefix, "中国", ListStatePrefix, 0, 2},
		{"spaced 国家 prefix", "国 家茶叶之家", unit, RuleStatePrefix, "国家", ListStatePrefix, 0, 3},
		// naming.is_domain: the domain or its first label.
		{"domain label", "Example", Site{Nature: filing.Enterprise, Domain: "example.com"}, RuleIsDomain, "example.com", ListGeneral, 0, 7},
		{"whole domain", "EXAMPLE.COM", Site{Nature: filing.Enterprise, Domain: "example.com"}, RuleIsDomain, "example.com", ListGeneral, 0, 11},
		{"IDN label", "例子网站", Site{Nature: filing.Enterprise, Domain: punycode("例子网站.cn")}, RuleIsDomain, "", ListGeneral, 0, 4},
		{"Unicode IDN label", "例子网站", Site{Nature: filing.Enterprise, Domain: "例子网站.中国"}, RuleIsDomain, "", ListGeneral, 0, 4},
		// naming.sensitive_word, with evasions.
		{"sensitive", "赌博之家", unit, RuleSensitiveWord, "赌博", ListSensitive, 0, 2},
		{"sensitive spaced", "赌 博之家", unit, RuleSensitiveWord, "赌博", ListSensitive, 0, 3},
		{"sensitive U+3000", "赌\u3000博之家", unit, RuleSensitiveWord, "赌博", ListSensitive, 0, 3},
		{"sensitive zero-width", "小赌\u200b博之家", unit, RuleSensitiveWord, "赌博", ListSensitive, 1, 4},
		{"sensitive middle dot", "赌·博之家", unit, RuleSensitiveWord, "赌博", ListSensitive, 0, 3},
		{"sensitive for personal too", "色情小站点", personal, RuleSensitiveWord, "色情", ListSensitive, 0, 2},
		// naming.personal_forbidden_word.
		{"personal word", "小明的工作室", personal, RulePersonalForbidden, "工作室", ListPersonal, 3, 6},
		{"personal word full-width spaced", "小明的 網站 x 网站", personal, RulePersonalForbidden, "网站", ListPersonal, 9, 11},
		// naming.personal_needs_pre_approval; 论坛 only here.
		{"pre-approval word", "小明的博客", personal, RulePersonalPreApproval, "博客", ListPreApproval, 3, 5},
		{"论坛 under pre-approval", "小明的论坛", personal, RulePersonalPreApproval, "论坛", ListPreApproval, 3, 5},
		// naming.personal_province_word for the sponsor's province.
		{"浙江 word", "小明的养殖日记", personal, RulePersonalProvinceWord, "养殖", ListProvince, 3, 5},
		{"河南 single character", "小明买东西购", Site{Nature: filing.Personal, Province: "河南省"}, RulePersonalProvinceWord, "购", ListProvince, 5, 6},
		// naming.personal_template and its remark (江苏).
		{"江苏 without template", "小明的日记本", Site{Nature: filing.Personal, Province: "江苏", Remark: "日记"}, RulePersonalTemplate, "", ListGeneral, 0, 6},
		{"江苏 template without remark", "小明的个人博客", Site{Nature: filing.Personal, Province: "江苏"}, RuleTemplateRemark, "", ListGeneral, 0, 7},
		// naming.personal_person_name: equality after normalisation.
		{"person name", "李 小 明", Site{Nature: filing.Personal, SponsorName: "李小明"}, RulePersonalPersonName, "李小明", ListPerson, 0, 5},
		{"person name, accent typed apart", "José", Site{Nature: filing.Personal, SponsorName: "Jose\u0301"}, RulePersonalPersonName, "Jose\u0301", ListPerson, 0, 4},
		{"person name, accent typed apart in the name", "Jose\u0301", Site{Nature: filing.Personal, SponsorName: "José"}, RulePersonalPersonName, "José", ListPerson, 0, 5},
		{"principal name", "欧阳小明", Site{Nature: filing.Personal, PrincipalNames: []string{"欧阳小明"}}, RulePersonalPersonName, "欧阳小明", ListPerson, 0, 4},
		// naming.personal_place_name, with and without suffix.
		{"place with suffix", "杭州市", personal, RulePersonalPlaceName, "杭州市", ListPlace, 0, 3},
		{"place without suffix", "乌鲁木齐", personal, RulePersonalPlaceName, "乌鲁木齐市", ListPlace, 0, 4},
		{"province short name", "内蒙古", personal, RulePersonalPlaceName, "内蒙古自治区", ListPlace, 0, 3},
		// naming.personal_industry: advice for every personal name.
		{"industry advice", "李小明的日常记录", personal, RulePersonalIndustry, "", ListGeneral, 0, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.in, tt.ctx)
			i := slices.IndexFunc(got, func(v Violation) bool { return v.Rule == tt.rule && v.List == tt.list })
			if i < 0 {
				t.Fatalf("Check(%q) = %+v; want %s from %s", tt.in, got, tt.rule, tt.list)
			}
			v := got[i]
			if tt.word != "" && v.Word != tt.word {
				t.Errorf("word %q, want %q", v.Word, tt.word)
			}
			if v.Start != tt.start || v.End != tt.end {
				t.Errorf("offsets [%d,%d), want [%d,%d)", v.Start, v.End, tt.start, tt.end)
			}
		})
	}
}

// TestRulesDoNotFire: good names, and the exemptions of the naming rules.
func TestRulesDoNotFire(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ctx  Site
		want []string // rule IDs expected, in order
	}{
		// A good unit name has no violation.
		{"good unit name", "杭州西湖茶叶有限公司官网", unit, nil},
		// Three Han characters with Latin are fine.
		{"three Han with latin", "ABC茶叶铺", unit, nil},
		// State words later in the name are fine, and government may start with them.
		{"state word inside", "茶叶中国行", unit, nil},
		{"government state prefix", "中国政府网", Site{Nature: filing.Government}, nil},
		{"military state prefix", "中国军网站", Site{Nature: filing.Military}, nil},
		// Unit names may hold personal-list and province words.
		{"unit with personal words", "杭州工作室网络平台", unit, nil},
		// The domain rule needs equality, not containment.
		{"name containing the label", "example茶叶店", Site{Nature: filing.Enterprise, Domain: "example.com"}, nil},
		// With a pre-approval, 论坛 and 博客 pass.
		{"pre-approved forum", "小明的论坛", Site{Nature: filing.Personal, Province: "上海", HasPreApproval: true}, []string{RulePersonalIndustry}},
		// ... but 北京's own 论坛 still fires.
		{"北京 forum despite pre-approval", "小明的论坛", Site{Nature: filing.Personal, Province: "北京", HasPreApproval: true}, []string{RulePersonalProvinceWord, RulePersonalIndustry}},
		// e is not é: a name that differs by its accent is another name (only
		// the Latin-only rules fire, not naming.personal_person_name).
		{"name without the accent", "Jose", Site{Nature: filing.Personal, SponsorName: "Jose\u0301"}, []string{RuleMinHan, RulePureDigitsOrLatin, RulePersonalIndustry}},
		// Another province's words do not fire.
		{"浙江 word in 广东", "小明的养殖日记", Site{Nature: filing.Personal, Province: "广东"}, []string{RulePersonalIndustry}},
		// The 江苏 template exempts its own words.
		{"江苏 template", "小明的个人博客", Site{Nature: filing.Personal, Province: "江苏", Remark: "记录读书笔记"}, []string{RulePersonalIndustry}},
		{"江苏 template 主页", "小明的个人主页", Site{Nature: filing.Personal, Province: "320000", Remark: "摄影作品"}, []string{RulePersonalIndustry}},
		// ... but not the same words inside X.
		{"江苏 template word in X", "网站的个人主页", Site{Nature: filing.Personal, Province: "江苏", Remark: "x"}, []string{RulePersonalForbidden, RulePersonalIndustry}},
		// X must be Han; without the template 博客 is not exempt.
		{"江苏 template latin X", "Tom的个人博客", Site{Nature: filing.Personal, Province: "江苏", Remark: "x"}, []string{RulePersonalTemplate, RulePersonalPreApproval, RulePersonalIndustry}},
		// Containing the sponsor's name is fine.
		{"name containing the person", "李小明的个人博客", Site{Nature: filing.Personal, Province: "江苏", SponsorName: "李小明", Remark: "读书"}, []string{RulePersonalIndustry}},
		// A name merely containing a place is fine.
		{"containing a place", "杭州美食日记", personal, []string{RulePersonalIndustry}},
		// Unknown province: no province words.
		{"unknown province", "小明的养殖日记", Site{Nature: filing.Personal, Province: "火星"}, []string{RulePersonalIndustry}},
	}
	for _, tt := range tests {
		got := rulesOf(Check(tt.in, tt.ctx))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Check(%q) rules (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}

// TestHostLists: a host's list is reported under its name, with evasions.
func TestHostLists(t *testing.T) {
	c := New(province.Default(), WithSensitiveWords("host-a", "直播", " 代 练 "), WithSensitiveWords("host-b", "直播"))
	got := c.Check("游戏直·播代练", unit)
	for _, w := range []struct{ word, list string }{{"直播", "host-a"}, {"直播", "host-b"}, {"代练", "host-a"}} {
		if !has(got, RuleSensitiveWord, w.word, w.list) {
			t.Errorf("missing %s from %s in %+v", w.word, w.list, got)
		}
	}
	if has(Check("游戏直播代练", unit), RuleSensitiveWord, "", "") {
		t.Error("the default checker knows host words")
	}
}

// TestEveryProvinceWord walks every word of every province of both rule
// sets: it fires for its province and carries the province's name.
func TestEveryProvinceWord(t *testing.T) {
	for _, set := range []province.Set{province.Default(), province.VendorKB2025()} {
		c := New(set)
		for _, r := range set.Rows() {
			for _, w := range r.PersonalWords {
				name := "小明" + w + "日记"
				got := c.Check(name, Site{Nature: filing.Personal, Province: r.Code, HasPreApproval: true})
				if !slices.ContainsFunc(got, func(v Violation) bool {
					return v.Rule == RulePersonalProvinceWord && v.Word == w && v.Province == r.Name && v.Start == 2
				}) {
					t.Errorf("%s %s: %q not reported: %+v", set.Name(), r.Name, w, got)
				}
			}
		}
	}
}

// TestConcurrentUse runs one checker from several goroutines (meaningful
// under -race).
func TestConcurrentUse(t *testing.T) {
	c := New(province.Default(), WithSensitiveWords("host", "直播"))
	done := make(chan []string)
	for range 4 {
		go func() {
			var got []string
			for range 50 {
				got = rulesOf(c.Check("小明的 购物直播", Site{Nature: filing.Personal, Province: "河南"}))
			}
			done <- got
		}()
	}
	first := <-done
	for range 3 {
		if diff := cmp.Diff(first, <-done); diff != "" {
			t.Errorf("results differ (-first +other):\n%s", diff)
		}
	}
}
