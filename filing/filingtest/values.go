package filingtest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/division"
	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
	"pgregory.net/rapid"
)

// ReferenceDate returns the as-of date of the generators that take none: the date
// of the division table (GB/T 2260 at 2024-12-31). [ResidentID] draws birth
// dates up to it, so its numbers are valid on any later date.
func ReferenceDate() filing.Date { return filing.Date{Year: 2024, Month: time.December, Day: 31} }

// minBirth is the earliest birth date of a generated resident ID: no holder
// of an 18-digit number was born before 1900 (the bound of filing.ParseResidentID).
var minBirth = filing.Date{Year: 1900, Month: time.January, Day: 1}

// residentIDWeights are the ISO 7064 MOD 11-2 weights of the first 17
// characters (GB 11643-1999 §7.2).
var residentIDWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentIDCheck maps the weighted sum mod 11 to the check character
// (GB 11643-1999 §7.2).
const residentIDCheck = "10X98765432"

// ResidentIDCheck returns the check character of the first 17 digits of a
// resident ID number (ISO 7064 MOD 11-2, GB 11643-1999), or 0 when first17
// is not 17 ASCII digits.
func ResidentIDCheck(first17 string) byte {
	if len(first17) != 17 {
		return 0
	}
	sum := 0
	for i := range 17 {
		c := first17[i]
		if c < '0' || c > '9' {
			return 0
		}
		sum += int(c-'0') * residentIDWeights[i]
	}
	return residentIDCheck[sum%11]
}

// countyCodes returns the codes of the county-level divisions in use, the
// region codes of resident ID numbers issued today. With a province code
// ("330000") only that province's counties are returned.
func countyCodes(province string) []string {
	var out []string
	for _, d := range division.All() {
		if d.Level != division.County {
			continue
		}
		if province != "" && d.Code[:2] != province[:2] {
			continue
		}
		out = append(out, d.Code)
	}
	return out
}

// dateBetween draws a date from lo to hi inclusive (hi not before lo).
func dateBetween(lo, hi filing.Date) *rapid.Generator[filing.Date] {
	days := int(hi.In(time.UTC).Sub(lo.In(time.UTC)).Hours() / 24)
	return rapid.Custom(func(t *rapid.T) filing.Date {
		return lo.AddDays(rapid.IntRange(0, days).Draw(t, "days"))
	})
}

// ResidentID draws valid 18-character resident ID numbers (GB 11643-1999):
// the region code of any county-level division, in use or former (an ID
// keeps the code it was issued under), a birth date from
// 1900-01-01 to [ReferenceDate], any sequence number and the right check
// character (X in upper case).
func ResidentID() *rapid.Generator[string] { return ResidentIDAt(ReferenceDate()) }

// ResidentIDAt is [ResidentID] with birth dates from 1900-01-01 up to asOf
// (inclusive), so that the numbers parse with [filing.ParseResidentIDAt] on
// asOf. An asOf before 1900 is treated as 1900-01-01.
func ResidentIDAt(asOf filing.Date) *rapid.Generator[string] {
	if asOf.Before(minBirth) || !asOf.IsValid() {
		asOf = minBirth
	}
	return residentID("", minBirth, asOf)
}

// residentID draws resident IDs of counties of province (any when "") with
// birth dates from lo to hi.
func residentID(province string, lo, hi filing.Date) *rapid.Generator[string] {
	return residentIDOf(countyCodes(province), lo, hi)
}

// residentIDOf draws resident IDs with region codes of codes (any county
// when empty) and birth dates from lo to hi.
func residentIDOf(codes []string, lo, hi filing.Date) *rapid.Generator[string] {
	if len(codes) == 0 {
		// Any county, current or former: an ID keeps the address code
		// (GB 11643-1999) of the county it was issued under.
		codes = append(countyCodes(""), division.Former()...)
	}
	if lo.Before(minBirth) {
		lo = minBirth
	}
	if hi.Before(lo) {
		hi = lo
	}
	return rapid.Custom(func(t *rapid.T) string {
		region := rapid.SampledFrom(codes).Draw(t, "region")
		birth := dateBetween(lo, hi).Draw(t, "birth")
		seq := rapid.IntRange(0, 999).Draw(t, "sequence")
		first := fmt.Sprintf("%s%04d%02d%02d%03d", region, birth.Year, int(birth.Month), birth.Day, seq)
		return first + string(ResidentIDCheck(first))
	})
}

// usccAlphabet lists the USCC characters by value 0–30 (GB 32100-2015 §4.2).
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights are the weights of the first 17 USCC characters (GB 32100-2015 §5.3).
var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// USCCCheck returns the check character of the first 17 characters of a
// unified social credit code (GB 32100-2015 §5.3: 31 − sum mod 31, 31 → 0),
// or 0 when a character is outside the alphabet or the length is not 17.
func USCCCheck(first17 string) byte {
	if len(first17) != 17 {
		return 0
	}
	sum := 0
	for i := range 17 {
		v := strings.IndexByte(usccAlphabet, first17[i])
		if v < 0 {
			return 0
		}
		sum += v * usccWeights[i]
	}
	return usccAlphabet[(31-sum%31)%31]
}

// usccKinds are registration authority and institution type pairs of
// GB 32100-2015 Appendix A, Table A.1, that the generators use, by the
// nature of the sponsor that holds such a code.
var usccKinds = map[filing.Nature][]string{
	filing.Enterprise:           {"91", "92", "93"}, // 工商: 企业, 个体工商户, 农民专业合作社
	filing.Institution:          {"12"},             // 机构编制: 事业单位
	filing.SocialGroup:          {"51", "53"},       // 民政: 社会团体, 基金会
	filing.PrivateNonEnterprise: {"52"},             // 民政: 民办非企业单位
	filing.Government:           {"11"},             // 机构编制: 机关
	filing.Military:             {"A1"},             // 中央军委改革和编制办公室: 军队事业单位
}

// orgCodeWeights are the weights of the eight body characters of an
// organisation code (GB 11714-1997).
var orgCodeWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// OrgCodeCheck returns the check character of the eight body characters of
// an organisation code (GB 11714: 11 − sum mod 11, 10 → X, 11 → 0; digits
// count 0–9, letters A–Z 10–35), or 0 for another input.
func OrgCodeCheck(body string) byte {
	if len(body) != 8 {
		return 0
	}
	sum := 0
	for i := range 8 {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			sum += int(c-'0') * orgCodeWeights[i]
		case c >= 'A' && c <= 'Z':
			sum += int(c-'A'+10) * orgCodeWeights[i]
		default:
			return 0
		}
	}
	switch v := 11 - sum%11; v {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + v)
	}
}

// orgBody draws the eight body characters of an organisation code from the
// characters a USCC may carry (digits and the USCC letters), so the code can
// sit in positions 9–17 of a USCC.
func orgBody() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		digits := rapid.SliceOfN(rapid.IntRange(0, 9), 8, 8).Draw(t, "digits")
		var b strings.Builder
		for i, d := range digits {
			if i > 0 && rapid.IntRange(0, 9).Draw(t, "letter") == 0 {
				b.WriteByte(usccAlphabet[10+rapid.IntRange(0, 20).Draw(t, "which")])
				continue
			}
			b.WriteByte(byte('0' + d))
		}
		return b.String()
	})
}

// OrgCode draws valid organisation codes (GB 11714) of nine characters
// without hyphen, such as "12345678X".
func OrgCode() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		body := orgBody().Draw(t, "body")
		return body + string(OrgCodeCheck(body))
	})
}

// USCC draws valid unified social credit codes (GB 32100-2015): an
// authority and institution type pair of the standard, the region code of a
// county-level division in use, an organisation code with its own valid
// check character, and the right check character.
func USCC() *rapid.Generator[string] { return usccOf("", "") }

// usccOf draws USCCs of nature (any when "") registered in province (any
// when "").
func usccOf(n filing.Nature, province string) *rapid.Generator[string] {
	return usccFrom(n, countyCodes(province))
}

// usccFrom draws USCCs of nature (any when "") with region codes of codes
// (any county when empty).
func usccFrom(n filing.Nature, codes []string) *rapid.Generator[string] {
	var kinds []string
	if n != "" {
		kinds = usccKinds[n]
	}
	if len(kinds) == 0 {
		for _, n := range filing.Natures() {
			kinds = append(kinds, usccKinds[n]...)
		}
	}
	if len(codes) == 0 {
		// Any county, current or former: an ID keeps the address code
		// (GB 11643-1999) of the county it was issued under.
		codes = append(countyCodes(""), division.Former()...)
	}
	return rapid.Custom(func(t *rapid.T) string {
		kind := rapid.SampledFrom(kinds).Draw(t, "kind")
		region := rapid.SampledFrom(codes).Draw(t, "region")
		org := OrgCode().Draw(t, "org_code")
		first := kind + region + org
		return first + string(USCCCheck(first))
	})
}

// Mobile draws valid mainland mobile numbers of 11 digits, such as
// "13800138000", from every block that [filing.MobileBlocks] accepts
// (operators' subscriber blocks, virtual operators, data cards, satellite),
// so that code under test meets the rarer prefixes too.
func Mobile() *rapid.Generator[string] {
	var blocks []filing.MobileBlock
	for _, b := range filing.MobileBlocks() {
		if b.Accepted {
			blocks = append(blocks, b)
		}
	}
	return rapid.Custom(func(t *rapid.T) string {
		b := rapid.SampledFrom(blocks).Draw(t, "block")
		from, _ := strconv.Atoi(b.From)
		to, _ := strconv.Atoi(b.To)
		prefix := strconv.Itoa(rapid.IntRange(from, to).Draw(t, "prefix"))
		rest := 11 - len(prefix)
		n := rapid.IntRange(0, pow10(rest)-1).Draw(t, "subscriber")
		return fmt.Sprintf("%s%0*d", prefix, rest, n)
	})
}

func pow10(n int) int {
	p := 1
	for range n {
		p *= 10
	}
	return p
}

// areaCodes are long-distance area codes with their leading 0 (MIIT
// numbering plan): 010 and 02x have two digits after the 0, the others three.
var areaCodes = []string{
	"010", "020", "021", "022", "023", "024", "025", "027", "028", "029",
	"0311", "0351", "0371", "0431", "0451", "0471", "0531", "0551", "0571",
	"0574", "0591", "0731", "0755", "0769", "0771", "0791", "0851", "0871",
	"0898", "0931", "0951", "0971", "0991",
}

// Landline draws valid landline numbers in the filing form
// 086-<area code>-<number>[-<extension>], such as "086-0571-88888888" or
// "086-010-6123456-12": area code with its leading 0, a local number of 7 or
// 8 digits starting 2–8, and sometimes an extension of 1–4 digits.
func Landline() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		area := rapid.SampledFrom(areaCodes).Draw(t, "area")
		first := rapid.IntRange(2, 8).Draw(t, "first")
		var local string
		if rapid.Bool().Draw(t, "eight") {
			local = fmt.Sprintf("%d%07d", first, rapid.IntRange(0, 9999999).Draw(t, "rest"))
		} else {
			local = fmt.Sprintf("%d%06d", first, rapid.IntRange(0, 999999).Draw(t, "rest"))
		}
		s := "086-" + area + "-" + local
		if rapid.IntRange(0, 3).Draw(t, "has_extension") == 0 {
			s += "-" + rapid.StringMatching(`[1-9][0-9]{0,3}`).Draw(t, "extension")
		}
		return s
	})
}

// asciiTLDs are ICANN public suffixes under which names are registered
// directly (Public Suffix List, ICANN section).
var asciiTLDs = []string{"com", "cn", "net", "org", "com.cn", "net.cn", "org.cn", "top", "xyz", "info"}

// idnTLDs are ICANN internationalised top-level domains of China
// (Public Suffix List, ICANN section: 中国 xn--fiqs8s, 公司 xn--55qx5d,
// 网络 xn--io0a7i).
var idnTLDs = []string{"中国", "公司", "网络"}

// idnAlphabet is the Han alphabet of generated IDN labels. It shares no
// character with [HanName]'s, so a generated website name never equals the
// label of its domain (rule naming.is_domain), and no character of it
// occurs in a website-name word list (rules naming.sensitive_word,
// naming.personal_forbidden_word, naming.personal_needs_pre_approval,
// naming.personal_province_word) or in a division name.
const idnAlphabet = "菊霜橙粉咖啡糖饼糕兔萤伞帽鞋袜裙忆录"

// asciiLabel draws an ASCII label: 3–12 letters, digits and inner
// hyphens, starting with a letter, never "xn--"-like.
func asciiLabel() *rapid.Generator[string] {
	return rapid.StringMatching(`[a-z][a-z0-9]{2,5}(-?[a-z0-9]{1,5})?`)
}

// registrable reports whether d is a registrable domain of the ICANN
// section of the Public Suffix List (a label under a public suffix that is
// not itself a suffix such as gov.cn or zj.cn).
func registrable(d string) bool {
	ascii, err := idna.Lookup.ToASCII(d)
	if err != nil {
		return false
	}
	suffix, icann := publicsuffix.PublicSuffix(ascii)
	if !icann || suffix == ascii {
		return false
	}
	rest := strings.TrimSuffix(ascii, "."+suffix)
	return rest != ascii && !strings.Contains(rest, ".")
}

// Domain draws valid registrable domains: ASCII names under common ICANN
// suffixes (example.com, example.com.cn) and sometimes an internationalised
// name ([IDNDomain]) in its Unicode form.
func Domain() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		if rapid.IntRange(0, 4).Draw(t, "idn") == 0 {
			return IDNDomain().Draw(t, "domain")
		}
		return asciiDomain().Draw(t, "domain")
	})
}

// asciiDomain draws registrable ASCII domains under common ICANN suffixes.
func asciiDomain() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		return asciiLabel().Draw(t, "label") + "." + rapid.SampledFrom(asciiTLDs).Draw(t, "suffix")
	}).Filter(registrable)
}

// IDNDomain draws valid internationalised registrable domains in Unicode
// form, such as "糖饼萤.中国": a label of 2–5 Han characters under 中国 or 公司, or
// under com / cn.
func IDNDomain() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		label := hanString(idnAlphabet, 2, 5).Draw(t, "label")
		suffix := rapid.SampledFrom(append(append([]string{}, idnTLDs...), "com", "cn")).Draw(t, "suffix")
		return label + "." + suffix
	})
}

// hanString draws strings of min to max runes of alphabet.
func hanString(alphabet string, min, max int) *rapid.Generator[string] {
	runes := []rune(alphabet)
	return rapid.Custom(func(t *rapid.T) string {
		rs := rapid.SliceOfN(rapid.SampledFrom(runes), min, max).Draw(t, "runes")
		return string(rs)
	})
}

// Email draws valid e-mail addresses: a dot-atom local part of letters and
// digits (sometimes with '.', '_' or '-') at a [Domain], IDN included.
func Email() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		local := rapid.StringMatching(`[a-z][a-z0-9]{1,9}([._-][a-z0-9]{1,6})?`).Draw(t, "local")
		return local + "@" + Domain().Draw(t, "domain")
	})
}

// publicBlocks are IPv4 /16 blocks allocated to Chinese hosting providers
// and operators (APNIC delegations), all public unicast.
var publicBlocks = []string{"47.96", "47.97", "47.98", "47.99", "120.24", "121.40", "139.196", "101.132", "1.12", "119.29"}

// PublicIP draws public unicast IPv4 addresses from hosting providers'
// blocks, such as "47.96.10.10", and sometimes a global unicast IPv6 address
// under 240e::/20 or 2408:4000::/22.
func PublicIP() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		if rapid.IntRange(0, 5).Draw(t, "v6") == 0 {
			p := rapid.SampledFrom([]string{"240e:3b4", "2408:4005"}).Draw(t, "prefix")
			return fmt.Sprintf("%s:%x::%x", p, rapid.IntRange(1, 0xffff).Draw(t, "net"), rapid.IntRange(1, 0xffff).Draw(t, "host"))
		}
		b := rapid.SampledFrom(publicBlocks).Draw(t, "block")
		return fmt.Sprintf("%s.%d.%d", b, rapid.IntRange(0, 255).Draw(t, "c"), rapid.IntRange(1, 254).Draw(t, "d"))
	})
}

// ServiceNumber draws filing service numbers (备案服务号) of the UUID shape
// 8-4-4-4-12 lower-case hex (rule website.service_number_format).
func ServiceNumber() *rapid.Generator[string] {
	return rapid.StringMatching(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)
}

// nameAlphabet is the Han alphabet of website names. Each character occurs
// in no word of the website-name lists of the 2020 provider guide
// "ICP备案流程(PC端)" v20200921 (附录一 and 附录二: sensitive words, personal
// forbidden words, pre-approval words, the province lists of rule
// naming.personal_province_word, the state prefixes of rule
// naming.state_prefix) and in no name of a division of the 2024 GB/T 2260
// table: a name that holds one of them can contain no listed word, does not
// start with a state prefix and is no place name. The tests check both facts
// against their own transcription of the guide's lists and internal/division.
const nameAlphabet = "书画琴棋笔纸诗词歌雪影晨暮夕秋冬甜酸苦辣猫狗鸟熊蜂窗桌椅杯碗衣趣想念悦笑童话事屋栈"

// HanName draws website names of 3–10 Han characters from a safe alphabet:
// no word of any website-name list of the 2020 provider guide can occur in
// them, they do not start with a state prefix (中国, 中华, …), they equal no
// division name and no label of a generated IDN domain.
func HanName() *rapid.Generator[string] { return hanString(nameAlphabet, 3, 10) }

// surnames are common Chinese surnames. None is a one-character word of a
// website-name list of the 2020 guide (网, 购), none is in nameAlphabet or
// idnAlphabet.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// givenNames are characters of given names. None occurs in a word of the
// website-name lists of the 2020 guide or in nameAlphabet or idnAlphabet.
const givenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛超霞刚桂辉玲燕鹏琳晶婷倩浩凯颖健俊帆宇欣怡佳琪"

// PersonName draws Chinese personal names: a surname and one or two
// characters of a given name, such as "王伟" or "李欣怡".
func PersonName() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		s := rapid.SampledFrom([]rune(surnames)).Draw(t, "surname")
		g := hanString(givenNames, 1, 2).Draw(t, "given")
		return string(s) + g
	})
}
