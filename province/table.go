package province

import (
	"slices"
	"strings"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"github.com/beian-go/beian/rule"
)

// guideDate is the date of the 2020 provider guide, 2020-09-21.
var guideDate = filing.Date{Year: 2020, Month: 9, Day: 21}

// The sections of the 2020 provider guide the rows' facts come from.
var (
	srcWords     = rule.Guide2020("附录二")  // personal-name words and the name template
	srcLimits    = rule.Guide2020("§3.2") // sites per order
	srcSMS       = rule.Guide2020("§9")   // the SMS step's Zhejiang variant
	srcCopyright = rule.Guide2020("§10")  // the footer copyright line
)

// baseRow is a hand-written row of the default table.
type baseRow struct {
	code  string
	short string
	// words are the forbidden personal-name words of the guide's 附录二,
	// space-separated in source order.
	words string
}

// baseRows lists the 31 mainland provincial-level divisions by GB/T 2260
// code with their short names and, where the guide gives them, the
// forbidden personal-name words (source: "ICP备案流程(PC端)" 20200921,
// 附录二), copied in source order. Full names come from the
// GB/T 2260 table, abbreviations from package filing. Never written after
// compile time.
var baseRows = [...]baseRow{
	{"110000", "北京", "合伙 评论 中心 售后 学院 社团 博客 论坛 社区 返现 团购"},
	{"120000", "天津", ""},
	{"130000", "河北", "工作室 官网 企业 中心 学院 彩票 体彩 刮刮乐 社团 论坛 社区 商城 淘宝 团购"},
	{"140000", "山西", ""},
	{"150000", "内蒙古", "学院 股票 证券 彩票 体彩 刮刮乐 导航 博客 论坛 在线 营销 商城 交易 折扣 购 返现 购物 导购 淘宝 网淘 网购 利润 团购 易购"},
	{"210000", "辽宁", "合伙 大众 维修 沙龙 工作室 互联 官网 品牌 行业 宣传 电商 企业 管理 工坊 传播 咨询 投资 贸易 产业 养殖 传媒 媒体 股票 证券 彩票 体彩 网络 网址 平台 论坛 站长网 商城 交易 折扣 购 购物 返现 易购 淘宝 网淘 网购 旺铺 团购"},
	{"220000", "吉林", ""},
	{"230000", "黑龙江", ""},
	{"310000", "上海", ""},
	{"320000", "江苏", ""},
	{"330000", "浙江", "工作室 官网 行业 电商 企业 工坊 中心 产业 农业 养殖 股票 证券 彩票 体彩 刮刮乐 博客 论坛 在线 社区"},
	{"340000", "安徽", ""},
	{"350000", "福建", ""},
	{"360000", "江西", ""},
	{"370000", "山东", ""},
	{"410000", "河南", "合伙 框架 大众 维修 设计 沙龙 艺术 评论 工作室 官网 服务 转让 品牌 排行榜 行业 宣传 电商 报价 企业 管理 工坊 传播 中心 交流 咨询 投资 售后 学院 贸易 旗舰 产业 农业 传媒 系统 媒体 股票 证券 彩票 体彩 刮刮乐 热线 社团 导航 论坛 在线 社区 营销 商城 交易 折扣 定做 定制 购 返现 购物 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"420000", "湖北", "官网 行业 电商 企业 学院 论坛 商城 团购"},
	{"430000", "湖南", "官网 电商 报价 企业 售后 学院 产业 媒体 博客 论坛 营销 商城 交易 折扣 定做 定制 购 返现 购物 贸易 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"440000", "广东", "媒体 股票 证券 彩票 体彩 刮刮乐 导航 论坛 社区 交流 商城 交易 返现 批发 利润 商务"},
	{"450000", "广西", ""},
	{"460000", "海南", ""},
	{"500000", "重庆", ""},
	{"510000", "四川", ""},
	{"520000", "贵州", "评论 信息 互联 官网 排行榜 行业 宣传 电商 售后 学院 传媒 媒体 股票 证券 彩票 体彩 刮刮乐 资讯 网址 平台 主页 热线 导航 博客 论坛 在线 社区 交流 营销 商城 交易 折扣 购 返现 购物 导购 淘宝 网淘 旺铺 网购 批发 团购 易购"},
	{"530000", "云南", ""},
	{"540000", "西藏", ""},
	{"610000", "陕西", ""},
	{"620000", "甘肃", ""},
	{"630000", "青海", ""},
	{"640000", "宁夏", "网 技术 信息 工作室 资讯 网站 网络 网址 爱好者 作品展示 平台 主页 热线 社团 导航 博客 论坛 在线 社区 交流 营销 商城 交易 折扣 定做 定制 购 返现 购物 贸易 导购 淘宝 网淘 阿里 诚信通 旺铺 网购 批发 市场 利润 团购 易购 商务"},
	{"650000", "新疆", ""},
}

// baseLimit is one row of the multi-site limits (rule
// website.count_province_limit; source: "ICP备案流程(PC端)" 20200921 §3.2).
// Provinces not listed have no limit.
type baseLimit struct {
	code           string
	personal, unit Limit
}

// baseLimits: 湖北/湖南 1 site per order; 陕西 personal ≤4 sites, unit ≤30
// domains in total; 河南 personal ≤3 sites, unit ≤5 sites (guide §3.2).
var baseLimits = [...]baseLimit{
	{"420000", Limit{Sites: 1, Source: srcLimits}, Limit{Sites: 1, Source: srcLimits}},
	{"430000", Limit{Sites: 1, Source: srcLimits}, Limit{Sites: 1, Source: srcLimits}},
	{"610000", Limit{Sites: 4, Source: srcLimits}, Limit{Domains: 30, Source: srcLimits}},
	{"410000", Limit{Sites: 3, Source: srcLimits}, Limit{Sites: 5, Source: srcLimits}},
}

// baseMaterials are the province extras (rule province.extra_materials;
// source: "ICP备案流程(PC端)" 20200921 §3.2), keyed by province code.
var baseMaterials = [...]struct {
	code string
	m    Material
}{
	{"430000", Material{
		Key:  "hunan_site_plan",
		Name: "网站建设方案书",
		Detail: "网站服务说明(截图、栏目、域名用途); 网络规划(设备、结构、技术、部署); " +
			"网络与信息安全制度(防护、管控、应急预案); 承诺备案信息不实时接受关停和列入黑名单。" +
			"网站负责人签字, 单位盖章(个人签字), 扫描为以主办者全称命名的PDF, " +
			"发送至管局邮箱 hunanbeian@xca.gov.cn, 邮件主题为“接入商+主办者全称”",
		When:   FurtherSite,
		Scope:  AllNatures,
		Source: srcLimits,
	}},
	{"610000", Material{
		Key:    "shaanxi_over_limit",
		Name:   "办公场所现场视频、网站建设方案、备案承诺书",
		Detail: "超过网站数量限制时需提供办公场所现场视频、网站建设方案和备案承诺书, 原件邮寄至管局",
		When:   OverLimit,
		Scope:  AllNatures,
		Source: srcLimits,
	}},
}

// templateProvince, copyrightProvince and smsVariantProvince list the provinces with a personal
// name template (江苏省, 附录二), a footer copyright line (江苏省, §10)
// and the Zhejiang SMS suffix variant (浙江省, §9).
const (
	templateProvince   = "320000"
	copyrightProvince  = "320000"
	smsVariantProvince = "330000"
)

// buildDefault builds the default rule set from the tables above.
func buildDefault() Set {
	rows := make([]Row, 0, len(baseRows))
	for _, s := range baseRows {
		r := Row{
			Code:       s.code,
			Short:      s.short,
			Abbrs:      filing.ProvinceAbbreviations(s.code),
			ReviewDays: DefaultReviewDays,
		}
		if d, ok := division.Lookup(s.code); ok {
			r.Name = d.Name
		}
		if s.words != "" {
			r.PersonalWords = dedupe(strings.Fields(s.words))
			r.Sources.PersonalWords = srcWords
		}
		for _, l := range baseLimits {
			if l.code == s.code {
				r.Personal, r.Unit = l.personal, l.unit
			}
		}
		for _, m := range baseMaterials {
			if m.code == s.code {
				r.ExtraMaterials = append(r.ExtraMaterials, m.m)
			}
		}
		if s.code == templateProvince {
			r.NameTemplate, r.Sources.NameTemplate = true, srcWords
		}
		if s.code == copyrightProvince {
			r.FooterCopyright, r.Sources.FooterCopyright = true, srcCopyright
		}
		if s.code == smsVariantProvince {
			r.SMSHKMacaoIDCard, r.Sources.SMSHKMacaoIDCard = true, srcSMS
		}
		rows = append(rows, r)
	}
	return Set{meta: Meta{Name: "default", Date: guideDate, Source: rule.Guide2020("")}, rows: rows}
}

// dedupe drops repeated words, keeping the first occurrence.
func dedupe(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
