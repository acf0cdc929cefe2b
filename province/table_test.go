package province

import (
	"github.com/beian-go/beian/rule"

	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"github.com/google/go-cmp/cmp"
)

// guideWords transcribes the forbidden words for personal website names of
// the 2020 provider guide "ICP备案流程(PC端)" (document version 20200921),
// 附录二, province by province as the guide states them, in its order. It is
// written out here independently of the shipped table (table.go): the tests
// below compare every shipped row with it. Provinces the guide does not list
// have no words.
var guideWords = [...]struct{ province, words string }{
	{"北京市", "合伙 评论 中心 售后 学院 社团 博客 论坛 社区 返现 团购"},
	{"广东省", "媒体 股票 证券 彩票 体彩 刮刮乐 导航 论坛 社区 交流 商城 交易 返现 批发 利润 商务"},
	{"浙江省", "工作室 官网 行业 电商 企业 工坊 中心 产业 农业 养殖 股票 证券 彩票 体彩 刮刮乐 博客 论坛 在线 社区"},
	{"河南省", "合伙 框架 大众 维修 设计 沙龙 艺术 评论 工作室 官网 服务 转让 品牌 排行榜 行业 宣传 电商 报价 企业 管理 工坊 传播 中心 交流 咨询 投资 售后 学院 贸易 旗舰 产业 农业 传媒 系统 媒体 股票 证券 彩票 体彩 刮刮乐 热线 社团 导航 论坛 在线 社区 营销 商城 交易 折扣 定做 定制 购 返现 购物 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"辽宁省", "合伙 大众 维修 沙龙 工作室 互联 官网 品牌 行业 宣传 电商 企业 管理 工坊 传播 咨询 投资 贸易 产业 养殖 传媒 媒体 股票 证券 彩票 体彩 网络 网址 平台 论坛 站长网 商城 交易 折扣 购 购物 返现 易购 淘宝 网淘 网购 旺铺 团购"},
	{"湖北省", "官网 行业 电商 企业 学院 论坛 商城 团购"},
	{"宁夏回族自治区", "网 技术 信息 工作室 资讯 网站 网络 网址 爱好者 作品展示 平台 主页 热线 社团 导航 博客 论坛 在线 社区 交流 营销 商城 交易 折扣 定做 定制 购 返现 购物 贸易 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"河北省", "工作室 官网 企业 中心 学院 彩票 体彩 刮刮乐 社团 论坛 社区 商城 淘宝 团购"},
	{"贵州省", "评论 信息 互联 官网 排行榜 行业 宣传 电商 售后 学院 传媒 媒体 股票 证券 彩票 体彩 刮刮乐 资讯 网址 平台 主页 热线 导航 博客 论坛 在线 社区 交流 营销 商城 交易 折扣 购 返现 购物 导购 淘宝 网淘 旺铺 网购 批发 团购 易购"},
	{"湖南省", "官网 电商 报价 企业 售后 学院 产业 媒体 博客 论坛 营销 商城 交易 折扣 定做 定制 购 返现 购物 贸易 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"内蒙古自治区", "学院 股票 证券 彩票 体彩 刮刮乐 导航 博客 论坛 在线 营销 商城 交易 折扣 购 返现 购物 导购 淘宝 网淘 网购 利润 团购 易购"},
}

// TestWordsMatchGuide walks the transcription of the guide's 附录二: every
// listed province's words are shipped in the guide's order without
// duplicates, with the guide's source, and provinces not listed have none.
func TestWordsMatchGuide(t *testing.T) {
	set := Default()
	listed := map[string]bool{}
	for _, g := range guideWords {
		row, ok := set.Lookup(g.province)
		if !ok {
			t.Errorf("附录二 province %s not found", g.province)
			continue
		}
		if listed[row.Code] {
			t.Errorf("附录二 province %s transcribed twice", g.province)
		}
		listed[row.Code] = true
		var want []string
		for _, w := range strings.Fields(g.words) {
			if !slices.Contains(want, w) {
				want = append(want, w)
			}
		}
		if diff := cmp.Diff(want, row.PersonalWords); diff != "" {
			t.Errorf("%s words (-want +got):\n%s", row.Name, diff)
		}
		if row.Sources.PersonalWords != srcWords {
			t.Errorf("%s words have source %v", row.Name, row.Sources.PersonalWords)
		}
	}
	if len(listed) != 11 {
		t.Errorf("附录二 lists %d provinces, want 11", len(listed))
	}
	for _, r := range set.Rows() {
		if !listed[r.Code] && (len(r.PersonalWords) > 0 || !r.Sources.PersonalWords.IsZero()) {
			t.Errorf("%s has words %v the source does not give", r.Name, r.PersonalWords)
		}
	}
}

// guideLimits transcribes the multi-site limits of the 2020 provider guide,
// §3.2 (sites of one order for a personal and a unit sponsor), as the guide
// states them, in English; every other province has no limit.
var guideLimits = [...]struct{ province, personal, unit string }{
	{"湖北省", "1 site per order", "1 site per order"},
	{"湖南省", "1 site per order", "1 site per order"},
	{"陕西省", "at most 4 sites", "at most 30 domains in total"},
	{"河南省", "at most 3 sites", "at most 5 sites"},
}

// limitCell parses a limit of guideLimits.
var limitCell = regexp.MustCompile(`^(?:at most )?(\d+) (site|sites|domains)`)

func parseLimit(t *testing.T, cell string) Limit {
	m := limitCell.FindStringSubmatch(cell)
	if m == nil {
		t.Fatalf("cannot read limit %q", cell)
	}
	n, _ := strconv.Atoi(m[1])
	if m[2] == "domains" {
		return Limit{Domains: n, Source: srcLimits}
	}
	return Limit{Sites: n, Source: srcLimits}
}

// TestLimitsMatchGuide walks the transcription of the guide's §3.2: listed
// provinces carry its limits with the guide's source, all others none.
func TestLimitsMatchGuide(t *testing.T) {
	set := Default()
	listed := map[string]bool{}
	for _, g := range guideLimits {
		row, ok := set.Lookup(g.province)
		if !ok {
			t.Fatalf("§3.2 province %s not found", g.province)
		}
		listed[row.Code] = true
		if diff := cmp.Diff(parseLimit(t, g.personal), row.Personal); diff != "" {
			t.Errorf("%s personal limit (-want +got):\n%s", row.Name, diff)
		}
		if diff := cmp.Diff(parseLimit(t, g.unit), row.Unit); diff != "" {
			t.Errorf("%s unit limit (-want +got):\n%s", row.Name, diff)
		}
	}
	for _, r := range set.Rows() {
		if !listed[r.Code] && (!r.Personal.IsZero() || !r.Unit.IsZero()) {
			t.Errorf("%s has a limit the source does not give", r.Name)
		}
	}
}

// TestEveryDefaultRow walks all 31 rows of the default set (the 2020
// provider guide): identity fields agree with the division table and package
// filing, single-province facts sit in their province only, and no row holds
// a value the guide does not give.
func TestEveryDefaultRow(t *testing.T) {
	rows := Default().Rows()
	if len(rows) != 31 {
		t.Fatalf("got %d rows, want 31", len(rows))
	}
	if !slices.IsSortedFunc(rows, func(a, b Row) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("rows not sorted by code")
	}
	for _, r := range rows {
		d, ok := division.Lookup(r.Code)
		if !ok || d.Level != division.Province || r.Name != d.Name {
			t.Errorf("%s: name %q, division %+v", r.Code, r.Name, d)
		}
		if r.Short == "" || !strings.HasPrefix(r.Name, r.Short) {
			t.Errorf("%s: short name %q", r.Name, r.Short)
		}
		if diff := cmp.Diff(filing.ProvinceAbbreviations(r.Code), r.Abbrs); diff != "" || len(r.Abbrs) == 0 {
			t.Errorf("%s abbreviations (-want +got):\n%s", r.Name, diff)
		}
		if r.ReviewDaysKnown || r.ReviewDays != DefaultReviewDays || !r.Sources.ReviewDays.IsZero() {
			t.Errorf("%s: review days %d known=%v: the guide gives none", r.Name, r.ReviewDays, r.ReviewDaysKnown)
		}
		if r.Contact2 != (Contact2{}) {
			t.Errorf("%s: contact 2 %+v: the guide gives none", r.Name, r.Contact2)
		}
		if r.LegalRep != (LegalRep{}) {
			t.Errorf("%s: legal representative %+v: the guide gives none", r.Name, r.LegalRep)
		}
		// 江苏 alone has the name template and the footer copyright line.
		if got, want := r.NameTemplate, r.Short == "江苏"; got != want || (!r.Sources.NameTemplate.IsZero()) != want {
			t.Errorf("%s: name template %v", r.Name, got)
		}
		if got, want := r.FooterCopyright, r.Short == "江苏"; got != want || (!r.Sources.FooterCopyright.IsZero()) != want {
			t.Errorf("%s: footer copyright %v", r.Name, got)
		}
		// 浙江 alone has the SMS variant of the guide's §9 (sms.id_suffix_hk_macao).
		if got, want := r.SMSHKMacaoIDCard, r.Short == "浙江"; got != want || (!r.Sources.SMSHKMacaoIDCard.IsZero()) != want {
			t.Errorf("%s: SMS HK/Macao ID card variant %v", r.Name, got)
		}
		// 湖南 and 陕西 alone have extra materials in the guide (§3.2).
		if got, want := len(r.ExtraMaterials) > 0, r.Short == "湖南" || r.Short == "陕西"; got != want {
			t.Errorf("%s: extra materials %v", r.Name, r.ExtraMaterials)
		}
		for _, m := range r.ExtraMaterials {
			if m.Key == "" || m.Name == "" || m.Detail == "" || m.Source.Title != rule.Guide2020("").Title {
				t.Errorf("%s: incomplete material %+v", r.Name, m)
			}
		}
		for _, w := range r.PersonalWords {
			if w == "" || strings.TrimSpace(w) != w {
				t.Errorf("%s: bad word %q", r.Name, w)
			}
		}
	}
}

// TestHunanMaterialText checks the Hunan site plan and the Shaanxi materials
// carry the facts of the 2020 provider guide, §3.2 (province.extra_materials).
func TestHunanMaterialText(t *testing.T) {
	r, _ := Default().Lookup("湖南")
	if len(r.ExtraMaterials) != 1 {
		t.Fatalf("湖南 materials: %v", r.ExtraMaterials)
	}
	m := r.ExtraMaterials[0]
	for _, s := range []string{"hunanbeian@xca.gov.cn", "PDF", "接入商+主办者全称", "黑名单"} {
		if !strings.Contains(m.Detail, s) {
			t.Errorf("湖南 material lacks %q", s)
		}
	}
	if m.Name != "网站建设方案书" || m.When != FurtherSite {
		t.Errorf("湖南 material %+v", m)
	}
	s, _ := Default().Lookup("610000")
	if len(s.ExtraMaterials) != 1 || s.ExtraMaterials[0].When != OverLimit || !strings.Contains(s.ExtraMaterials[0].Detail, "邮寄") {
		t.Errorf("陕西 material %+v", s.ExtraMaterials)
	}
}
