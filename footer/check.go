package footer

import (
	"bytes"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	text   string           // as written
	off    int              // byte offset of the element it starts in
	number filing.ICPNumber // the number read, or meant when malformed
}

// maxDistinct bounds the numbers reported one by one for each rule: at most
// 100 distinct numbers of another subject, apps' numbers or malformed
// numbers each. A page listing more is reported by its first 100.
const maxDistinct = 100

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
// mismatch, extra, image only, link missing and link outdated. It reads the
// numbers one by one and keeps only what the findings need: a summary of the
// acceptable numbers shown, and the first of each distinct other number.
func (p *parsed) checkNumber(want filing.ICPNumber) []hit {
	links := p.judge(func(u *url.URL) bool {
		return strings.EqualFold(u.Hostname(), miitHost) && defaultPort(u)
	})
	var inText, inImage, wrongForm shown
	apps, others := newDistinct[filing.ICPNumber](), newDistinct[filing.ICPNumber]()
	malformedTexts := newDistinct[string]()
	// A malformed candidate (京ICP备1234, or a number cut in two by a block
	// element) is no filing number: it is neither shown nor another
	// number, unless it is the number on record in a wrong form.
	for _, b := range p.blocks {
		text := viewString(p.text(b))
		var cur runeCursor
		for m := range filing.FindICPNumbersBrief(text) {
			start, end := cur.byteOffset(text, m.Start), cur.byteOffset(text, m.End)
			switch {
			case m.Err == nil:
				o := occurrence{text: m.Text, off: p.offAt(b, start), number: m.Number}
				switch classify(want, m.Number) {
				case accepted:
					links.noteText(&inText, o, b, start, end)
				case app:
					apps.add(m.Number, o)
				default:
					others.add(m.Number, o)
				}
			case m.Intended.IsValid() && accepts(want, m.Intended):
				o := occurrence{text: m.Text, off: p.offAt(b, start), number: m.Intended}
				links.noteText(&wrongForm, o, b, start, end)
				malformedTexts.add(m.Text, o)
			}
		}
	}
	for _, im := range p.images {
		for _, s := range []string{im.alt, im.title} {
			for m := range filing.FindICPNumbersBrief(s) {
				if m.Err != nil {
					continue
				}
				o := occurrence{text: m.Text, off: im.off, number: m.Number}
				switch classify(want, m.Number) {
				case accepted:
					links.note(&inImage, o, im.link)
				case app:
					apps.add(m.Number, o)
				default:
					others.add(m.Number, o)
				}
			}
		}
	}
	number := want.String()
	var fs []hit
	if inText.n == 0 && inImage.n == 0 && wrongForm.n == 0 {
		for _, o := range apps.first {
			fs = append(fs, finding(&appNumber, o.off, map[string]any{"found": o.text, "number": number}))
		}
		for _, o := range others.first {
			fs = append(fs, finding(&numberMismatch, o.off, map[string]any{"found": o.text, "number": number}))
		}
		if len(fs) == 0 {
			fs = append(fs, hit{def: &numberMissing, Params: map[string]any{"number": number}})
		}
		return fs
	}
	// An acceptable number is shown, if only in a wrong form: other
	// numbers beside it are extra; the subject's apps are not.
	for _, o := range others.first {
		fs = append(fs, finding(&numberExtra, o.off, map[string]any{"found": o.text, "number": number}))
	}
	sh := inText
	switch {
	case inText.n > 0:
	case inImage.n > 0:
		sh = inImage
		fs = append(fs, finding(&numberImageOnly, inImage.first.off, map[string]any{"found": inImage.first.text, "number": number}))
	default:
		sh = wrongForm
		for _, o := range malformedTexts.first {
			fs = append(fs, finding(&numberMalformed, o.off, map[string]any{"found": o.text, "number": number, "correct": o.number.String()}))
		}
	}
	if f, bad := links.verdict(sh, &linkMissing, &linkOutdated); bad {
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

// distinct keeps the first occurrence of each distinct key, up to
// maxDistinct of them, in the order met.
type distinct[K comparable] struct {
	seen  map[K]bool
	first []occurrence
}

// newDistinct returns an empty distinct.
func newDistinct[K comparable]() distinct[K] { return distinct[K]{seen: map[K]bool{}} }

// add records o under k unless k was seen or the list is full.
func (d *distinct[K]) add(k K, o occurrence) {
	if len(d.first) == maxDistinct || d.seen[k] {
		return
	}
	d.seen[k] = true
	d.first = append(d.first, o)
}

// shown summarises the occurrences of one kind of a number for the link
// rules: how many there are, the first, whether one lies in a right link,
// and the first that lies in a wrong one.
type shown struct {
	n         int
	first     occurrence
	good      bool
	wrong     occurrence
	wrongLink int // -1 while no occurrence lies in a wrong link
}

// linkJudge judges the links of a page for one rule, each href once of a
// run of links to the same place.
type linkJudge struct {
	p      *parsed
	good   func(*url.URL) bool
	recent [4]struct {
		href    []byte // a piece of the page
		verdict uint8
	}
	nrecent int
}

// The verdicts of linkJudge on a link.
const (
	judgeGood  = 1 + iota // a link the rule accepts
	judgeWrong            // a link elsewhere
	judgeNone             // no link after all (no href)
)

// judge returns a linkJudge of p's links for the rule good.
func (p *parsed) judge(good func(*url.URL) bool) *linkJudge {
	return &linkJudge{p: p, good: good}
}

// of returns the verdict on link l (the byte offset of its start tag).
// Runs of links to the same place are judged once, by the recent hrefs.
func (j *linkJudge) of(l int) uint8 {
	v, ok := tagAttr(j.p.doc[l:], "href")
	if !ok {
		return judgeNone
	}
	for _, r := range j.recent {
		if r.verdict != 0 && bytes.Equal(r.href, v) {
			return r.verdict
		}
	}
	verdict := uint8(judgeWrong)
	href := strings.TrimSpace(string(v))
	if u, err := url.Parse(href); err == nil && (u.Scheme == "" || strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && j.good(u) {
		verdict = judgeGood
	}
	r := &j.recent[j.nrecent%len(j.recent)]
	r.href, r.verdict = v, verdict
	j.nrecent++
	return verdict
}

// note adds o, which lies in link l (or none, for -1), to sh.
func (j *linkJudge) note(sh *shown, o occurrence, l int) {
	if sh.n == 0 {
		sh.first, sh.wrongLink = o, -1
	}
	sh.n++
	if l >= 0 {
		j.link(sh, o, l)
	}
}

// link judges link l, in which o lies, for sh.
func (j *linkJudge) link(sh *shown, o occurrence, l int) {
	if sh.good {
		return
	}
	switch j.of(l) {
	case judgeGood:
		sh.good = true
	case judgeWrong:
		if sh.wrongLink < 0 {
			sh.wrong, sh.wrongLink = o, l
		}
	}
}

// noteText adds o, the text bytes [start, end) of block b, to sh with
// every link it touches.
func (j *linkJudge) noteText(sh *shown, o occurrence, b textBlock, start, end int) {
	j.note(sh, o, -1)
	segs := j.p.segs[b.seg0:b.seg1]
	for k := segIndex(segs, start); k < len(segs) && int(segs[k].at) < end && !sh.good; k++ {
		if l := j.p.segLink(int(b.seg0) + k); l >= 0 {
			j.link(sh, o, l)
		}
	}
}

// segIndex returns the index of the segment in which text byte start lies
// (0 when it lies before the first).
func segIndex(segs []segment, start int) int {
	i, _ := slices.BinarySearchFunc(segs, start, func(s segment, r int) int { return int(s.at) - r })
	if i == len(segs) || int(segs[i].at) > start {
		i--
	}
	return max(i, 0)
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

// verdict is the link finding of a number shown as sh: none when one of
// its occurrences lies in a right link; else the rule outdated for the
// first one in another link, else the rule missing for the first.
func (j *linkJudge) verdict(sh shown, missing, outdated *rule.Def) (hit, bool) {
	switch {
	case sh.good:
		return hit{}, false
	case sh.wrongLink >= 0:
		href, _ := j.p.href(sh.wrongLink)
		href = strings.TrimSpace(href)
		host := ""
		if u, err := url.Parse(href); err == nil {
			host = u.Hostname()
		}
		return finding(outdated, sh.wrong.off, map[string]any{"found": sh.wrong.text, "href": href, "host": host}), true
	}
	return finding(missing, sh.first.off, map[string]any{"found": sh.first.text}), true
}

// offAt returns the byte offset of the element in which byte start of
// block b lies.
func (p *parsed) offAt(b textBlock, start int) int {
	segs := p.segs[b.seg0:b.seg1]
	if len(segs) == 0 {
		return 0
	}
	return segs[segIndex(segs, start)].elemOff()
}

// viewString returns the bytes of a block as a string without copying them.
// The bytes are the page's or the block's own, and are never written while
// Check runs; the strings made from them do not outlive Check: finish
// copies every text a finding quotes.
func viewString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
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
	links := p.judge(func(u *url.URL) bool {
		if !strings.EqualFold(u.Hostname(), mpsHost) || !defaultPort(u) {
			return false
		}
		// A query link naming a code must name this number.
		code := codeParam(u)
		return code == "" || code == want.Serial()
	})
	var sh, wrongForm shown
	malformedTexts := newDistinct[string]()
	for _, b := range p.blocks {
		text := viewString(p.text(b))
		var cur runeCursor
		for m := range filing.FindPSBNumbersBrief(text) {
			start, end := cur.byteOffset(text, m.Start), cur.byteOffset(text, m.End)
			switch {
			case m.Err == nil && want.SameNumber(m.Number):
				links.noteText(&sh, occurrence{text: m.Text, off: p.offAt(b, start)}, b, start, end)
			case m.Err != nil && want.SameNumber(m.Intended):
				o := occurrence{text: m.Text, off: p.offAt(b, start)}
				links.noteText(&wrongForm, o, b, start, end)
				malformedTexts.add(m.Text, o)
			}
		}
	}
	for _, im := range p.images {
		for _, s := range []string{im.alt, im.title} {
			for m := range filing.FindPSBNumbersBrief(s) {
				if m.Err == nil && want.SameNumber(m.Number) {
					links.note(&sh, occurrence{text: m.Text, off: im.off}, im.link)
				}
			}
		}
	}
	var fs []hit
	if sh.n == 0 {
		if wrongForm.n == 0 {
			return []hit{{def: &psbMissing, Params: map[string]any{"number": want.String()}}}
		}
		for _, o := range malformedTexts.first {
			fs = append(fs, finding(&psbMalformed, o.off, map[string]any{"found": o.text, "number": want.String(), "correct": want.String()}))
		}
		sh = wrongForm
	}
	f, bad := links.verdict(sh, &psbLink, &psbLink)
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
	for _, b := range p.blocks {
		if !hasCopyrightMark(p.text(b)) {
			continue
		}
		line := string(p.text(b))
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
// 版权所有 (or 版權所有) or the word Copyright, in any case and width.
func hasCopyrightMark(line []byte) bool {
	plain, candidate, _ := scanMarks(line, false)
	return markIn(line, plain, candidate)
}

// markIn is hasCopyrightMark after scanMarks.
func markIn(line []byte, plain, candidate bool) bool {
	// Most lines hold no © and no character that NFKC turns into a mark
	// (full-width letters and parentheses, enclosed letters such as Ⓒ).
	// They need no folding, just a case-insensitive look for the ASCII
	// marks, and most of them not even that: one pass finds out.
	if plain {
		return candidate && (bytes.Contains(line, []byte("版权所有")) || bytes.Contains(line, []byte("版權所有")) || containsFold(line, "copyright") || containsFold(line, "(c)"))
	}
	s := fold(string(line))
	return strings.Contains(s, "©") || strings.Contains(s, "(c)") || strings.Contains(s, "版权所有") || strings.Contains(s, "版權所有") || strings.Contains(s, "copyright") || strings.Contains(s, "ⓒ")
}

// scanMarks reads line once. plain is false when the line holds a rune that
// folding may turn into a mark: ©, （, a full-width Latin letter, an enclosed
// letter. candidate is true when it holds a place where an unfolded mark
// may start: "c" or "C" followed, past ASCII white space, by "o" or "O"
// (copyright); "(" followed likewise by "c" or "C"; or 版权所有 (版權所有).
// When anchors is set, it stops at the first number anchor (see hasAnchor)
// and reports it.
func scanMarks(line []byte, anchors bool) (plain, candidate, anchor bool) {
	plain = true
	n := len(line)
	for i := 0; i < n; {
		// Skip what cannot start a mark, a whole rune at a time: most of a
		// Chinese page is runes of three bytes, few of which matter. A
		// lead byte skips its rune only when continuation bytes follow
		// (text that is not UTF-8 is read byte by byte).
		c := line[i]
		ms := markStep[c]
		if ms == 1 {
			i++
			continue
		}
		if ms&markLead != 0 && i+1 < n && markSecond[line[i+1]]&ms&^(markLead|7) != 0 {
			ms = 0 // a lead byte followed by a second byte of a rune that matters
		}
		if step := int(ms & 7); step != 0 {
			switch {
			case step == 3 && i+2 < n && line[i+1]&0xC0 == 0x80 && line[i+2]&0xC0 == 0x80:
				// Runs of such runes, most of a Chinese text, are read
				// here.
				for i += 3; i+2 < n; i += 3 {
					ms := markStep[line[i]]
					if ms&7 != 3 || line[i+1]&0xC0 != 0x80 || line[i+2]&0xC0 != 0x80 ||
						ms&markLead != 0 && markSecond[line[i+1]]&ms&^(markLead|7) != 0 {
						break
					}
				}
			case step > 1 && i+step <= n && continuation(line[i+1:i+step]):
				i += step
			default:
				i++
			}
			continue
		}
		if anchors && anchorAt(line, i) {
			return plain, candidate, true
		}
		switch c {
		case 'c', 'C', '(':
			if !candidate {
				next := nextNonSpace(line, i+1) | 0x20
				candidate = c == '(' && next == 'c' || c != '(' && next == 'o'
			}
		case 0xE7: // the first byte of 版
			candidate = candidate || bytes.HasPrefix(line[i:], []byte("版权所有")) || bytes.HasPrefix(line[i:], []byte("版權所有"))
		case 0xC2, 0xE2, 0xEF, 0xF0: // the first bytes of the runes below
			r, _ := utf8.DecodeRune(line[i:])
			if r == '©' || r == '（' || 0xFF21 <= r && r <= 0xFF3A || 0xFF41 <= r && r <= 0xFF5A || 0x2460 <= r && r <= 0x24FF || 0x1F100 <= r && r <= 0x1F1FF {
				plain = false
				if !anchors {
					return false, candidate, false
				}
			}
		}
		i++
	}
	return plain, candidate, false
}

// continuation reports whether every byte of b is a UTF-8 continuation
// byte.
func continuation(b []byte) bool {
	for _, c := range b {
		if c&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// markStep tells scanMarks what to do at a byte. Its low three bits: 0
// look closer (a copyright mark or a number anchor may start there), 1 step
// over the byte, 2 to 4 step over the rune it leads when it is whole. The
// lead bytes of the runes that matter (see markSecond) carry markLead and a
// bit of their own: scanMarks looks closer when the byte after them has that
// bit in markSecond. Never written after compile time.
var markStep = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c < 0x80, c < 0xC2, c > 0xF4:
			t[c] = 1
		case c < 0xE0:
			t[c] = 2
		case c < 0xF0:
			t[c] = 3
		default:
			t[c] = 4
		}
	}
	for _, c := range []byte{'c', 'C', '(', 'B', 'b'} {
		t[c] = 0
	}
	// The lead bytes of the runes that matter, each with its bit (above
	// the three bits of the step, below markLead).
	for _, l := range [...]struct{ c, bit uint8 }{{0xC2, 0x08}, {0xE2, 0x10}, {0xE5, 0x20}, {0xE7, 0x40}, {0xE8, 0x08}, {0xEF, 0x10}, {0xF0, 0x20}} {
		t[l.c] |= markLead | l.bit
	}
	return t
}()

// markLead marks the lead bytes in markStep whose second byte decides.
const markLead = 0x80

// markSecond has, for every second byte of a rune that matters, the bits of
// its lead bytes in markStep: © (C2 A9); the enclosed letters U+2460–U+24FF
// (E2 91–93 …); 备 (E5 A4 87) and 備 (E5 82 99); 版 (E7 89 88); 证 (E8 AF 81)
// and 證 (E8 AD 89); the full-width （ and Latin letters (EF BC …, EF BD …);
// U+1F100–U+1F1FF (F0 9F 84–87 …). Bits are shared between lead bytes whose
// second bytes differ. Never written after compile time.
var markSecond = [256]uint8{
	0xA9: 0x08,                         // C2
	0x91: 0x10, 0x92: 0x10, 0x93: 0x10, // E2
	0xA4: 0x20, 0x82: 0x20, // E5
	0x89: 0x40,             // E7
	0xAF: 0x08, 0xAD: 0x08, // E8
	0xBC: 0x10, 0xBD: 0x10, // EF
	0x9F: 0x20, // F0
}

// nextNonSpace returns the first byte of s from i on that is not ASCII white
// space as containsFold skips it, or 0.
func nextNonSpace(s []byte, i int) byte {
	for ; i < len(s); i++ {
		if c := s[i]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return c
		}
	}
	return 0
}

// containsFold reports whether s contains the lower-case ASCII word w in any
// case, ignoring white space inside s as fold does.
func containsFold(s []byte, w string) bool {
	up := w[0]
	if 'a' <= up && up <= 'z' {
		up -= 'a' - 'A'
	}
	if bytes.IndexByte(s, w[0]) < 0 && bytes.IndexByte(s, up) < 0 {
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
