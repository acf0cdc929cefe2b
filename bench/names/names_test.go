package names

import (
	"slices"
	"testing"
	"time"

	"github.com/coregx/ahocorasick"

	"github.com/beian-go/beian/bench/internal/pair"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
)

// siteName is a website name as a customer typed it, with the sponsor it
// is filed for.
type siteName struct {
	name string
	ctx  naming.Site
}

var (
	unitSite     = naming.Site{Nature: filing.Enterprise, Province: "330000", Domain: "example.com"}
	personalSite = naming.Site{Nature: filing.Personal, Province: "410000", Domain: "xiaoming.cn", SponsorName: "李小明"}
	shanghaiSite = naming.Site{Nature: filing.Personal, Province: "310000", SponsorName: "王芳"}
)

// realisticNames are website names of the kinds consoles receive: mostly
// Han text, some with a Latin brand, digits, brackets, a middle dot or
// full-width letters, and a few that break a word rule, some of them with
// the evasions (spaces, zero-width characters, full-width forms) that a raw
// scan misses.
var realisticNames = func() []siteName {
	unit := []string{
		"杭州西湖茶叶有限公司官网", "某某科技官方网站", "浙江大学出版社", "杭州市第一人民医院", "华东建材商城",
		"ABC茶叶铺", "Go语言中文网", "iPhone维修指南", "云上读书会", "阿里云开发者社区",
		"宁波港集团（宁波）官网", "《山海经》研究会", "绿源·环保科技", "星辰大海-文化传媒", "ＸＹＺ教育培训",
		"杭州3D打印服务中心", "中国茶叶网", "国家地理爱好者协会", "人民好医生", "赌博游戏大全",
		"色 情资讯站", "反\u200b腐倡廉宣传", "某某物流运输有限公司", "海宁皮革城网上商城", "智慧校园平台",
		"温州鞋业联盟", "嘉兴粽子文化节", "绍兴黄酒博物馆", "Ｗeb前端学习站", "舟山海鲜批发市场",
		"台州汽摩配网", "丽水山耕农产品", "湖州丝绸之路", "衢州柑橘种植基地", "金华火腿专卖",
		"义乌小商品城", "乌镇戏剧节", "千岛湖旅游网", "西溪湿地公园", "良渚古城遗址",
	}
	personal := []string{
		"李小明记录山水花鸟日常", "晨光读书笔记", "山水花鸟日记", "阿明的旅行札记", "李小明的摄影集",
		"小明的技术笔记", "一个程序员的日常", "李小明", "郑州市", "小明的个人博客",
		"小明的论坛", "小明的购物分享", "小明的网站", "Tom的学习笔记", "小明的 网 站",
		"小明·读书笔记", "李小明的Go笔记", "小明的工作室", "小明的资讯小站", "风吹麦浪的日记",
	}
	var out []siteName
	for _, n := range unit {
		out = append(out, siteName{n, unitSite})
	}
	for i, n := range personal {
		ctx := personalSite
		if i%4 == 3 {
			ctx = shanghaiSite
		}
		out = append(out, siteName{n, ctx})
	}
	return out
}()

// wordRules are the naming rules decided by a word list: what a raw
// multi-pattern scan can find.
var wordRules = []string{naming.RuleSensitiveWord, naming.RulePersonalForbidden, naming.RulePersonalPreApproval, naming.RulePersonalProvinceWord, naming.RuleStatePrefix}

// acWords are the words of the built-in lists of the 2020 provider guide
// (附录一 and 附录二: sensitive words, state prefixes, words forbidden in
// personal names and words needing a pre-approval) and every province's
// personal words, for the Aho-Corasick peer.
func acWords() []string {
	words := []string{
		"反腐", "赌博", "廉政", "色情",
		"中国", "中华", "中央", "人民", "人大", "国家",
		"个人空间", "资讯", "网站", "网络", "网址", "爱好者", "作品展示", "论坛", "社区", "工作室", "平台", "主页", "热线", "社团", "导航",
		"博客", "在线", "交流",
	}
	for _, r := range province.Default().Rows() {
		words = append(words, r.PersonalWords...)
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// newAC builds the Aho-Corasick automaton over acWords.
func newAC(tb testing.TB) *ahocorasick.Automaton {
	ac, err := ahocorasick.NewBuilder().AddStrings(acWords()).Build()
	if err != nil {
		tb.Fatal(err)
	}
	return ac
}

// libWords returns the words naming reports on n under a word rule.
func libWords(n siteName) []string {
	var out []string
	for _, v := range naming.Check(n.name, n.ctx) {
		if slices.Contains(wordRules, v.Rule) {
			out = append(out, v.Word)
		}
	}
	return out
}

// TestNamesPeer measures what the raw scan misses: a name is missed when
// naming reports a word that the scan of the raw name does not find
// (evasions with spaces, zero-width or full-width characters). The
// benchmark names must hold both kinds.
func TestNamesPeer(t *testing.T) {
	ac := newAC(t)
	words := acWords()
	flagged, missed := 0, 0
	for _, n := range realisticNames {
		lib := libWords(n)
		if len(lib) == 0 {
			continue
		}
		flagged++
		var raw []string
		for _, m := range ac.FindAllOverlapping([]byte(n.name)) {
			raw = append(raw, words[m.PatternID])
		}
		for _, w := range lib {
			if !slices.Contains(raw, w) {
				missed++
				t.Logf("the raw scan misses %q in %q", w, n.name)
				break
			}
		}
	}
	if flagged == 0 || missed == 0 {
		t.Fatalf("the names do not exercise the comparison: %d flagged, %d missed by the scan", flagged, missed)
	}
	t.Logf("%d of %d names flagged by naming, %d of them (%.0f%%) missed by the raw scan", flagged, len(realisticNames), missed, 100*float64(missed)/float64(flagged))
}

var namesSink any

// BenchmarkNames checks one realistic name per operation: naming.Check
// (normalisation, every list and whole-name rule) against an Aho-Corasick
// scan of the raw name for the same words with every overlapping match.
func BenchmarkNames(b *testing.B) {
	b.Run("beian", func(b *testing.B) {
		c := naming.Default()
		b.ReportAllocs()
		var vs []naming.Violation
		for i := 0; b.Loop(); i++ {
			n := &realisticNames[i%len(realisticNames)]
			vs = c.Check(n.name, n.ctx)
		}
		namesSink = vs
	})
	// A caller checking many names reuses one buffer (AppendCheck reports
	// what Check reports, without the allocation of the result).
	b.Run("beian-append", func(b *testing.B) {
		c := naming.Default()
		b.ReportAllocs()
		var buf [8]naming.Violation
		vs := buf[:0]
		for i := 0; b.Loop(); i++ {
			n := &realisticNames[i%len(realisticNames)]
			vs = c.AppendCheck(vs[:0], n.name, &n.ctx)
		}
		namesSink = len(vs)
	})
	b.Run("ahocorasick", func(b *testing.B) {
		ac := newAC(b)
		raw := make([][]byte, len(realisticNames))
		for i, n := range realisticNames {
			raw[i] = []byte(n.name)
		}
		b.ReportAllocs()
		var ms []ahocorasick.Match
		for i := 0; b.Loop(); i++ {
			ms = ac.FindAllOverlapping(raw[i%len(raw)])
		}
		namesSink = ms
	})
}

// BenchmarkNamesPair is BenchmarkNames with both sides timed alternately
// (see pair.Ratio): its beian/peer metric is the ratio to read on a busy
// machine.
func BenchmarkNamesPair(b *testing.B) {
	c := naming.Default()
	ac := newAC(b)
	raw := make([][]byte, len(realisticNames))
	for i, n := range realisticNames {
		raw[i] = []byte(n.name)
	}
	var vs []naming.Violation
	var ms []ahocorasick.Match
	pair.Ratio(b, time.Now, 64, func(i int) {
		n := &realisticNames[i%len(realisticNames)]
		vs = c.Check(n.name, n.ctx)
	}, func(i int) {
		ms = ac.FindAllOverlapping(raw[i%len(raw)])
	})
	namesSink = []any{vs, ms}
}
