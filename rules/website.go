package rules

import (
	"github.com/beian-go/beian/rule"

	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
)

// Checks of the website step (网站信息, the 2020 provider guide §3.1), of
// several websites in one order (§3.2) and of access (§4): website.*,
// province.extra_materials and access.*.

var websiteRequired = Rule{
	Def: rule.Def{ID: "website.required", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "请至少填写一个网站或APP",
			EN: "Add at least one website or app."}},
	Check: checkWebsiteRequired,
}

// checkWebsiteRequired: website.required.
func checkWebsiteRequired(c *Run) {
	if c.App.Type.FilesWebsites() && len(c.App.Websites) == 0 && len(c.App.Apps) == 0 {
		c.Flag("websites", nil)
	}
}

var websiteOneDomain = Rule{
	Def: rule.Def{ID: "website.one_domain", Severity: rule.Error, Source: guide("§3.2"),
		Text: rule.Text{
			ZH: "每个网站只能填写一个域名",
			EN: "Each website carries exactly one domain."}},
	Types: newSite,
	Check: checkOneDomain,
}

// checkOneDomain: website.one_domain (the rule's types are the new-site ones).
func checkOneDomain(c *Run) {
	for i, w := range c.App.Websites {
		if len(w.Domains) != 1 {
			c.Flag(sitePath(i)+".domains", Params{"count": len(w.Domains)})
		}
	}
}

// registrableKey is the key two domains are compared by: the registrable
// domain in ASCII when the domain parses, else the trimmed lower-case text.
func registrableKey(s string) string {
	if h, err := filing.ParseHost(s); err == nil {
		if r, err := h.Registrable(); err == nil {
			return r.ASCII()
		}
		return h.ASCII()
	}
	return strings.ToLower(strings.TrimSpace(s))
}

var websiteDomainDuplicate = Rule{
	Def: rule.Def{ID: "website.domain_duplicate", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "域名{domain}在同一订单的多个网站中重复",
			EN: "The domain {domain} appears in more than one website of the order."}},
	Check: checkDomainDuplicate,
}

// checkDomainDuplicate: website.domain_duplicate — the same registrable
// domain in two websites of one order.
func checkDomainDuplicate(c *Run) {
	first := map[string]int{}
	for i := range c.domains() {
		d := &c.domRefs[i]
		k := d.key()
		if k == "" {
			continue
		}
		site, seen := first[k]
		if !seen {
			first[k] = d.site
			continue
		}
		if site != d.site {
			c.Flag(d.path, Params{"domain": k, "also_in": sitePath(site)})
		}
	}
}

var websiteContentPersonal = Rule{
	Def: rule.Def{ID: "website.content_personal", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "个人网站的内容类型只能选择“其他”",
			EN: "A personal site's content type must be “other”."}},
	Check: checkContentPersonal,
}

// checkContentPersonal: website.content_personal.
func checkContentPersonal(c *Run) {
	if !c.Personal() {
		return
	}
	for i, w := range c.App.Websites {
		if w.ContentType.IsKnown() && w.ContentType != filing.OtherContent {
			c.Flag(sitePath(i)+".content_type", Params{"value": string(w.ContentType)})
		}
	}
}

var websiteContentTypeUnknown = Rule{
	Def: rule.Def{ID: "website.content_type_unknown", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "网站内容类型“{value}”无效",
			EN: "“{value}” is not a valid content type."}},
	Check: checkContentType,
}

// checkContentType: website.content_type_unknown.
func checkContentType(c *Run) {
	for i, w := range c.App.Websites {
		if !w.ContentType.IsKnown() {
			c.Flag(sitePath(i)+".content_type", Params{"value": string(w.ContentType)})
		}
	}
}

var websiteServiceTypeUnknown = Rule{
	Def: rule.Def{ID: "website.service_type_unknown", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "网站服务类型“{value}”无效",
			EN: "“{value}” is not a valid service type."}},
	Check: checkServiceType,
}

// checkServiceType: website.service_type_unknown.
func checkServiceType(c *Run) {
	for i, w := range c.App.Websites {
		if !w.ServiceType.IsKnown() {
			c.Flag(sitePath(i)+".service_type", Params{"value": string(w.ServiceType)})
		}
	}
}

var websiteLanguageRequired = Rule{
	Def: rule.Def{ID: "website.language_required", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "请选择网站语言",
			EN: "Choose the site's language (a BCP 47 tag such as zh-Hans)."}},
	Check: checkLanguages,
}

// checkLanguages: website.language_required — at least one language, each a
// BCP 47 tag.
func checkLanguages(c *Run) {
	for i, w := range c.App.Websites {
		site := sitePath(i)
		if len(w.Languages) == 0 {
			c.Flag(site+".languages", nil)
			continue
		}
		for j, l := range w.Languages {
			if !languageOK(l) {
				c.Flag(index(site+".languages", j), Params{"value": l})
			}
		}
	}
}

// languageOK reports whether l is a BCP 47 tag as language.Parse accepts
// it, without white space around it. The tags consoles send most are
// answered without parsing (TestCommonLanguageTags parses each).
func languageOK(l string) bool {
	if isCommonLanguageTag(l) {
		return true
	}
	_, err := language.Parse(l)
	return err == nil && strings.TrimSpace(l) == l && l != ""
}

// commonLanguageTags are tags language.Parse accepts, held in
// isCommonLanguageTag.
var commonLanguageTags = [...]string{
	"zh", "zh-CN", "zh-Hans", "zh-Hant", "zh-Hans-CN", "zh-TW", "zh-HK", "en", "en-US", "en-GB", "ja", "ko", "fr", "de", "es", "ru",
}

// isCommonLanguageTag reports whether l is one of commonLanguageTags.
func isCommonLanguageTag(l string) bool {
	for _, c := range commonLanguageTags {
		if l == c {
			return true
		}
	}
	return false
}

var websitePreApprovalMissing = Rule{
	Def: rule.Def{ID: "website.pre_approval_missing", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "涉及前置审批的网站须提供前置审批文件",
			EN: "A site in a regulated sector must carry its pre-approval document."}},
	Check: checkPreApproval,
}

// checkPreApproval: website.pre_approval_missing — every declared sector
// needs a pre-approval document of that sector with a number.
func checkPreApproval(c *Run) {
	for i, w := range c.App.Websites {
		for j, sec := range w.Sectors {
			ok := slices.ContainsFunc(w.PreApprovals, func(p filing.PreApproval) bool {
				return p.Sector == sec && strings.TrimSpace(p.Number) != ""
			})
			if !ok {
				c.Flag(index(sitePath(i)+".sectors", j), Params{"sector": string(sec)})
			}
		}
	}
}

var websitePrincipalPersonalReuse = Rule{
	Def: rule.Def{ID: "website.principal_personal_reuse", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "个人备案不支持填写网站负责人，网站负责人须为主体负责人",
			EN: "A personal filing cannot name a website principal: it is the subject principal."}},
	Check: checkPersonalReuse,
}

// checkPersonalReuse: website.principal_personal_reuse.
func checkPersonalReuse(c *Run) {
	if !c.Personal() {
		return
	}
	for i, w := range c.App.Websites {
		if w.Principal != nil && !w.ReuseSubjectPrincipal {
			c.Flag(sitePath(i)+".principal", nil)
		}
	}
}

var websiteAccessMissing = Rule{
	Def: rule.Def{ID: "website.access_missing", Severity: rule.Error, Source: guide("§3.1, §4"),
		Text: rule.Text{
			ZH: "请选择接入的云产品及其IP，或填写备案服务号",
			EN: "Choose the cloud product and its IP, or give a filing service number."}},
	Check: checkAccessMissing,
}

// checkAccessMissing: website.access_missing.
func checkAccessMissing(c *Run) {
	for i, w := range c.App.Websites {
		a := w.Access
		switch {
		case a.Service == filing.ServiceShop:
		case strings.TrimSpace(a.ServiceNumber) != "":
		case a.Service == "":
			c.Flag(sitePath(i)+".access", nil)
		case a.Service.NeedsIP() && len(a.IPs) == 0:
			c.Flag(sitePath(i)+".access.ips", Params{"service": string(a.Service)})
		}
	}
}

var websiteServiceNumberFormat = Rule{
	Def: rule.Def{ID: "website.service_number_format", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "备案服务号格式不正确",
			EN: "The filing service number has the wrong format."}},
	Check: checkServiceNumber,
}

// checkServiceNumber: website.service_number_format.
func checkServiceNumber(c *Run) {
	for i, w := range c.App.Websites {
		n := w.Access.ServiceNumber
		if strings.TrimSpace(n) == "" {
			continue
		}
		if _, err := filing.ParseServiceNumber(n); err != nil {
			c.Flag(sitePath(i)+".access.service_number", Params{"value": n})
		}
	}
	for _, a := range c.appAccesses() {
		if n := a.a.ServiceNumber; strings.TrimSpace(n) != "" {
			if _, err := filing.ParseServiceNumber(n); err != nil {
				c.Flag(a.path()+".service_number", Params{"value": n})
			}
		}
	}
}

var websiteIpInvalid = Rule{
	Def: rule.Def{ID: "website.ip_invalid", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "IP地址“{value}”须为公网IP",
			EN: "“{value}” must be a public IP address."}},
	Check: checkIPs,
}

// checkIPs: website.ip_invalid.
func checkIPs(c *Run) {
	for i, w := range c.App.Websites {
		for j, ip := range w.Access.IPs {
			if _, err := filing.ParsePublicIP(ip); err != nil {
				c.Flag(index(sitePath(i)+".access.ips", j), Params{"value": ip})
			}
		}
	}
	for _, a := range c.appAccesses() {
		for j, ip := range a.a.IPs {
			if _, err := filing.ParsePublicIP(ip); err != nil {
				c.Flag(index(a.path()+".ips", j), Params{"value": ip})
			}
		}
	}
}

var websiteDomainChangeForbidden = Rule{
	Def: rule.Def{ID: "website.domain_change_forbidden", Severity: rule.Error, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "变更网站时不能新增或修改域名“{value}”",
			EN: "A website change cannot add or alter the domain “{value}”."}},
	Types: []filing.Type{filing.ChangeWebsite},
	Check: checkDomainChange,
}

// checkDomainChange: website.domain_change_forbidden (change_website): a
// site with one domain on record keeps it; a site with several may keep or
// remove domains, never add or alter one.
func checkDomainChange(c *Run) {
	for i, w := range c.App.Websites {
		if len(w.PreviousDomains) == 0 {
			continue
		}
		prev := make([]string, len(w.PreviousDomains))
		for k, d := range w.PreviousDomains {
			prev[k] = hostKey(d)
		}
		for j, d := range w.Domains {
			if !slices.Contains(prev, hostKey(d)) {
				c.Flag(index(sitePath(i)+".domains", j), Params{"value": d})
			}
		}
		if len(prev) == 1 && len(w.Domains) == 0 {
			c.Flag(sitePath(i)+".domains", Params{"value": w.PreviousDomains[0]})
		}
	}
}

// hostKey is the key a domain is compared by: its ASCII form when it parses.
func hostKey(s string) string {
	if h, err := filing.ParseHost(s); err == nil {
		return h.ASCII()
	}
	return strings.ToLower(strings.TrimSpace(s))
}

var websiteNameRelatedToSponsor = Rule{
	Def: rule.Def{ID: "website.name_related_to_sponsor", Severity: rule.Advice, Source: guide("§3.1"),
		Text: rule.Text{
			ZH: "网站名称需与主办者名称相关",
			EN: "The website name should relate to the sponsor's name."}},
	Check: checkNameRelated,
}

// checkNameRelated: website.name_related_to_sponsor (advice): the name and
// the sponsor's name share no Han character.
func checkNameRelated(c *Run) {
	sponsor := c.App.Sponsor.Name
	if !strings.ContainsFunc(sponsor, isHan) {
		return
	}
	for i, w := range c.App.Websites {
		if !strings.ContainsFunc(w.Name, isHan) {
			continue
		}
		shared := strings.ContainsFunc(w.Name, func(r rune) bool { return isHan(r) && strings.ContainsRune(sponsor, r) })
		if !shared {
			c.Flag(sitePath(i)+".name", nil)
		}
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

var websiteCountProvinceLimit = Rule{
	Def: rule.Def{ID: "website.count_province_limit", Severity: rule.Error, Source: guide("§3.2"),
		Text: rule.Text{
			ZH: "{province}每个订单最多{limit}个{unit_zh}（当前{count}个）",
			EN: "{province} allows at most {limit} {unit} per order ({count} given)."}},
	Types: newSite,
	Check: checkCountLimit,
}

// checkCountLimit: website.count_province_limit — the province's limits on
// sites per order and domains in total for the sponsor's nature (the 2020
// provider guide §3.2 and, in the vendor-kb-2025 set, the vendors' limits).
func checkCountLimit(c *Run) {
	row, ok := c.Province()
	if !ok {
		return
	}
	lim := row.Limit(c.App.Sponsor.Nature)
	if !lim.AppliesTo(c.App.Type) {
		return
	}
	sites := len(c.App.Websites)
	domains := 0
	for _, w := range c.App.Websites {
		domains += len(w.Domains)
	}
	if lim.Sites > 0 && sites > lim.Sites {
		c.FlagFrom(lim.Source, "websites", Params{"province": row.Name, "limit": lim.Sites, "count": sites, "unit": "sites", "unit_zh": "网站"})
	}
	if lim.Domains > 0 && domains > lim.Domains {
		c.FlagFrom(lim.Source, "websites", Params{"province": row.Name, "limit": lim.Domains, "count": domains, "unit": "domains", "unit_zh": "域名"})
	}
}

var provinceExtraMaterials = Rule{
	Def: rule.Def{ID: "province.extra_materials", Severity: rule.Advice, Source: guide("§3.2"),
		Text: rule.Text{
			ZH: "{province}需额外提交：{material}",
			EN: "{province} asks for an extra material: {material}."}},
	Types: newSite,
	Check: checkExtraMaterials,
}

// checkExtraMaterials: province.extra_materials (advice) — the province's
// extra materials and steps, listed also in the report's materials.
func checkExtraMaterials(c *Run) {
	for _, m := range c.extraMaterials() {
		c.FlagFrom(m.source, "", Params{"province": m.province, "material": m.Name})
	}
}

var accessServiceTermShort = Rule{
	Def: rule.Def{ID: "access.service_term_short", Severity: rule.Error, Source: guide("§4"),
		Text: rule.Text{
			ZH: "服务器剩余购买时长不足（剩余{remaining_days}天，至少需要{minimum_days}天）",
			EN: "The server's remaining term is too short ({remaining_days} days left, {minimum_days} needed)."}},
	Hook:  HookTerm,
	Check: checkTerm,
}

// checkTerm: access.service_term_short, through the host's TermLookup.
func checkTerm(c *Run) {
	for i, w := range c.App.Websites {
		if w.Access.Service == "" && w.Access.ServiceNumber == "" {
			continue
		}
		remaining, minimum, err := c.opts.term.Term(c.opts.ctx, c.App, i)
		if err != nil {
			continue // a failed look-up decides nothing (see TermLookup)
		}
		if remaining < minimum {
			c.Flag(sitePath(i)+".access", Params{"remaining_days": remaining, "minimum_days": minimum})
		}
	}
}
