package filingtest

import (
	"slices"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"pgregory.net/rapid"
)

// Options choose what [Application] draws. The zero value draws any filing
// type, any nature, any of the 31 provinces and an as_of date from
// 2021-01-01 to 2030-12-31.
type Options struct {
	// AsOf is the application's as_of date; zero draws one.
	AsOf filing.Date
	// Types are the filing types to draw from; empty means all of filing.Types.
	Types []filing.Type
	// Natures are the sponsor natures to draw from; empty means all.
	Natures []filing.Nature
	// Provinces are the sponsor's provinces to draw from, as GB/T 2260 codes
	// ("330000") or full names ("浙江省"); empty means the 31 mainland
	// provincial-level divisions. Unknown entries are ignored.
	Provinces []string
	// MaxWebsites caps the number of websites (and of domains in all);
	// 0 means 3. Province limits of the filing guide and of the vendor
	// overlay lower it further.
	MaxWebsites int
	// MaxApps caps the number of apps, mini-programs and quick apps; 0
	// draws none. Apps are drawn only for filing types that add or change
	// services (first filing, new sites, access, change of a website) and
	// an as_of on or after [AppNoticeDate]. A unit's order with apps may
	// carry no website; a personal sponsor's order carries websites or apps,
	// never both, and at most five services with those on record.
	MaxApps int
	// Kinds are the kinds of app to draw from; empty means all.
	Kinds []filing.Kind
	// Hosts are the hosts of mini-programs to draw from; empty means all.
	Hosts []filing.Host
	// RuleSet is the rule set [Defective] draws defects for: "" for the
	// default set, or [VendorSet] to include the defects of rules only the
	// vendor overlay has ([Defect.Set]).
	RuleSet string
}

// Province codes of the provinces with rules of their own (GB/T 2260).
const (
	codeTianjin  = "120000"
	codeShanxi   = "140000"
	codeJiangsu  = "320000"
	codeHenan    = "410000"
	codeHubei    = "420000"
	codeHunan    = "430000"
	codeHainan   = "460000"
	codeShaanxi  = "610000"
	firstNonMain = "710000" // 台湾省, then 香港 and 澳门: not filing provinces
)

// mainland returns the 31 mainland provincial-level divisions.
func mainland() []division.Division {
	var out []division.Division
	for _, p := range division.Provinces() {
		if p.Code < firstNonMain {
			out = append(out, p)
		}
	}
	return out
}

// isMunicipality reports whether code is one of 北京, 天津, 上海, 重庆.
func isMunicipality(code string) bool {
	return code == "110000" || code == "120000" || code == "310000" || code == "500000"
}

// siteLimit returns the most websites (each with one domain) an order of a
// sponsor of nature n in province may carry without breaking a limit of
// the 2020 provider guide "ICP备案流程(PC端)" v20200921 §3.2 (default rule
// set) or of the vendor knowledge bases (the vendor-kb-2025 overlay); rule
// website.count_province_limit.
func siteLimit(province string, n filing.Nature, typ filing.Type) int {
	personal := n == filing.Personal
	switch province {
	case codeHubei, codeHunan: // guide §3.2: 1 site per order
		return 1
	case codeHenan: // guide §3.2: personal 3 sites, unit 5
		if personal {
			return 3
		}
		return 5
	case codeShaanxi: // guide §3.2: personal 4 sites, unit 30 domains
		if personal {
			return 4
		}
		return 30
	case codeShanxi: // vendor-kb-2025: at most 3 new domains per order
		return 3
	case codeHainan: // vendor-kb-2025: a personal first filing carries 1 domain
		if personal && typ == filing.FirstFiling {
			return 1
		}
	}
	return 1 << 30
}

// certTypesOf are the certificate types a sponsor of each nature may hold
// that the generator draws (rule basic.nature_cert_mismatch).
var certTypesOf = map[filing.Nature][]filing.CertType{
	filing.Personal:             {filing.CertResidentID},
	filing.Enterprise:           {filing.CertBusinessLicence},
	filing.Institution:          {filing.CertInstitution, filing.CertUSCC},
	filing.SocialGroup:          {filing.CertSocialGroup, filing.CertUSCC},
	filing.PrivateNonEnterprise: {filing.CertPrivateNonEnterprise, filing.CertUSCC},
	filing.Government:           {filing.CertUSCC, filing.CertOrgCode},
	filing.Military:             {filing.CertUSCC},
}

// unitSuffixes are endings of unit names by nature; they hold no Han
// character of nameAlphabet.
var unitSuffixes = map[filing.Nature][]string{
	filing.Enterprise:           {"科技有限公司", "文化传播有限公司", "贸易有限公司", "信息技术股份有限公司"},
	filing.Institution:          {"研究院", "图书馆", "博物馆"},
	filing.SocialGroup:          {"协会", "促进会", "基金会"},
	filing.PrivateNonEnterprise: {"培训学校", "养老院", "研究院"},
	filing.Government:           {"管理局", "管理委员会", "办公室"},
	filing.Military:             {"研究所", "干休所"},
}

// roads are endings of street names.
var roads = []string{"路", "街", "大道", "巷"}

// Application draws whole applications that satisfy every error and warning
// rule of the filing guide's basic, sponsor and website checks (see the
// package documentation), as chosen by opts.
// Each draw is a fresh value the caller may change.
func Application(opts Options) *rapid.Generator[*filing.Application] {
	types := opts.Types
	if len(types) == 0 {
		types = filing.Types()
	}
	natures := opts.Natures
	if len(natures) == 0 {
		natures = filing.Natures()
	}
	var provinces []division.Division
	for _, p := range mainland() {
		if len(opts.Provinces) == 0 || slices.Contains(opts.Provinces, p.Code) || slices.Contains(opts.Provinces, p.Name) {
			provinces = append(provinces, p)
		}
	}
	if len(provinces) == 0 {
		provinces = mainland()
	}
	counties := countyCodes("")
	maxSites := opts.MaxWebsites
	if maxSites <= 0 {
		maxSites = 3
	}
	return rapid.Custom(func(t *rapid.T) *filing.Application {
		asOf := opts.AsOf
		if asOf.IsZero() {
			asOf = dateBetween(filing.Date{Year: 2021, Month: time.January, Day: 1}, filing.Date{Year: 2030, Month: time.December, Day: 31}).Draw(t, "as_of")
		}
		typ := rapid.SampledFrom(types).Draw(t, "type")
		nature := rapid.SampledFrom(natures).Draw(t, "nature")
		prov := rapid.SampledFrom(provinces).Draw(t, "province")
		g := gen{t: t, asOf: asOf, province: prov, nature: nature, typ: typ}
		for _, c := range counties {
			if c[:2] == prov.Code[:2] {
				g.counties = append(g.counties, c)
			}
		}
		app := &filing.Application{Type: typ, AsOf: asOf, Sponsor: g.sponsor()}

		n := min(maxSites, siteLimit(prov.Code, nature, typ))
		// Apps, when asked for: a unit's order may then hold no website,
		// a personal one holds websites or apps (vendor-kb-2025:
		// app.personal_mixed_order).
		apps, minSites := 0, 1
		if opts.MaxApps > 0 && appsAllowed(typ, asOf) {
			apps = rapid.IntRange(0, opts.MaxApps).Draw(t, "apps")
			if apps > 0 {
				minSites = 0
				if nature == filing.Personal {
					n = 0
					apps = min(apps, 5)
				}
			}
		}
		sites := rapid.IntRange(minSites, n).Draw(t, "websites")
		// Domains in all: one per site for new sites; other filing types
		// may carry more on one site, within the same total.
		domainCount := sites
		if !typ.IsNewSite() && sites < n {
			domainCount = rapid.IntRange(sites, n).Draw(t, "domains")
		}
		domains := rapid.SliceOfNDistinct(Domain(), domainCount, domainCount, rapid.ID[string]).Draw(t, "domain_list")
		for i := range sites {
			own := domains[i : i+1]
			if i == sites-1 {
				own = domains[i:]
			}
			app.Websites = append(app.Websites, g.website(app, slices.Clone(own)))
		}
		if apps > 0 {
			kinds := opts.Kinds
			if len(kinds) == 0 {
				kinds = filing.Kinds()
			}
			hosts := opts.Hosts
			if len(hosts) == 0 {
				hosts = filing.Hosts()
			}
			app.Apps = g.apps(app, apps, kinds, hosts)
			// Services on record; a person holds at most five in all
			// (vendor-kb-2025: app.personal_services_limit).
			if rapid.Bool().Draw(t, "existing_given") {
				most := 50
				if nature == filing.Personal {
					most = 5 - apps - sites
				}
				k := rapid.IntRange(0, most).Draw(t, "existing_services")
				app.Sponsor.ExistingServices = &k
			}
		}
		return app
	})
}

// gen carries what the parts of one application share while it is drawn.
type gen struct {
	t        *rapid.T
	asOf     filing.Date
	province division.Division
	nature   filing.Nature
	typ      filing.Type
	counties []string // county codes of the province
}

// inUse keeps the divisions in use in the year of as_of: a region names
// divisions of its day (a district created in 2023 cannot be chosen in
// 2021). The table ends at 2024-12-31; later years use it as it is.
func (g gen) inUse(ds []division.Division) []division.Division {
	if g.asOf.Year > 2024 {
		return ds
	}
	var out []division.Division
	for _, d := range ds {
		if division.ValidIn(d.Code, g.asOf.Year) {
			out = append(out, d)
		}
	}
	return out
}

// region draws a region of the province: a city and a district of it (for a
// municipality the municipality's name and one of its districts).
func (g gen) region() (filing.Region, string) {
	p := g.province
	r := filing.Region{Province: p.Name}
	kids := g.inUse(division.Children(p.Code))
	if isMunicipality(p.Code) {
		r.City = p.Name
		if len(kids) > 0 {
			r.District = rapid.SampledFrom(kids).Draw(g.t, "district").Name
		}
		return r, r.Province + r.District
	}
	var prefectures []division.Division
	for _, k := range kids {
		if k.Level == division.Prefecture {
			prefectures = append(prefectures, k)
		}
	}
	if len(prefectures) == 0 {
		return r, r.Province
	}
	city := rapid.SampledFrom(prefectures).Draw(g.t, "city")
	r.City = city.Name
	if counties := g.inUse(division.Children(city.Code)); len(counties) > 0 {
		r.District = rapid.SampledFrom(counties).Draw(g.t, "district").Name
	}
	return r, r.Province + r.City + r.District
}

// principal draws a principal holding a resident ID of the province, valid
// more than three months after as_of (or long-term), with distinct mobile
// and emergency numbers, a landline as contact 2 and an e-mail address.
func (g gen) principal(label string, legalRep bool) filing.Principal {
	t := g.t
	var p filing.Principal
	p.Name = PersonName().Draw(t, label+"_name")
	p.CertType = filing.CertResidentID
	p.CertNumber = residentIDOf(g.counties, g.asOf.AddMonths(-12*80), g.asOf.AddMonths(-12*18)).Draw(t, label+"_cert_number")
	if rapid.IntRange(0, 3).Draw(t, label+"_long_term") == 0 {
		p.CertExpiry = filing.Expiry{LongTerm: true}
	} else {
		// Rule principal.id_expiring: strictly after as_of + 3 months.
		p.CertExpiry = filing.Expiry{Date: g.asOf.AddMonths(3).AddDays(rapid.IntRange(1, 20*365).Draw(t, label+"_expiry_days"))}
	}
	mobiles := rapid.SliceOfNDistinct(Mobile(), 2, 2, rapid.ID[string]).Draw(t, label+"_mobiles")
	p.Mobile, p.EmergencyMobile = mobiles[0], mobiles[1]
	p.Contact2 = Landline().Draw(t, label+"_contact2")
	p.Email = Email().Draw(t, label+"_email")
	p.IsLegalRepresentative = legalRep
	return p
}

// address draws a street address under prefix that reaches a door number:
// "<prefix><street><n>号", and with detailed a building and a room.
func (g gen) address(prefix string, detailed bool) string {
	t := g.t
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString(hanString(nameAlphabet, 2, 3).Draw(t, "street"))
	b.WriteString(rapid.SampledFrom(roads).Draw(t, "road"))
	b.WriteString(rapid.StringMatching(`[1-9][0-9]{0,2}`).Draw(t, "door"))
	b.WriteString("号")
	if detailed {
		b.WriteString(rapid.StringMatching(`[1-9][0-9]?`).Draw(t, "building"))
		b.WriteString("幢")
		b.WriteString(rapid.StringMatching(`[1-9]0[1-9]`).Draw(t, "room"))
		b.WriteString("室")
	}
	return b.String()
}

// sponsor draws the sponsor: a person (who is their own principal and
// investor) or a unit of the chosen nature with a fitting certificate.
func (g gen) sponsor() filing.Sponsor {
	t := g.t
	var s filing.Sponsor
	region, prefix := g.region()
	s.Region = region
	s.Nature = g.nature
	s.CertAddress = g.address(prefix, false)
	s.MailingAddress = g.address(prefix, true)
	if g.nature == filing.Personal {
		s.Principal = g.principal("principal", false)
		s.Name = s.Principal.Name
		s.CertType = s.Principal.CertType
		s.CertNumber = s.Principal.CertNumber
		s.Investor = s.Name
		return s
	}
	core := hanString(nameAlphabet, 2, 4).Draw(t, "core")
	s.Name = core + rapid.SampledFrom(unitSuffixes[g.nature]).Draw(t, "suffix")
	s.CertType = rapid.SampledFrom(certTypesOf[g.nature]).Draw(t, "cert_type")
	if s.CertType == filing.CertOrgCode {
		s.CertNumber = OrgCode().Draw(t, "cert_number")
	} else {
		s.CertNumber = usccFrom(g.nature, g.counties).Draw(t, "cert_number")
	}
	s.Investor = PersonName().Draw(t, "investor")
	s.Principal = g.principal("principal", true)
	return s
}

// unitCore returns the Han characters of a unit name before its suffix.
func unitCore(name string) string {
	for _, r := range name {
		if !strings.ContainsRune(nameAlphabet, r) {
			return name[:strings.IndexRune(name, r)]
		}
	}
	return name
}

// website draws one website of app carrying domains.
func (g gen) website(app *filing.Application, domains []string) filing.Website {
	t := g.t
	w := filing.Website{
		Domains:     domains,
		ServiceType: filing.WebsiteApplication,
		Languages:   []string{"zh-Hans"},
	}
	if rapid.Bool().Draw(t, "english") {
		w.Languages = append(w.Languages, "en")
	}
	if g.typ == filing.ChangeWebsite {
		w.PreviousDomains = slices.Clone(domains)
	}
	if g.nature == filing.Personal {
		// The surname links the name to the sponsor; the safe characters
		// after it keep every word list and place name out.
		surname := string([]rune(app.Sponsor.Name)[:1])
		if g.province.Code == codeJiangsu {
			// Rule naming.personal_template (附录二).
			w.Name = surname + hanString(nameAlphabet, 2, 4).Draw(t, "name") + rapid.SampledFrom([]string{"的个人博客", "的个人主页"}).Draw(t, "template")
			w.Remark = "网站主要内容为" + hanString(nameAlphabet, 2, 6).Draw(t, "content") + "随笔"
		} else {
			w.Name = surname + hanString(nameAlphabet, 2, 6).Draw(t, "name")
		}
		w.ContentType = filing.OtherContent
		w.ReuseSubjectPrincipal = true
	} else {
		w.Name = unitCore(app.Sponsor.Name) + hanString(nameAlphabet, 1, 4).Draw(t, "name")
		w.ContentType = rapid.SampledFrom(filing.ContentTypes()).Draw(t, "content_type")
		if rapid.Bool().Draw(t, "reuse") {
			w.ReuseSubjectPrincipal = true
		} else {
			p := g.principal("website_principal", rapid.Bool().Draw(t, "legal_rep"))
			w.Principal = &p
		}
	}
	w.Access = g.access()
	return w
}

// Clone returns a deep copy of app: changing the copy (as [Defect.Apply]
// does) leaves app as it was. Clone(nil) is nil.
func Clone(app *filing.Application) *filing.Application {
	if app == nil {
		return nil
	}
	c := *app
	c.Websites = slices.Clone(app.Websites)
	for i := range c.Websites {
		w := &c.Websites[i]
		w.Domains = slices.Clone(w.Domains)
		w.PreviousDomains = slices.Clone(w.PreviousDomains)
		w.Languages = slices.Clone(w.Languages)
		w.Sectors = slices.Clone(w.Sectors)
		w.PreApprovals = slices.Clone(w.PreApprovals)
		w.Access.IPs = slices.Clone(w.Access.IPs)
		if w.Principal != nil {
			p := *w.Principal
			w.Principal = &p
		}
	}
	if app.Apps != nil {
		c.Apps = cloneApps(app.Apps)
	}
	if n := app.Sponsor.ExistingServices; n != nil {
		k := *n
		c.Sponsor.ExistingServices = &k
	}
	return &c
}
