package filingtest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
	"golang.org/x/text/unicode/norm"

	"github.com/beian-go/beian/filing"
)

// The checker's reading of the app rules of the MIIT notice
// 工信部信管〔2023〕105号 (from 2023-08-04) and, with vendor set, of the
// app rules of the vendor overlay. Written from the rule texts, with
// regular expressions where the library has parsers.

var (
	androidPackage = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$`)
	iosPackage     = regexp.MustCompile(`^[A-Za-z0-9.-]+$`)
	harmonyPackage = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.]{6,127}$`)
	hexDigits      = regexp.MustCompile(`^[0-9A-Fa-f]+$`)
	weChatID       = regexp.MustCompile(`^wx[0-9a-fA-F]{16}$`)
	decimalKey     = regexp.MustCompile(`^[0-9]+$`)
	hexKey         = regexp.MustCompile(`^[0-9A-Fa-f:\s]+$`)
	base64Key      = regexp.MustCompile(`^[A-Za-z0-9+/\s]+={0,2}\s*$`)
)

// packageOK is rule app.package_format for os.
func packageOK(os filing.OS, p string) bool {
	if len(p) > filing.MaxPackageLen || !utf8.ValidString(p) || strings.IndexFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff'
	}) >= 0 {
		return false
	}
	switch os {
	case filing.Android:
		return androidPackage.MatchString(p)
	case filing.IOS:
		return iosPackage.MatchString(p)
	case filing.HarmonyOS:
		return harmonyPackage.MatchString(p)
	}
	return true
}

// keyOK is rule app.public_key_format.
func keyOK(k string) bool {
	if strings.Contains(k, "-----") || strings.Contains(k, "…") || strings.Contains(k, "...") || strings.TrimSpace(k) == "" {
		return false
	}
	return decimalKey.MatchString(k) || hexKey.MatchString(k) || base64Key.MatchString(k)
}

// appNameKey is an app name after the normalisation of website names: NFKC
// (full-width to half-width) without white space.
func appNameKey(s string) string {
	return strings.Join(strings.Fields(norm.NFKC.String(s)), "")
}

// apps applies the app rules.
func (c *checker) apps(app *filing.Application) {
	if len(app.Apps) == 0 {
		if c.vendor && app.Sponsor.Nature == filing.Personal && app.Type.IsNewSite() && !app.AsOf.Before(AppNoticeDate()) && services(app) > 5 {
			c.flag("app.personal_services_limit", "websites")
		}
		return
	}
	if app.AsOf.Before(AppNoticeDate()) {
		c.flag("app.before_notice", "apps")
		return
	}
	personal := app.Sponsor.Nature == filing.Personal
	if c.vendor && personal {
		if len(app.Websites) > 0 {
			c.flag("app.personal_mixed_order", "apps")
		}
		if app.Type.IsNewSite() && services(app) > 5 {
			c.flag("app.personal_services_limit", "apps")
		}
	}
	names := map[string]bool{}
	for i, a := range app.Apps {
		path := fmt.Sprintf("apps[%d]", i)
		if a.Name == "" || strings.TrimSpace(a.Name) != a.Name || strings.IndexFunc(a.Name, unicode.IsControl) >= 0 {
			c.flag("app.name_required", path+".name")
		} else if k := appNameKey(a.Name); names[k] {
			c.flag("app.name_duplicate", path+".name")
		} else {
			names[k] = true
		}
		switch a.Kind {
		case filing.KindApp:
			c.appPlatforms(a, path)
			if len(a.Domains) == 0 {
				c.flag("app.domains_required", path+".domains")
			}
			for j, d := range a.Domains {
				c.appDomain(d, fmt.Sprintf("%s.domains[%d]", path, j))
			}
			if a.Access.Service == "" && a.Access.ServiceNumber == "" || a.Access.Service.NeedsIP() && len(a.Access.IPs) == 0 {
				c.flag("app.access_missing", path+".access")
			} else {
				c.access(a.Access, path+".access")
			}
		case filing.KindMiniProgram, filing.KindQuickApp:
			if a.Kind == filing.KindMiniProgram {
				c.miniProgram(a, path)
			} else if a.Package == "" {
				c.flag("app.package_required", path+".package")
			} else if !packageOK(filing.Android, a.Package) {
				c.flag("app.package_format", path+".package")
			}
			if len(a.Domains) > 0 {
				c.flag("app.field_not_applicable", path+".domains")
			}
			if a.Access.Service != "" || a.Access.ServiceNumber != "" || len(a.Access.IPs) > 0 {
				c.flag("app.field_not_applicable", path+".access")
			}
			for j, p := range a.Platforms {
				if p.PublicKey != "" {
					c.flag("app.field_not_applicable", fmt.Sprintf("%s.platforms[%d].public_key", path, j))
				}
				if p.CertFingerprint != "" {
					c.flag("app.field_not_applicable", fmt.Sprintf("%s.platforms[%d].cert_fingerprint", path, j))
				}
			}
		default:
			c.flag("basic.unknown_value", path+".kind")
		}
		if len(a.Categories) == 0 {
			c.flag("app.category_required", path+".categories")
		}
		if len(a.Languages) == 0 {
			c.flag("app.language_required", path+".languages")
		} else if c.vendor && len(a.Languages) > 1 {
			c.flag("app.language_several", path+".languages")
		}
		for k, s := range a.Sectors {
			if !s.IsKnown() {
				c.flag("basic.unknown_value", fmt.Sprintf("%s.sectors[%d]", path, k))
			} else if !slices.ContainsFunc(a.PreApprovals, func(p filing.PreApproval) bool { return p.Sector == s }) {
				c.flag("app.pre_approval_missing", fmt.Sprintf("%s.sectors[%d]", path, k))
			}
		}
		for k, s := range a.SDKs {
			if strings.TrimSpace(s.Vendor) == "" || strings.TrimSpace(s.Function) == "" {
				c.flag("app.sdk_incomplete", fmt.Sprintf("%s.sdks[%d]", path, k))
			}
		}
		if !personal && !a.ReuseSubjectPrincipal {
			if a.Principal == nil {
				c.flag("principal.name_required", path+".principal.name")
			} else {
				c.principal(app, *a.Principal, path+".principal", true)
			}
		}
	}
}

// appPlatforms applies the platform rules of an app.
func (c *checker) appPlatforms(a filing.App, path string) {
	if len(a.Platforms) == 0 {
		c.flag("app.platform_required", path+".platforms")
	}
	seen := map[[2]string]bool{}
	for j, p := range a.Platforms {
		q := fmt.Sprintf("%s.platforms[%d]", path, j)
		switch {
		case p.OS == "":
			c.flag("app.platform_required", q+".os")
		case !p.OS.IsKnown():
			c.flag("basic.unknown_value", q+".os")
		}
		if k := [2]string{string(p.OS), p.Package}; seen[k] {
			c.flag("app.platform_duplicate", q)
		} else {
			seen[k] = true
		}
		if p.Package == "" {
			c.flag("app.package_required", q+".package")
		} else if !packageOK(p.OS, p.Package) {
			c.flag("app.package_format", q+".package")
		}
		fp := strings.NewReplacer(":", "", " ", "", "-", "", "\t", "", "\r", "", "\n", "").Replace(p.CertFingerprint)
		switch {
		case p.CertFingerprint == "":
			c.flag("app.fingerprint_required", q+".cert_fingerprint")
		case !hexDigits.MatchString(fp) || len(fp) != 32 && len(fp) != 40:
			c.flag("app.fingerprint_format", q+".cert_fingerprint")
		case p.OS == filing.Android && len(fp) != 32:
			c.flag("app.fingerprint_format", q+".cert_fingerprint")
		case p.OS == filing.IOS && len(fp) == 32:
			c.flag("app.fingerprint_ios_md5", q+".cert_fingerprint")
		}
		if p.PublicKey == "" {
			c.flag("app.public_key_required", q+".public_key")
		} else if !keyOK(p.PublicKey) {
			c.flag("app.public_key_format", q+".public_key")
		}
	}
}

// appDomain applies app.domain_format and, with vendor, app.domain_level.
func (c *checker) appDomain(d, field string) {
	ascii, err := idna.Lookup.ToASCII(d)
	if err != nil || d == "" || strings.ContainsAny(d, ":/ ") {
		c.flag("app.domain_format", field)
		return
	}
	suffix, icann := publicsuffix.PublicSuffix(ascii)
	if !icann || suffix == ascii {
		c.flag("app.domain_format", field)
		return
	}
	below := strings.Count(strings.TrimSuffix(ascii, "."+suffix), ".")
	if c.vendor && below > 2 {
		c.flag("app.domain_level", field)
	}
}

// miniProgram applies the rules of a mini-program's host, ID, categories
// and remark.
func (c *checker) miniProgram(a filing.App, path string) {
	switch {
	case a.Host == "":
		c.flag("app.app_id_required", path+".host")
	case !a.Host.IsKnown():
		c.flag("basic.unknown_value", path+".host")
	}
	wechat := a.Host == filing.HostWeChat
	switch {
	case a.AppID == "":
		c.flag("app.app_id_required", path+".app_id")
	case wechat && !weChatID.MatchString(a.AppID):
		c.flag("app.app_id_format", path+".app_id")
	}
	if wechat && len(a.Categories) > 5 {
		c.flag("app.category_too_many", path+".categories")
	}
	if n := utf8.RuneCountInString(a.Remark); wechat && a.Remark != "" && (n < 20 || n > 200) {
		c.flag("app.remark_length", path+".remark")
	}
}
