package rules

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
)

// Checks of RULES.md §3 (网站信息), §4 (several websites) and §5 (access).

// checkWebsiteRequired: website.required.
func checkWebsiteRequired(c *Context) {
	if c.App.Type.FilesWebsites() && len(c.App.Websites) == 0 {
		c.Flag("websites", nil)
	}
}

// checkOneDomain: website.one_domain (the rule's types are the new-site ones).
func checkOneDomain(c *Context) {
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

// checkDomainDuplicate: website.domain_duplicate — the same registrable
// domain in two websites of one order.
func checkDomainDuplicate(c *Context) {
	first := map[string]int{}
	for _, d := range c.domains() {
		k := registrableKey(d.value)
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

// checkContentPersonal: website.content_personal.
func checkContentPersonal(c *Context) {
	if !c.Personal() {
		return
	}
	for i, w := range c.App.Websites {
		if w.ContentType.IsKnown() && w.ContentType != filing.OtherContent {
			c.Flag(sitePath(i)+".content_type", Params{"value": string(w.ContentType)})
		}
	}
}

// checkContentType: website.content_type_unknown.
func checkContentType(c *Context) {
	for i, w := range c.App.Websites {
		if !w.ContentType.IsKnown() {
			c.Flag(sitePath(i)+".content_type", Params{"value": string(w.ContentType)})
		}
	}
}

// checkServiceType: website.service_type_unknown.
func checkServiceType(c *Context) {
	for i, w := range c.App.Websites {
		if !w.ServiceType.IsKnown() {
			c.Flag(sitePath(i)+".service_type", Params{"value": string(w.ServiceType)})
		}
	}
}

// checkLanguages: website.language_required — at least one language, each a
// BCP 47 tag.
func checkLanguages(c *Context) {
	for i, w := range c.App.Websites {
		site := sitePath(i)
		if len(w.Languages) == 0 {
			c.Flag(site+".languages", nil)
			continue
		}
		for j, l := range w.Languages {
			if _, err := language.Parse(l); err != nil || strings.TrimSpace(l) != l || l == "" {
				c.Flag(index(site+".languages", j), Params{"value": l})
			}
		}
	}
}

// checkPreApproval: website.pre_approval_missing — every declared sector
// needs a pre-approval document of that sector with a number.
func checkPreApproval(c *Context) {
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

// checkPersonalReuse: website.principal_personal_reuse.
func checkPersonalReuse(c *Context) {
	if !c.Personal() {
		return
	}
	for i, w := range c.App.Websites {
		if w.Principal != nil && !w.ReuseSubjectPrincipal {
			c.Flag(sitePath(i)+".principal", nil)
		}
	}
}

// checkAccessMissing: website.access_missing.
func checkAccessMissing(c *Context) {
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

// checkServiceNumber: website.service_number_format.
func checkServiceNumber(c *Context) {
	for i, w := range c.App.Websites {
		n := w.Access.ServiceNumber
		if strings.TrimSpace(n) == "" {
			continue
		}
		if _, err := filing.ParseServiceNumber(n); err != nil {
			c.Flag(sitePath(i)+".access.service_number", Params{"value": n})
		}
	}
}

// checkIPs: website.ip_invalid.
func checkIPs(c *Context) {
	for i, w := range c.App.Websites {
		for j, ip := range w.Access.IPs {
			if _, err := filing.ParsePublicIP(ip); err != nil {
				c.Flag(index(sitePath(i)+".access.ips", j), Params{"value": ip})
			}
		}
	}
}

// checkDomainChange: website.domain_change_forbidden (change_website): a
// site with one domain on record keeps it; a site with several may keep or
// remove domains, never add or alter one.
func checkDomainChange(c *Context) {
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

// checkNameRelated: website.name_related_to_sponsor (advice): the name and
// the sponsor's name share no Han character.
func checkNameRelated(c *Context) {
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

// checkCountLimit: website.count_province_limit — the province's limits on
// sites per order and domains in total for the sponsor's nature (RULES.md §4
// and, in the overlay set, §11).
func checkCountLimit(c *Context) {
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
		c.Flag("websites", Params{"province": row.Name, "limit": lim.Sites, "count": sites, "unit": "sites", "unit_zh": "网站"})
	}
	if lim.Domains > 0 && domains > lim.Domains {
		c.Flag("websites", Params{"province": row.Name, "limit": lim.Domains, "count": domains, "unit": "domains", "unit_zh": "域名"})
	}
}

// checkExtraMaterials: province.extra_materials (advice) — the province's
// extra materials and steps, listed also in the report's materials.
func checkExtraMaterials(c *Context) {
	for _, m := range c.extraMaterials() {
		c.Flag("", Params{"province": m.province, "material": m.Name})
	}
}

// checkTerm: access.service_term_short, through the host's TermLookup.
func checkTerm(c *Context) {
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
