package rules

import (
	"errors"
	"strings"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// Checks of RULES.md §1 (基础信息校验).

// checkRegion: basic.region_unknown.
func checkRegion(c *Context) {
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

// checkRegionRemark: basic.region_nearby_needs_remark. The sponsor picks
// the nearest district when its own is not listed and says so in the
// remark; a machine can only notice that the mailing address does not name
// the district picked and the remark is empty.
func checkRegionRemark(c *Context) {
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

// natureCerts lists the certificate types each nature may use (RULES.md §1
// basic.nature_cert_mismatch).
var natureCerts = map[filing.Nature][]filing.CertType{
	filing.Personal: {filing.CertResidentID, filing.CertHKMacaoPermit, filing.CertTaiwanPermit,
		filing.CertPassport, filing.CertForeignerPermanentID},
	filing.Enterprise:           {filing.CertBusinessLicense},
	filing.Institution:          {filing.CertInstitution, filing.CertUSCC},
	filing.SocialGroup:          {filing.CertSocialGroup, filing.CertUSCC},
	filing.PrivateNonEnterprise: {filing.CertPrivateNonEnterprise, filing.CertUSCC},
	filing.Government:           {filing.CertUSCC, filing.CertOrgCode},
	filing.Military:             {filing.CertMilitary, filing.CertUSCC},
}

// checkNatureCert: basic.nature_cert_mismatch.
func checkNatureCert(c *Context) {
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

// checkUnknownValues: basic.unknown_value, for every enum field but the
// content and service types, which have their own IDs.
func checkUnknownValues(c *Context) {
	app := c.App
	flag := func(field, value string, known bool) {
		if !known {
			c.Flag(field, Params{"value": value})
		}
	}
	flag("type", string(app.Type), app.Type.IsKnown())
	flag("sponsor.nature", string(app.Sponsor.Nature), app.Sponsor.Nature.IsKnown())
	flag("sponsor.cert_type", string(app.Sponsor.CertType), app.Sponsor.CertType.IsKnown())
	for _, p := range c.principals() {
		flag(p.path+".cert_type", string(p.p.CertType), p.p.CertType.IsKnown())
	}
	for i := range app.Websites {
		w := &app.Websites[i]
		site := sitePath(i)
		if w.Access.Service != "" {
			flag(site+".access.service", string(w.Access.Service), w.Access.Service.IsKnown())
		}
		for j, sec := range w.Sectors {
			flag(index(site+".sectors", j), string(sec), sec.IsKnown())
		}
		for j, pa := range w.PreApprovals {
			flag(index(site+".pre_approvals", j)+".sector", string(pa.Sector), pa.Sector.IsKnown())
		}
	}
}

// certRef is one certificate number of the application with its path.
type certRef struct {
	path   string
	typ    filing.CertType
	number string
}

// certs returns every certificate number of the application: the
// sponsor's, the subject principal's and each website principal's own.
func (c *Context) certs() []certRef {
	c.collect()
	return c.certRefs
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

// certRuleOf maps a certificate parse error to its RULES.md ID.
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

// checkCert returns the check of one cert.* rule: it flags every
// certificate number whose parse error maps to id.
func checkCert(id string) CheckFunc {
	return func(c *Context) {
		for _, ref := range c.certs() {
			if !ref.typ.IsKnown() {
				continue
			}
			if certRuleOf(c.certErr(ref)) == id {
				c.Flag(ref.path, Params{"value": filing.MaskCertNumber(ref.number), "cert_type": string(ref.typ)})
			}
		}
	}
}

// certErr parses each certificate number once per Check.
func (c *Context) certErr(ref certRef) error {
	if c.certErrs == nil {
		c.certErrs = map[string]error{}
	}
	if err, ok := c.certErrs[ref.path]; ok {
		return err
	}
	err := certError(ref.typ, ref.number, c.AsOf)
	c.certErrs[ref.path] = err
	return err
}

// domainRef is one domain of a website with its path.
type domainRef struct {
	path  string
	site  int
	value string
}

// domains returns every domain of every website.
func (c *Context) domains() []domainRef {
	c.collect()
	return c.domRefs
}

// checkDomainFormat: basic.domain_format.
func checkDomainFormat(c *Context) {
	for _, d := range c.domains() {
		if _, err := filing.ParseHost(d.value); err != nil {
			c.Flag(d.path, Params{"value": d.value})
		}
	}
}

// checkDomainRegistrable: basic.domain_not_registrable. A subdomain names
// its registrable domain in the params, so a console can offer the fix.
func checkDomainRegistrable(c *Context) {
	for _, d := range c.domains() {
		h, err := filing.ParseHost(d.value)
		if err != nil {
			continue // basic.domain_format
		}
		if _, err := filing.ParseDomain(d.value); err == nil {
			continue
		}
		p := Params{"value": d.value}
		if r, err := h.Registrable(); err == nil {
			p["registrable"] = r.String()
		}
		c.Flag(d.path, p)
	}
}

// checkHolder: basic.holder_must_match, through the host's HolderLookup.
func checkHolder(c *Context) {
	s := &c.App.Sponsor
	for _, d := range c.domains() {
		dom, err := filing.ParseDomain(d.value)
		if err != nil {
			continue
		}
		h, err := c.opts.holder.Holder(c.opts.ctx, dom.ASCII())
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
			c.Flag(d.path, Params{"domain": dom.String(), "differs": differs})
		}
	}
}

// checkConflict returns the check of one conflict.* rule, fed by the host's
// ConflictLookup.
func checkConflict(id string) CheckFunc {
	return func(c *Context) {
		cs, err := c.hostConflicts()
		if err != nil {
			return // a failed look-up decides nothing (see ConflictLookup)
		}
		for _, x := range cs {
			if x.Rule == id {
				c.Flag(x.Field, nil)
			}
		}
	}
}
