package rules

import (
	"github.com/beian-go/beian/rule"

	"errors"
	"strings"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// Checks of the basic information step (基础信息校验, the 2020 provider
// guide §1.1): basic.*, cert.* and conflict.*.

var basicRegionUnknown = Rule{
	Def: rule.Def{ID: "basic.region_unknown", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "{field}不在备案地区列表中，请从列表中选择",
			EN: "The {field} is not in the list of filing regions; choose one from the list."}},
	Check: checkRegion,
}

// checkRegion: basic.region_unknown.
func checkRegion(c *Run) {
	_, err := c.resolveRegion()
	if err == nil {
		return
	}
	var re *province.RegionError
	if errors.As(err, &re) {
		c.Flag("sponsor.region."+re.Part, Params{"value": re.Value})
		return
	}
	c.Flag("sponsor.region", nil)
}

var basicRegionNearbyNeedsRemark = Rule{
	Def: rule.Def{ID: "basic.region_nearby_needs_remark", Severity: rule.Advice, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "通信地址中未见所选区县“{district}”；如实际所在区县不在列表中，请选择最近的区县并在备注中说明",
			EN: "The mailing address does not name the district chosen ({district}); if the real district is not listed, choose the nearest and say so in the remark."}},
	Check: checkRegionRemark,
}

// checkRegionRemark: basic.region_nearby_needs_remark. The sponsor picks
// the nearest district when its own is not listed and says so in the
// remark; a machine can only notice that the mailing address does not name
// the district picked and the remark is empty.
func checkRegionRemark(c *Run) {
	s := &c.App.Sponsor
	if s.Region.District == "" || s.Remark != "" || s.MailingAddress == "" {
		return
	}
	res, err := c.resolveRegion()
	if err != nil || res.District.IsZero() {
		return
	}
	name := res.District.Name
	short := strings.TrimRight(name, "区县市旗")
	if strings.Contains(s.MailingAddress, name) || (len([]rune(short)) >= 2 && strings.Contains(s.MailingAddress, short)) {
		return
	}
	c.Flag("sponsor.region.district", Params{"district": name})
}

// natureCerts lists the certificate types each nature may use (rule
// basic.nature_cert_mismatch).
var natureCerts = map[filing.Nature][]filing.CertType{
	filing.Personal: {filing.CertResidentID, filing.CertHKMacaoPermit, filing.CertTaiwanPermit,
		filing.CertPassport, filing.CertForeignerPermanentID},
	filing.Enterprise:           {filing.CertBusinessLicence},
	filing.Institution:          {filing.CertInstitution, filing.CertUSCC},
	filing.SocialGroup:          {filing.CertSocialGroup, filing.CertUSCC},
	filing.PrivateNonEnterprise: {filing.CertPrivateNonEnterprise, filing.CertUSCC},
	filing.Government:           {filing.CertUSCC, filing.CertOrgCode},
	filing.Military:             {filing.CertMilitary, filing.CertUSCC},
}

var basicNatureCertMismatch = Rule{
	Def: rule.Def{ID: "basic.nature_cert_mismatch", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "主办者证件类型与主办者性质不符",
			EN: "The sponsor's certificate type does not fit its nature."}},
	Check: checkNatureCert,
}

// checkNatureCert: basic.nature_cert_mismatch.
func checkNatureCert(c *Run) {
	s := &c.App.Sponsor
	allowed, ok := natureCerts[s.Nature]
	if !ok || !s.CertType.IsKnown() {
		return // unknown values are basic.unknown_value
	}
	for _, t := range allowed {
		if t == s.CertType {
			return
		}
	}
	c.Flag("sponsor.cert_type", Params{"nature": string(s.Nature), "cert_type": string(s.CertType)})
}

var basicUnknownValue = Rule{
	Def: rule.Def{ID: "basic.unknown_value", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "请选择{field}[（“{value}”不是有效的取值）]",
			EN: "Choose the {field}[ (“{value}” is not a valid value)]."}},
	Check: checkUnknownValues,
}

// checkUnknownValues: basic.unknown_value, for every enum field but the
// content and service types, which have their own IDs.
func checkUnknownValues(c *Run) {
	app := c.App
	flag := func(field, value string, known bool) {
		switch {
		case known:
		case value == "":
			c.Flag(field, nil) // missing: the message asks for a value
		default:
			c.Flag(field, Params{"value": value})
		}
	}
	flag("type", string(app.Type), app.Type.IsKnown())
	flag("sponsor.nature", string(app.Sponsor.Nature), app.Sponsor.Nature.IsKnown())
	flag("sponsor.cert_type", string(app.Sponsor.CertType), app.Sponsor.CertType.IsKnown())
	// The paths are built only for the values flagged.
	for _, p := range c.principals() {
		if !p.p.CertType.IsKnown() {
			flag(p.path+".cert_type", string(p.p.CertType), false)
		}
	}
	for i := range app.Websites {
		w := &app.Websites[i]
		if w.Access.Service != "" && !w.Access.Service.IsKnown() {
			flag(sitePath(i)+".access.service", string(w.Access.Service), false)
		}
		for j, sec := range w.Sectors {
			if !sec.IsKnown() {
				flag(index(sitePath(i)+".sectors", j), string(sec), false)
			}
		}
		for j, pa := range w.PreApprovals {
			if !pa.Sector.IsKnown() {
				flag(index(sitePath(i)+".pre_approvals", j)+".sector", string(pa.Sector), false)
			}
		}
	}
	c.appUnknownValues(flag)
}

// certRef is one certificate number of the application with its path.
type certRef struct {
	path   string
	typ    filing.CertType
	number string
}

// certError parses a certificate number by its type and returns the parse
// error, or nil. Types without a public number format (military code,
// officer certificate) only need a number.
func certError(t filing.CertType, number string, asOf filing.Date) error {
	var err error
	switch {
	case t == filing.CertResidentID:
		_, err = filing.ParseResidentIDAt(number, asOf.In(utc))
	case t.CarriesUSCC():
		_, err = filing.ParseUSCC(number)
	case t == filing.CertOrgCode:
		_, err = filing.ParseOrgCode(number)
	case t == filing.CertHKMacaoPermit:
		_, err = filing.ParseHKMacaoPermit(number)
	case t == filing.CertTaiwanPermit:
		_, err = filing.ParseTaiwanPermit(number)
	case t == filing.CertPassport:
		_, err = filing.ParsePassport(number)
	case t == filing.CertForeignerPermanentID:
		_, err = filing.ParseForeignerPermanentIDAt(number, asOf.In(utc))
	case t == filing.CertMilitary, t == filing.CertOfficer:
		if strings.TrimSpace(number) == "" {
			err = filing.ErrEmpty
		}
	}
	return err
}

// certRuleOf maps a certificate parse error to its rule ID.
func certRuleOf(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, filing.ErrLowercaseX):
		return "cert.id_lowercase_x"
	case errors.Is(err, filing.ErrChecksum):
		return "cert.checksum"
	case errors.Is(err, filing.ErrBirthDate):
		return "cert.id_birthdate"
	}
	return "cert.number_format"
}

var certNumberFormat = Rule{
	Def: rule.Def{ID: "cert.number_format", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "{field}格式不正确",
			EN: "The {field} has the wrong format."}},
	Check: checkCert,
}

var certChecksum = Rule{
	Def: rule.Def{ID: "cert.checksum", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "{field}校验位不正确，请核对",
			EN: "The check character of the {field} is wrong; check the number."}},
	Check: checkCert,
}

var certIdLowercaseX = Rule{
	Def: rule.Def{ID: "cert.id_lowercase_x", Severity: rule.Error, Source: guide("§2, §3.1"),
		Text: rule.Text{
			ZH: "身份证号码中含有字母X，需输入大写X",
			EN: "The ID number contains the letter X: enter it in upper case."}},
	Check: checkCert,
}

var certIdBirthdate = Rule{
	Def: rule.Def{ID: "cert.id_birthdate", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "{field}中的出生日期无效",
			EN: "The birth date in the {field} is not a valid date."}},
	Check: checkCert,
}

// checkCert is the check of every cert.* rule: it flags each certificate
// number whose parse error maps to the running rule's ID (certRuleOf).
func checkCert(c *Run) {
	for i, ref := range c.certRefs {
		if ref.typ.IsKnown() && certRuleOf(c.certErrs[i]) == c.rule.ID {
			c.Flag(ref.path, Params{"value": filing.MaskCertNumber(ref.number), "cert_type": string(ref.typ)})
		}
	}
}

var certUSCCCategoryUnknown = Rule{
	Def: rule.Def{ID: "cert.uscc_category_unknown", Severity: rule.Warning, Source: rule.Standard("GB 32100-2015").At("表1 登记管理部门代码和机构类别代码"),
		Text: rule.Text{
			ZH: "{field}的登记管理部门和机构类别代码“{category}”不在已知代码表中，请核对",
			EN: "The registration authority and institution type “{category}” of the {field} is not in the known table; check the number."}},
	Check: checkUSCCCategory,
}

// checkUSCCCategory warns of a checksum-valid USCC whose first two
// characters (registration authority, institution type) the library's
// table lacks: the check character decides validity, and authorities and
// types have been added since 2015, so an unknown pair is never an error.
func checkUSCCCategory(c *Run) {
	for i, ref := range c.certRefs {
		if !ref.typ.CarriesUSCC() || c.certErrs[i] != nil {
			continue
		}
		u, err := filing.ParseUSCC(ref.number)
		if err != nil || u.CategoryKnown() {
			continue
		}
		c.Flag(ref.path, Params{"value": filing.MaskCertNumber(ref.number), "category": u.String()[:2]})
	}
}

// domainRef is one domain of a website with its path and, parsed once for
// every check that reads them, the domain as filing.ParseHost parses it and
// its registrable domain (Domain.Registrable).
type domainRef struct {
	path  string
	site  int
	value string

	host   filing.Domain // valid when hostOK
	reg    filing.Domain // valid when regOK
	hostOK bool          // filing.ParseHost accepts value
	regOK  bool          // host has a registrable domain
}

// newDomainRef parses the domain value of website site at path.
func newDomainRef(path string, site int, value string) domainRef {
	d := domainRef{path: path, site: site, value: value}
	h, err := filing.ParseHost(value)
	if err != nil {
		return d
	}
	d.host, d.hostOK = h, true
	if r, err := h.Registrable(); err == nil {
		d.reg, d.regOK = r, true
	}
	return d
}

// registrable reports whether filing.ParseDomain accepts the value: a host
// that is its own registrable domain.
func (d *domainRef) registrable() bool { return d.hostOK && d.regOK && d.reg == d.host }

// key is registrableKey of the value.
func (d *domainRef) key() string {
	switch {
	case d.regOK:
		return d.reg.ASCII()
	case d.hostOK:
		return d.host.ASCII()
	}
	return strings.ToLower(strings.TrimSpace(d.value))
}

// domains returns every domain of every website.
func (c *Run) domains() []domainRef { return c.domRefs }

var basicDomainFormat = Rule{
	Def: rule.Def{ID: "basic.domain_format", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "域名“{value}”格式不正确，请填写如 aliyun.com 的域名，不含 http://、端口或路径",
			EN: "“{value}” is not a valid domain: enter a domain such as aliyun.com, without http://, port or path."}},
	Check: checkDomainFormat,
}

// checkDomainFormat: basic.domain_format.
func checkDomainFormat(c *Run) {
	for _, d := range c.domains() {
		if !d.hostOK {
			c.Flag(d.path, Params{"value": d.value})
		}
	}
}

var basicDomainNotRegistrable = Rule{
	Def: rule.Def{ID: "basic.domain_not_registrable", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "“{value}”不是可备案的主域名，请填写主域名[（如 {registrable}）]，不能是子域名或公共后缀",
			EN: "“{value}” is not a registrable domain: enter the registrable domain[ ({registrable})], not a subdomain or a public suffix."}},
	Check: checkDomainRegistrable,
}

// checkDomainRegistrable: basic.domain_not_registrable. A subdomain names
// its registrable domain in the params, so a console can offer the fix.
func checkDomainRegistrable(c *Run) {
	for i := range c.domains() {
		d := &c.domRefs[i]
		if !d.hostOK {
			continue // basic.domain_format
		}
		if d.registrable() {
			continue
		}
		p := Params{"value": d.value}
		if d.regOK {
			p["registrable"] = d.reg.String()
		}
		c.Flag(d.path, p)
	}
}

var basicHolderMustMatch = Rule{
	Def: rule.Def{ID: "basic.holder_must_match", Severity: rule.Advice, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "域名{domain}的实名认证信息需与主办者名称、证件类型和号码一致",
			EN: "The real-name record of {domain} must match the sponsor's name, certificate type and number."}},
	Hook:  HookHolder,
	Check: checkHolder,
}

// checkHolder: basic.holder_must_match, through the host's HolderLookup.
func checkHolder(c *Run) {
	s := &c.App.Sponsor
	for i := range c.domains() {
		d := &c.domRefs[i]
		if !d.registrable() {
			continue
		}
		h, err := c.opts.holder.Holder(c.opts.ctx, d.host.ASCII())
		if err != nil {
			continue // a failed look-up decides nothing (see HolderLookup)
		}
		var differs []string
		if strings.TrimSpace(h.Name) != strings.TrimSpace(s.Name) {
			differs = append(differs, "name")
		}
		if h.CertType != "" && h.CertType != s.CertType {
			differs = append(differs, "cert_type")
		}
		if h.CertNumber != "" && !strings.EqualFold(strings.TrimSpace(h.CertNumber), strings.TrimSpace(s.CertNumber)) {
			differs = append(differs, "cert_number")
		}
		if len(differs) > 0 {
			c.Flag(d.path, Params{"domain": d.host.String(), "differs": differs})
		}
	}
}

var conflictOrderInProgress = Rule{
	Def: rule.Def{ID: "conflict.order_in_progress", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "该域名或证件已有备案订单在进行中",
			EN: "This domain or certificate already has a filing order in progress."}},
	Hook:  HookConflicts,
	Check: checkConflict,
}

var conflictSubjectExists = Rule{
	Def: rule.Def{ID: "conflict.subject_exists", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "该域名的备案主体已存在",
			EN: "The subject of this domain is already filed."}},
	Hook:  HookConflicts,
	Check: checkConflict,
}

var conflictDomainFiled = Rule{
	Def: rule.Def{ID: "conflict.domain_filed", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "该域名已备案",
			EN: "This domain is already filed."}},
	Hook:  HookConflicts,
	Check: checkConflict,
}

var conflictCertFiled = Rule{
	Def: rule.Def{ID: "conflict.cert_filed", Severity: rule.Error, Source: guide("§1.1"),
		Text: rule.Text{
			ZH: "该证件已备案",
			EN: "This certificate is already filed."}},
	Hook:  HookConflicts,
	Check: checkConflict,
}

// checkConflict is the check of every conflict.* rule, fed by the host's
// ConflictLookup: it flags the conflicts the host found for the running
// rule's ID.
func checkConflict(c *Run) {
	cs, err := c.hostConflicts()
	if err != nil {
		return // a failed look-up decides nothing (see ConflictLookup)
	}
	for _, x := range cs {
		if x.Rule == c.rule.ID {
			c.Flag(x.Field, nil)
		}
	}
}
