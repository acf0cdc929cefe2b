package rules_test

import (
	"github.com/beian-go/beian/filing"
)

// Hand-made valid applications. Their certificate numbers carry correct check
// characters (computed by hand with the algorithms of GB 11643-1999 and
// GB 32100-2015) and are not real people's or units' numbers.

// validEnterprise returns a first filing of a Zhejiang enterprise with one
// site and a website principal of its own: no finding at all.
func validEnterprise() *filing.Application {
	return &filing.Application{
		Type: filing.FirstFiling,
		AsOf: filing.Date{Year: 2026, Month: 11, Day: 28},
		Sponsor: filing.Sponsor{
			Region:         filing.Region{Province: "浙江省", City: "杭州市", District: "西湖区"},
			Nature:         filing.Enterprise,
			CertType:       filing.CertBusinessLicence,
			Name:           "杭州某某科技有限公司",
			CertNumber:     "91330106MA2111110P",
			CertAddress:    "浙江省杭州市西湖区某某路1号",
			MailingAddress: "浙江省杭州市西湖区某某路1号5幢301室",
			Investor:       "张三",
			Principal: filing.Principal{
				Name: "张三", CertType: filing.CertResidentID, CertNumber: "33010619900101123X",
				CertExpiry: filing.Expiry{Date: filing.Date{Year: 2035, Month: 1, Day: 1}},
				Mobile:     "13800138000", Contact2: "086-0571-88888888", EmergencyMobile: "13900139000",
				Email: "zhangsan@example.com", IsLegalRepresentative: true,
			},
		},
		Websites: []filing.Website{{
			Name:        "某某科技官方网站",
			Domains:     []string{"example.com"},
			ContentType: filing.UnitPortal,
			ServiceType: filing.WebsiteApplication,
			Languages:   []string{"zh-Hans"},
			Access:      filing.Access{Service: filing.ServiceECS, IPs: []string{"47.96.10.10"}},
			Principal: &filing.Principal{
				Name: "李四", CertType: filing.CertResidentID, CertNumber: "330106198808082229",
				CertExpiry: filing.Expiry{LongTerm: true},
				Mobile:     "13700137000", Contact2: "13600136000", EmergencyMobile: "13500135000",
				Email: "lisi@example.com",
			},
		}},
	}
}

// validPersonal returns a first filing of a Beijing person with one site
// that reuses the subject principal: no finding at all.
func validPersonal() *filing.Application {
	return &filing.Application{
		Type: filing.FirstFiling,
		AsOf: filing.Date{Year: 2026, Month: 11, Day: 28},
		Sponsor: filing.Sponsor{
			Region:         filing.Region{Province: "北京", District: "朝阳区"},
			Nature:         filing.Personal,
			CertType:       filing.CertResidentID,
			Name:           "李小明",
			CertNumber:     "110105198512124568",
			CertAddress:    "北京市朝阳区某某街道8号",
			MailingAddress: "北京市朝阳区某某小区3号楼2单元501室",
			Investor:       "李小明",
			Principal: filing.Principal{
				Name: "李小明", CertType: filing.CertResidentID, CertNumber: "110105198512124568",
				CertExpiry: filing.Expiry{Date: filing.Date{Year: 2031, Month: 6, Day: 30}},
				Mobile:     "+86 139 0013 9000", EmergencyMobile: "13700137000", Email: "xiaoming@example.cn",
			},
		},
		Websites: []filing.Website{{
			Name:                  "李小明的读书笔记",
			Domains:               []string{"xiaoming-notes.cn"},
			ContentType:           filing.OtherContent,
			ServiceType:           filing.WebsiteApplication,
			Languages:             []string{"zh-Hans"},
			Access:                filing.Access{Service: filing.ServiceLightweight, IPs: []string{"47.96.20.20"}},
			ReuseSubjectPrincipal: true,
		}},
	}
}

// site returns a valid extra website of the enterprise, with domain d.
func site(d string) filing.Website {
	w := validEnterprise().Websites[0]
	w.Domains = []string{d}
	return w
}
