package footer

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// Hosts the footer links must point to: the MIIT filing system for the
// filing number, the public-security filing portal for that number.
const (
	miitHost = "beian.miit.gov.cn"
	mpsHost  = "beian.mps.gov.cn"
)

// class is how a number found on the page relates to the one on record.
type class uint8

// The classes of found numbers.
const (
	other     class = iota // another subject's number, or another site's
	accepted               // stands for the number on record
	app                    // an app's number (letter A, X or K) of the same subject
	malformed              // the number on record (or one standing for it) in a wrong form
)

// occurrence is a number candidate found on the page: in the visible text,
// or in an image's alt or title.
type occurrence struct {
	text   string // as written
	off    int    // byte offset of the element it starts in
	links  []int  // the links it lies in, innermost first per segment
	image  bool
	class  class
	number filing.ICPNumber // the number read, or meant when malformed
}

// check runs every footer rule on an extracted page.
func (p *parsed) check(want Expectations) []hit {
	var fs []hit
	if want.Number.IsValid() {
		fs = append(fs, p.checkNumber(want.Number)...)
	}
	if want.PSB.IsValid() {
		fs = append(fs, p.checkPSB(want.PSB)...)
	}
	if f, ok := p.checkCopyright(want); ok {
		fs = append(fs, f)
	}
	var pos positions
	for i := range fs {
		if fs[i].Field != "" {
			if pos.lineStarts == nil {
				pos = newPositions(p.doc)
			}
			off, _ := strconv.Atoi(fs[i].Field)
			fs[i].Field = pos.at(off)
		}
	}
	return fs
}

// accepts reports whether m is a number that stands for the one on record:
// the same subject, and either m the subject number, or want the subject
// number and m a website's, or both the same service (the same sequence and
// type letter). An app's number stands for no website (rule
// post.footer_app_number).
func accepts(want, m filing.ICPNumber) bool {
	if !want.SameSubject(m) {
		return false
	}
	return m.Site() == 0 ||
		want.Site() == 0 && m.Letter() == "" ||
		m.Site() == want.Site() && m.Letter() == want.Letter()
}

// classify says how a well-formed number m relates to want.
func classify(want, m filing.ICPNumber) class {
	switch {
	case accepts(want, m):
		return accepted
	case m.Kind().IsApp() && want.SameSubject(m):
		return app
	}
	return other
}

// The filing-number rules of the after-approval duties (the 2020 provider
// guide, §10): the number on record is shown at the bottom of the page,
// linked to the MIIT filing system. The subject number and the numbers of
// the subject's websites stand for each other (see accepts).
var (
	numberMissing = rule.Def{
		ID: "post.footer_number_missing", Severity: rule.Error, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "页面未显示备案号{number}",
			EN: "The page does not show the filing number {number}.",
		},
	}
	numberMismatch = rule.Def{
		ID: "post.footer_number_mismatch", Severity: rule.Error, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "页面显示的备案号“{found}”不是备案号{number}",
			EN: "The page shows the filing number “{found}”, not {number}.",
		},
	}
	numberExtra = rule.Def{
		ID: "post.footer_number_extra", Severity: rule.Warning, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "页面除备案号{number}外还显示了其他备案号“{found}”",
			EN: "Besides {number} the page shows another filing number “{found}”.",
		},
	}
	numberImageOnly = rule.Def{
		ID: "post.footer_number_image_only", Severity: rule.Warning, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "备案号“{found}”只出现在图片的替代文字或标题中，无法确认其可见",
			EN: "The filing number “{found}” appears only in an image's alt or title text; it cannot be confirmed visible.",
		},
	}
	// numberMalformed replaces numberMissing when the page shows the
	// number on record in a wrong form: without 号 (京ICP备13087421), or
	// with the sequence before 号 (陕ICP备12004437-2号).
	numberMalformed = rule.Def{
		ID: "post.footer_number_malformed", Severity: rule.Error, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "页面显示的备案号“{found}”格式不正确，应为“{correct}”",
			EN: "The page shows the filing number as “{found}”; the correct form is “{correct}”.",
		},
	}
	// appNumber replaces numberMissing and numberMismatch when the page
	// shows, in place of the website's number, the number of an app, a
	// mini-program or a quick app of the same subject: the MIIT notice on
	// app filing gives apps numbers of their own, which stand for no
	// website.
	appNumber = rule.Def{
		ID: "post.footer_app_number", Severity: rule.Error, Source: rule.MIITApp2023(""),
		Since: appFilingStart,
		Text: rule.Text{
			ZH: "页面显示的“{found}”是App、小程序或快应用的备案号，网站应显示其备案号{number}",
			EN: "The page shows “{found}”, the number of an app, mini-program or quick app; the website must show its own number {number}.",
		},
	}
)

// appFilingStart is the day the MIIT notice on app filing was published.
var appFilingStart, _ = filing.ParseDate("2023-08-04")

// checkNumber runs the filing-number rules: missing, malformed, app number,
// mismatch, extra, image only, link missing and link outdated.
func (p *parsed) checkNumber(want filing.ICPNumber) []hit {
	var occ []occurrence
	// A malformed candidate (京ICP备1234, or a number cut in two by a block
	// element) is no filing number: it is neither shown nor another
	// number, unless it is the number on record in a wrong form.
	for _, m := range findInBlocks(p.text, filing.FindICPNumbers, icpOffsets, icpAnchors) {
		switch {
		case m.Err == nil:
			occ = append(occ, p.textOccurrence(m.Start, m.End, m.Text, classify(want, m.Number), m.Number))
		case m.Intended.IsValid() && accepts(want, m.Intended):
			occ = append(occ, p.textOccurrence(m.Start, m.End, m.Text, malformed, m.Intended))
		}
	}
	for _, im := range p.images {
		for _, s := range []string{im.alt, im.title} {
			for _, m := range filing.FindICPNumbers(s) {
				if m.Err == nil {
					occ = append(occ, occurrence{text: m.Text, off: im.off, links: linkList(im.link), image: true, class: classify(want, m.Number), number: m.Number})
				}
			}
		}
	}
	number := want.String()
	var inText, inImage, wrongForm []occurrence
	for _, o := range occ {
		switch {
		case o.class == accepted && !o.image:
			inText = append(inText, o)
		case o.class == accepted:
			inImage = append(inImage, o)
		case o.class == malformed:
			wrongForm = append(wrongForm, o)
		}
	}
	var fs []hit
	if len(inText) == 0 && len(inImage) == 0 && len(wrongForm) == 0 {
		apps, others := distinct(occ, app), distinct(occ, other)
		for _, o := range apps {
			fs = append(fs, finding(&appNumber, o.off, map[string]any{"found": o.text, "number": number}))
		}
		for _, o := range others {
			fs = append(fs, finding(&numberMismatch, o.off, map[string]any{"found": o.text, "number": number}))
		}
		if len(fs) == 0 {
			fs = append(fs, hit{def: &numberMissing, Params: map[string]any{"number": number}})
		}
		return fs
	}
	// An acceptable number is shown, if only in a wrong form: other
	// numbers beside it are extra; the subject's apps are not.
	for _, o := range distinct(occ, other) {
		fs = append(fs, finding(&numberExtra, o.off, map[string]any{"found": o.text, "number": number}))
	}
	shown := inText
	switch {
	case len(inText) > 0:
	case len(inImage) > 0:
		shown = inImage
		fs = append(fs, finding(&numberImageOnly, inImage[0].off, map[string]any{"found": inImage[0].text, "number": number}))
	default:
		shown = wrongForm
		for _, o := range distinct(wrongForm, malformed) {
			fs = append(fs, finding(&numberMalformed, o.off, map[string]any{"found": o.text, "number": number, "correct": o.number.String()}))
		}
	}
	if f, bad := p.checkLinks(shown, &linkMissing, &linkOutdated, func(u *url.URL) bool {
		return strings.EqualFold(u.Hostname(), miitHost) && defaultPort(u)
	}); bad {
		f.Params["number"] = number
		fs = append(fs, f)
	}
	return fs
}

// defaultPort reports whether u names no port or the default port of its
// scheme (80 for http, 443 for https, either for a scheme-relative link).
func defaultPort(u *url.URL) bool {
	switch port := u.Port(); {
	case port == "":
		return true
	case port == "80":
		return !strings.EqualFold(u.Scheme, "https")
	case port == "443":
		return !strings.EqualFold(u.Scheme, "http")
	}
	return false
}

// Anchors of the number finders: every candidate of filing.FindICPNumbers
// holds one of icpAnchors as written (备 or 证, simplified or traditional,
// or the B of B2- in ASCII or full width), every candidate of
// filing.FindPSBNumbers one of psbAnchors. A licence number written with
// white space between B and 2 is not found by the footer checker. Never
// written after compile time.
var (
	icpAnchors = []string{"备", "備", "证", "證", "B2", "b2", "Ｂ", "ｂ"}
	psbAnchors = []string{"备", "備"}
)

// findInBlocks runs a number finder of package filing on each block of text
// (the text between separators) that holds an anchor, and turns the rune
// offsets of its matches into byte offsets in text. It finds what the
// finder finds in the whole text, only faster: every candidate holds an
// anchor, a candidate never runs across a separator (it is neither white
// space nor a digit, a letter, "号" or "-"), and the finders look back one
// folded rune only for a letter before the marker, which the separator is
// not, just like the start of a text. Each anchor is searched for once per
// stretch of text, so the whole costs time linear in len(text).
func findInBlocks[M any](text string, find func(string) []M, offsets func(*M) (start, end *int), anchors []string) []M {
	var out []M
	next := make([]int, len(anchors)) // next[k]: the next place of anchor k at or after from, or -1
	for k := range next {
		next[k] = -2 // not searched yet
	}
	for from := 0; from < len(text); {
		i := -1
		for k, a := range anchors {
			if next[k] == -1 {
				continue
			}
			if next[k] < from {
				next[k] = strings.Index(text[from:], a)
				if next[k] >= 0 {
					next[k] += from
				}
			}
			if next[k] >= 0 && (i < 0 || next[k] < i) {
				i = next[k]
			}
		}
		if i < 0 {
			break
		}
		start := strings.LastIndexByte(text[:i], separator) + 1
		end := strings.IndexByte(text[i:], separator)
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		block := text[start:end]
		// Matches come in order and do not overlap: one cursor converts
		// all their offsets in a single pass over the block.
		var c runeCursor
		for _, m := range find(block) {
			s, e := offsets(&m)
			*s = start + c.byteOffset(block, *s)
			*e = start + c.byteOffset(block, *e)
			out = append(out, m)
		}
		from = end + 1
	}
	return out
}

// runeCursor converts ascending rune offsets of one string into byte
// offsets, resuming where the previous conversion stopped, so that a whole
// sequence costs one pass over the string.
type runeCursor struct {
	b, r int // byte and rune offset reached
}

// byteOffset returns the byte offset of rune offset r in s (len(s) past its
// end), counting runes as utf8.RuneCountInString does. r must not be less
// than the offset of the previous call; an earlier one restarts the count.
func (c *runeCursor) byteOffset(s string, r int) int {
	if r < c.r {
		*c = runeCursor{}
	}
	for c.r < r && c.b < len(s) {
		_, size := utf8.DecodeRuneInString(s[c.b:])
		c.b += size
		c.r++
	}
	return c.b
}

// icpOffsets and psbOffsets give findInBlocks the offsets of a match.
func icpOffsets(m *filing.ICPMatch) (*int, *int) { return &m.Start, &m.End }
func psbOffsets(m *filing.PSBMatch) (*int, *int) { return &m.Start, &m.End }

// distinct returns the first occurrence of each distinct number of class c
// (for malformed ones, of each distinct text). Numbers are compared as
// parsed values: no text is folded again.
func distinct(occ []occurrence, c class) []occurrence {
	var out []occurrence
	seenNumber := map[filing.ICPNumber]bool{}
	seenText := map[string]bool{}
	for _, o := range occ {
		if o.class != c {
			continue
		}
		if c == malformed {
			if seenText[o.text] {
				continue
			}
			seenText[o.text] = true
		} else {
			if seenNumber[o.number] {
				continue
			}
			seenNumber[o.number] = true
		}
		out = append(out, o)
	}
	return out
}

// The link rules of the filing number (the 2020 provider guide, §10): it
// links to https://beian.miit.gov.cn.
var (
	linkMissing = rule.Def{
		ID: "post.footer_link_missing", Severity: rule.Error, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "备案号“{found}”未链接到https://beian.miit.gov.cn",
			EN: "The filing number “{found}” is not linked to https://beian.miit.gov.cn.",
		},
	}
	linkOutdated = rule.Def{
		ID: "post.footer_link_outdated", Severity: rule.Error, Source: rule.Guide2020("§10"),
		Text: rule.Text{
			ZH: "备案号“{found}”链接到“{href}”，应链接到https://beian.miit.gov.cn",
			EN: "The filing number “{found}” links to “{href}” instead of https://beian.miit.gov.cn.",
		},
	}
)

// checkLinks judges the links of the occurrences of a number: no finding
// when one of them lies in a link that good accepts; else the rule outdated
// for the first one in another link, else the rule missing for the first.
func (p *parsed) checkLinks(shown []occurrence, missing, outdated *rule.Def, good func(*url.URL) bool) (hit, bool) {
	var wrong *occurrence
	wrongHref := ""
	for i, o := range shown {
		for _, l := range o.links {
			href := strings.TrimSpace(p.links[l].href)
			if u, err := url.Parse(href); err == nil && (u.Scheme == "" || strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && good(u) {
				return hit{}, false
			}
			if wrong == nil {
				wrong, wrongHref = &shown[i], href
			}
		}
	}
	if wrong != nil {
		host := ""
		if u, err := url.Parse(wrongHref); err == nil {
			host = u.Hostname()
		}
		return finding(outdated, wrong.off, map[string]any{"found": wrong.text, "href": wrongHref, "host": host}), true
	}
	return finding(missing, shown[0].off, map[string]any{"found": shown[0].text}), true
}

// The public-security rules (the 2020 provider guide, §11): once the
// public-security filing is approved, its number goes into the footer,
// linked to the query page of beian.mps.gov.cn.
var (
	psbMissing = rule.Def{
		ID: "post.footer_psb_missing", Severity: rule.Error, Source: rule.Guide2020("§11"),
		Text: rule.Text{
			ZH: "页面未显示公安备案号{number}",
			EN: "The page does not show the public-security filing number {number}.",
		},
	}
	// psbMalformed replaces psbMissing when the number on record is on the
	// page in a wrong form (京公网安备 11010502031234, no 号).
	psbMalformed = rule.Def{
		ID: "post.footer_psb_malformed", Severity: rule.Error, Source: rule.Guide2020("§11"),
		Text: rule.Text{
			ZH: "页面显示的公安备案号“{found}”格式不正确，应为“{correct}”",
			EN: "The page shows the public-security filing number as “{found}”; the correct form is “{correct}”.",
		},
	}
	psbLink = rule.Def{
		ID: "post.footer_psb_link", Severity: rule.Warning, Source: rule.Guide2020("§11"),
		Text: rule.Text{
			ZH: "公安备案号“{found}”未链接到beian.mps.gov.cn的查询页面（链接：“{href}”）",
			EN: "The public-security number “{found}” is not linked to the query page on beian.mps.gov.cn (link: “{href}”).",
		},
	}
)

// checkPSB runs the public-security rules: missing, malformed and link.
func (p *parsed) checkPSB(want filing.PSBNumber) []hit {
	same := func(n filing.PSBNumber) bool {
		return n.IsValid() && n.Serial() == want.Serial() && n.Province() == want.Province()
	}
	var shown, wrongForm []occurrence
	for _, m := range findInBlocks(p.text, filing.FindPSBNumbers, psbOffsets, psbAnchors) {
		switch {
		case m.Err == nil && same(m.Number):
			shown = append(shown, p.textOccurrence(m.Start, m.End, m.Text, accepted, filing.ICPNumber{}))
		case m.Err != nil && same(m.Intended):
			wrongForm = append(wrongForm, p.textOccurrence(m.Start, m.End, m.Text, malformed, filing.ICPNumber{}))
		}
	}
	for _, im := range p.images {
		for _, s := range []string{im.alt, im.title} {
			for _, m := range filing.FindPSBNumbers(s) {
				if m.Err == nil && same(m.Number) {
					shown = append(shown, occurrence{text: m.Text, off: im.off, links: linkList(im.link), image: true, class: accepted})
				}
			}
		}
	}
	var fs []hit
	if len(shown) == 0 {
		if len(wrongForm) == 0 {
			return []hit{{def: &psbMissing, Params: map[string]any{"number": want.String()}}}
		}
		for _, o := range distinct(wrongForm, malformed) {
			fs = append(fs, finding(&psbMalformed, o.off, map[string]any{"found": o.text, "number": want.String(), "correct": want.String()}))
		}
		shown = wrongForm
	}
	f, bad := p.checkLinks(shown, &psbLink, &psbLink, func(u *url.URL) bool {
		if !strings.EqualFold(u.Hostname(), mpsHost) || !defaultPort(u) {
			return false
		}
		// A query link naming a code must name this number.
		code := codeParam(u)
		return code == "" || code == want.Serial()
	})
	if !bad {
		return fs
	}
	if _, ok := f.Params["href"]; !ok {
		f.Params["href"] = ""
	}
	f.Params["number"] = want.String()
	return append(fs, f)
}

// codeParam returns the code=… parameter of a query link, which the query
// page of beian.mps.gov.cn carries in its fragment
// (#/query/webSearch?code=…), or "".
func codeParam(u *url.URL) string {
	if c := u.Query().Get("code"); c != "" {
		return c
	}
	if _, q, ok := strings.Cut(u.Fragment, "?"); ok {
		if v, err := url.ParseQuery(q); err == nil {
			return v.Get("code")
		}
	}
	return ""
}

// copyrightMissing: in the provinces that require it (Jiangsu), the footer
// shows a copyright line with the unit's name (the 2020 provider guide,
// §10, post.footer_copyright).
var copyrightMissing = rule.Def{
	ID: "post.footer_copyright_missing", Severity: rule.Error, Source: rule.Guide2020("§10"),
	Text: rule.Text{
		ZH: "页面缺少注明单位名称[“{unit}”]的版权信息（©、版权所有、Copyright）",
		EN: "The page lacks a copyright line (©, 版权所有, Copyright)[ naming the unit “{unit}”].",
	},
}

// checkCopyright runs post.footer_copyright_missing where a copyright line is
// required.
func (p *parsed) checkCopyright(want Expectations) (hit, bool) {
	province := want.Province
	if province == "" {
		province = want.Number.Province()
	}
	required := CopyrightRequired(province)
	if want.CopyrightRequired != nil {
		required = *want.CopyrightRequired
	}
	if !required {
		return hit{}, false
	}
	unit := fold(want.Unit)
	found := ""
	for line := range strings.SplitSeq(p.text, string(separator)) {
		if !hasCopyrightMark(line) {
			continue
		}
		if strings.Contains(fold(line), unit) {
			return hit{}, false
		}
		if found == "" {
			found = clip(strings.Join(strings.Fields(line), " "), 200)
		}
	}
	params := map[string]any{"province": province}
	if want.Unit != "" {
		params["unit"] = want.Unit
	}
	if found != "" {
		params["found"] = found
	}
	return hit{def: &copyrightMissing, Params: params}, true
}

// hasCopyrightMark reports whether a line holds a copyright mark: ©, (c),
// 版权所有 or the word Copyright, in any case and width.
func hasCopyrightMark(line string) bool {
	// Most lines hold no © and no character that NFKC turns into a mark
	// (full-width letters and parentheses, enclosed letters such as Ⓒ).
	// They need no folding, just a case-insensitive look for the ASCII
	// marks, and most of them not even that: one pass finds out.
	plain, candidate := scanMarks(line)
	if plain {
		return candidate && (strings.Contains(line, "版权所有") || containsFold(line, "copyright") || containsFold(line, "(c)"))
	}
	s := fold(line)
	return strings.Contains(s, "©") || strings.Contains(s, "(c)") || strings.Contains(s, "版权所有") || strings.Contains(s, "copyright") || strings.Contains(s, "ⓒ")
}

// scanMarks reads line once. plain is false when the line holds a rune that
// folding may turn into a mark: ©, （, a full-width Latin letter, an enclosed
// letter. candidate is true when it holds a place where an unfolded mark
// may start: "c" or "C" followed, past ASCII white space, by "o" or "O"
// (copyright); "(" followed likewise by "c" or "C"; or "版权所有".
func scanMarks(line string) (plain, candidate bool) {
	for i := 0; i < len(line); i++ {
		for i < len(line) && !markStart[line[i]] {
			i++
		}
		if i == len(line) {
			break
		}
		switch c := line[i]; c {
		case 'c', 'C', '(':
			if candidate {
				continue
			}
			next := nextNonSpace(line, i+1) | 0x20
			candidate = c == '(' && next == 'c' || c != '(' && next == 'o'
		case 0xE7: // the first byte of 版
			candidate = candidate || strings.HasPrefix(line[i:], "版权所有")
		default: // the first bytes of the runes below
			r, _ := utf8.DecodeRuneInString(line[i:])
			if r == '©' || r == '（' || 0xFF21 <= r && r <= 0xFF3A || 0xFF41 <= r && r <= 0xFF5A || 0x2460 <= r && r <= 0x24FF || 0x1F100 <= r && r <= 0x1F1FF {
				return false, candidate
			}
		}
	}
	return true, candidate
}

// markStart are the bytes at which scanMarks looks closer. Never written
// after compile time.
var markStart = [256]bool{'c': true, 'C': true, '(': true, 0xE7: true, 0xC2: true, 0xE2: true, 0xEF: true, 0xF0: true}

// nextNonSpace returns the first byte of s from i on that is not ASCII white
// space as containsFold skips it, or 0.
func nextNonSpace(s string, i int) byte {
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return c
		}
	}
	return 0
}

// containsFold reports whether s contains the lower-case ASCII word w in any
// case, ignoring white space inside s as fold does.
func containsFold(s, w string) bool {
	up := w[0]
	if 'a' <= up && up <= 'z' {
		up -= 'a' - 'A'
	}
	if strings.IndexByte(s, w[0]) < 0 && strings.IndexByte(s, up) < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		j, k := i, 0
		for j < len(s) && k < len(w) {
			c := s[j]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				if k == 0 {
					break
				}
				j++
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != w[k] {
				break
			}
			j++
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// fold normalises text for comparison: NFKC, lower case, white space
// dropped.
func fold(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// textOccurrence builds the occurrence of text bytes [start, end): the
// element of its first byte and every link it touches.
func (p *parsed) textOccurrence(start, end int, text string, c class, n filing.ICPNumber) occurrence {
	i, _ := slices.BinarySearchFunc(p.segs, start, func(s segment, r int) int { return s.at - r })
	if i == len(p.segs) || p.segs[i].at > start {
		i--
	}
	o := occurrence{text: text, class: c, number: n}
	if i < 0 {
		return o
	}
	o.off = p.segs[i].off
	for j := i; j < len(p.segs) && p.segs[j].at < end; j++ {
		if l := p.segs[j].link; l >= 0 && !slices.Contains(o.links, l) {
			o.links = append(o.links, l)
		}
	}
	return o
}

// linkList is the link list of an image inside link l (or none, for -1).
func linkList(l int) []int {
	if l < 0 {
		return nil
	}
	return []int{l}
}

// finding makes a finding at a byte offset; check turns the offset into a
// position.
func finding(d *rule.Def, off int, params map[string]any) hit {
	return hit{def: d, Field: strconv.Itoa(off), Params: params}
}

// positions converts byte offsets of a document into "line:column"
// positions, lines and columns counted from 1, columns in characters.
type positions struct {
	lineStarts []int
	doc        []byte
}

// newPositions indexes the line starts of doc: after "\n", after a "\r" not
// followed by "\n".
func newPositions(doc []byte) positions {
	p := positions{lineStarts: []int{0}, doc: doc}
	for i, c := range doc {
		if c == '\n' || c == '\r' && (i+1 == len(doc) || doc[i+1] != '\n') {
			p.lineStarts = append(p.lineStarts, i+1)
		}
	}
	return p
}

// at returns the position of byte offset off.
func (p positions) at(off int) string {
	off = min(max(off, 0), len(p.doc))
	line, _ := slices.BinarySearch(p.lineStarts, off+1)
	start := p.lineStarts[line-1]
	col := utf8.RuneCount(p.doc[start:off]) + 1
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}
