package naming

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/internal/matcher"
	"github.com/beian-go/beian/internal/textnorm"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// Site is what a website name is checked against: the sponsor, the
// principals, the site's domain, pre-approval and remark.
type Site struct {
	// Nature is the sponsor's nature; personal rules apply to
	// [filing.Personal], and government and military may use state words.
	Nature filing.Nature
	// Province is the sponsor's province: its code, full or short name or
	// abbreviation in the checker's rule set. Empty or unknown: no province
	// rules apply.
	Province string
	// Domain is the site's registrable domain, such as example.com or an
	// IDN in Unicode or Punycode; may be empty.
	Domain string
	// SponsorName and PrincipalNames are the names a personal site's name
	// may not equal.
	SponsorName    string
	PrincipalNames []string
	// HasPreApproval reports that the site carries at least one
	// pre-approval document.
	HasPreApproval bool
	// Remark is the site's own remark (websites[i].remark).
	Remark string
}

// Violation is one breach of a naming rule.
type Violation struct {
	// Rule is the rule ID, one of the Rule constants.
	Rule string
	// Word is the word matched, as on its list (empty for whole-name rules;
	// the offending characters for naming.special_chars; the name matched
	// for naming.personal_person_name and naming.personal_place_name).
	Word string
	// List is the list the word came from, one of the List constants or a
	// host list name.
	List string
	// Province is the province's full name when List is [ListProvince].
	Province string
	// Start and End are rune offsets [Start, End) into the original name
	// (an invalid UTF-8 byte counting as one rune).
	Start, End int
}

// Option configures a [Checker].
type Option func(*config)

type config struct {
	hostLists []hostList
}

type hostList struct {
	name  string
	words []string
}

// WithSensitiveWords adds a host's own sensitive-word list, reported under
// naming.sensitive_word with List set to name. Words are normalised like
// names; words empty after normalisation are ignored.
func WithSensitiveWords(name string, words ...string) Option {
	words = append([]string(nil), words...)
	return func(c *config) { c.hostLists = append(c.hostLists, hostList{name, words}) }
}

// list kinds of a pattern tag.
const (
	kindSensitive uint8 = iota
	kindHost
	kindPersonal
	kindPreApproval
	kindProvince
)

// tag says which list a pattern belongs to.
type tag struct {
	kind  uint8
	index int16 // province index for kindProvince, host list for kindHost
}

// Checker checks website names against one province rule set and the
// built-in and host word lists. It is immutable and safe for concurrent
// use; build it once per rule set with [New].
type Checker struct {
	set        province.Set
	m          *matcher.Matcher
	tags       [][]tag // per pattern
	words      []string
	preExempt  []bool           // pattern is also on the pre-approval list
	provByKey  map[string]int16 // code, names, abbreviations → province index
	provByCode [100]int16       // first two code digits → province index + 1
	provs      []provInfo       // by index
	places     placeTable       // key of a place name → its full name
	hosts      []string         // host list names by index
	state      [][]byte         // keys of the state prefixes
	stateFirst [256]bool        // last bytes of the first runes of the state prefixes
	// scan is the scan of a key through the matcher's full table, with
	// the table (see appendWords).
	scan scan
	// bytes is the full table in bytes, when the symbols and the states
	// fit them (the built-in lists do), for scanSimple; nil otherwise.
	bytes *byteTable
	// relevant holds, per matcher state, the bits of the kinds and
	// provinces of the words ending there (see relevantBit): a scan looks
	// at a state's words only when one of them can apply to the site.
	relevant []uint64
}

type provInfo struct {
	name     string
	template bool
}

// New builds a checker for the rule set: one multi-pattern matcher over the
// built-in lists, every province's personal words and the host lists of
// opts, and the place names of the division table.
func New(set province.Set, opts ...Option) *Checker {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	c := &Checker{set: set, provByKey: map[string]int16{}}
	places := map[string]string{}
	index := map[string]int{}
	add := func(word string, t tag) {
		k := textnorm.Key(word)
		if k == "" {
			return
		}
		i, ok := index[k]
		if !ok {
			i = len(c.words)
			index[k] = i
			c.words = append(c.words, k)
			c.tags = append(c.tags, nil)
		}
		for _, have := range c.tags[i] {
			if have == t {
				return
			}
		}
		c.tags[i] = append(c.tags[i], t)
	}
	for _, w := range sensitiveWords {
		add(w, tag{kind: kindSensitive})
	}
	for _, w := range personalWords {
		add(w, tag{kind: kindPersonal})
	}
	for _, w := range preApprovalWords {
		add(w, tag{kind: kindPreApproval})
	}
	for r := range set.All {
		pi := int16(len(c.provs))
		c.provs = append(c.provs, provInfo{name: r.Name, template: r.NameTemplate})
		if len(r.Code) == 6 && r.Code[2:] == "0000" && r.Code[0]-'0' < 10 && r.Code[1]-'0' < 10 {
			c.provByCode[(r.Code[0]-'0')*10+r.Code[1]-'0'] = pi + 1
		}
		for _, k := range append([]string{r.Code, r.Name, r.Short}, r.Abbrs...) {
			if _, dup := c.provByKey[k]; k != "" && !dup {
				c.provByKey[k] = pi
			}
		}
		for _, w := range r.PersonalWords {
			add(w, tag{kind: kindProvince, index: pi})
		}
		c.addPlaces(places, r.Code, r.Name)
		if r.Short != "" {
			c.addPlace(places, r.Short, r.Name)
		}
	}
	for hi, h := range cfg.hostLists {
		c.hosts = append(c.hosts, h.name)
		for _, w := range h.words {
			add(w, tag{kind: kindHost, index: int16(hi)})
		}
	}
	c.preExempt = make([]bool, len(c.words))
	for i, ts := range c.tags {
		for _, t := range ts {
			if t.kind == kindPreApproval {
				c.preExempt[i] = true
			}
		}
	}
	for _, p := range statePrefixes {
		k := textnorm.Key(p)
		c.state = append(c.state, []byte(k))
		_, n := utf8.DecodeRuneInString(k)
		c.stateFirst[k[n-1]] = true
	}
	c.places = newPlaceTable(places)
	c.m = matcher.New(c.words)
	tb := c.m.Table()
	c.relevant = make([]uint64, c.m.States())
	c.scan = scan{sym: tb.Sym, next: tb.Next, width: tb.Width, relevant: c.relevant}
	for st := range c.relevant {
		for _, p := range c.m.Outputs(matcher.State(st)) {
			for _, t := range c.tags[p] {
				c.relevant[st] |= relevantBit(t)
			}
		}
	}
	c.bytes = newByteTable(tb, c.relevant)
	return c
}

// relevantBit is the bit of a word's tag in Checker.relevant: one bit per
// list kind but the province one, and one per province for province words
// (provinces past the 58th share the last bit).
func relevantBit(t tag) uint64 {
	if t.kind != kindProvince {
		return 1 << t.kind
	}
	return 1 << (int(kindProvince) + min(int(t.index), 63-int(kindProvince)))
}

// relevantMask is the mask of Checker.relevant for a site: sensitive and
// host words always, the personal lists for personal sites, and the
// province's own words.
func relevantMask(personal bool, prov int16) uint64 {
	const always = 1<<kindSensitive | 1<<kindHost
	if !personal {
		return always
	}
	m := uint64(always | 1<<kindPersonal | 1<<kindPreApproval)
	if prov >= 0 {
		m |= relevantBit(tag{kind: kindProvince, index: prov})
	}
	return m
}

// addPlaces adds a division and everything below it to the place names.
func (c *Checker) addPlaces(places map[string]string, code, name string) {
	c.addPlace(places, name, name)
	for _, d := range province.Children(code) {
		c.addPlaces(places, d.Code, d.Name)
	}
}

// addPlace records a place name with and without its suffix.
func (c *Checker) addPlace(places map[string]string, name, full string) {
	for _, n := range []string{name, stripPlaceSuffix(name)} {
		if k := textnorm.Key(n); k != "" {
			if _, ok := places[k]; !ok {
				places[k] = full
			}
		}
	}
}

// placeTable maps the keys of place names to their full names with no
// pointer per entry: the keys, sorted, and the full names are each one
// string with the ends of its parts, so that the garbage collector sees
// a few objects where a map of thousands of names would be thousands. A
// bit filter over the keys' hashes answers most names that are not
// places with one load; the others look their hash up in a table open
// addressed by it.
type placeTable struct {
	keys, full       string
	keyEnds, fullEnd []uint32
	seen             *[1 << 16 / 64]uint64 // bit h>>48 set for the hash h of each key
	slots            []uint32              // place index + 1 at the hash's low bits or after; 0 for none
	lens             [4]uint64             // bit n set when some key is n bytes long (n < 256)
	long             bool                  // some key is 256 bytes long or longer
}

// newPlaceTable builds the table of places.
func newPlaceTable(places map[string]string) placeTable {
	keys := slices.Sorted(maps.Keys(places))
	t := placeTable{seen: new([1 << 16 / 64]uint64)}
	var kb, fb strings.Builder
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	for i, k := range keys {
		kb.WriteString(k)
		fb.WriteString(places[k])
		t.keyEnds = append(t.keyEnds, uint32(kb.Len()))
		t.fullEnd = append(t.fullEnd, uint32(fb.Len()))
		if len(k) < 256 {
			t.lens[len(k)/64] |= 1 << (len(k) % 64)
		} else {
			t.long = true
		}
		h := keyHash([]byte(k))
		b := h >> 48
		t.seen[b/64] |= 1 << (b % 64)
		j := int(h) & (size - 1)
		for t.slots[j] != 0 {
			j = (j + 1) & (size - 1)
		}
		t.slots[j] = uint32(i + 1)
	}
	t.keys, t.full = kb.String(), fb.String()
	return t
}

// keyHash hashes a key eight bytes at a time, the last eight (or four)
// read where they end.
func keyHash(k []byte) uint64 {
	n := len(k)
	h := uint64(n) * 0x9E3779B97F4A7C15
	var last uint64
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ binary.LittleEndian.Uint64(k[i:])) * 0xFF51AFD7ED558CCD
			h ^= h >> 32
		}
		last = binary.LittleEndian.Uint64(k[n-8:])
	case n >= 4:
		last = uint64(binary.LittleEndian.Uint32(k)) | uint64(binary.LittleEndian.Uint32(k[n-4:]))<<32
	case n > 0:
		last = uint64(k[0]) | uint64(k[n/2])<<8 | uint64(k[n-1])<<16
	}
	h = (h ^ last) * 0xC4CEB9FE1A85EC53
	return h ^ h>>29
}

// part returns part i of text with the given ends.
func part(text string, ends []uint32, i int) string {
	start := uint32(0)
	if i > 0 {
		start = ends[i-1]
	}
	return text[start:ends[i]]
}

// lookup returns the full name of the place whose key is key.
func (t *placeTable) lookup(key []byte) (string, bool) {
	if n := len(key); n < 256 && t.lens[n/64]&(1<<(n%64)) == 0 || n >= 256 && !t.long || len(t.slots) == 0 {
		return "", false // no place has a key of that length
	}
	h := keyHash(key)
	if b := h >> 48; t.seen[b/64]&(1<<(b%64)) == 0 {
		return "", false // the filter has no false negatives
	}
	mask := len(t.slots) - 1
	for j := int(h) & mask; t.slots[j] != 0; j = (j + 1) & mask {
		if i := int(t.slots[j]) - 1; part(t.keys, t.keyEnds, i) == string(key) {
			return part(t.full, t.fullEnd, i), true
		}
	}
	return "", false
}

// stripPlaceSuffix drops one suffix of placeSuffixes, leaving at least one
// character.
func stripPlaceSuffix(name string) string {
	for _, s := range placeSuffixes {
		if t, ok := strings.CutSuffix(name, s); ok && t != "" {
			return t
		}
	}
	return name
}

// province returns the index of the province key names, or -1.
func (c *Checker) province(key string) int16 {
	if len(key) == 6 && key[2:] == "0000" && key[0]-'0' < 10 && key[1]-'0' < 10 {
		if i := c.provByCode[(key[0]-'0')*10+key[1]-'0']; i > 0 {
			return i - 1
		}
		return -1
	}
	if i, ok := c.provByKey[key]; ok && key != "" {
		return i
	}
	return -1
}

// Set returns the rule set the checker was built for.
func (c *Checker) Set() province.Set { return c.set }

// defaultChecker is the checker of province.Default(), built once.
var defaultChecker = sync.OnceValue(func() *Checker { return New(province.Default()) })

// Default returns the checker of [province.Default] without host lists,
// built on first use.
func Default() *Checker { return defaultChecker() }

// Check checks name with [Default].
func Check(name string, ctx Site) []Violation { return defaultChecker().Check(name, ctx) }

// Normalize returns the form of s that words are matched in: NFKC, width
// folded and lower-cased, without white space (U+3000 included),
// zero-width and other format characters, punctuation and symbols. It is
// idempotent.
func Normalize(s string) string { return textnorm.Key(s) }

// The website-name rules, each decided by [Checker.Check] below. Every
// rule applies to website names only: app names are not checked with them.
// The IDs are the Rule of a [Violation].
const (
	RuleMinHan               = "naming.min_han"
	RulePureDigitsOrLatin    = "naming.pure_digits_or_latin"
	RuleSpecialChars         = "naming.special_chars"
	RuleStatePrefix          = "naming.state_prefix"
	RuleIsDomain             = "naming.is_domain"
	RuleSensitiveWord        = "naming.sensitive_word"
	RulePersonalForbidden    = "naming.personal_forbidden_word"
	RulePersonalPreApproval  = "naming.personal_needs_pre_approval"
	RulePersonalProvinceWord = "naming.personal_province_word"
	RulePersonalTemplate     = "naming.personal_template"
	RuleTemplateRemark       = "naming.personal_template_remark"
	RulePersonalPersonName   = "naming.personal_person_name"
	RulePersonalPlaceName    = "naming.personal_place_name"
	RulePersonalIndustry     = "naming.personal_industry"
)

// Rules returns the definitions of the website-name rules, sorted by ID: their
// severities, sources and texts. A Violation's Params-free details (word,
// list, province, offsets) fill the texts' {word} and {list}. The slice is
// fresh on every call.
func Rules() []rule.Def {
	both := rule.Guide2020("§3.1 附录一, 附录二")
	personal := rule.Guide2020("§3.1 附录二")
	d := func(id string, sev rule.Severity, src rule.Source, zh, en string) rule.Def {
		return rule.Def{ID: id, Severity: sev, Source: src, Text: rule.Text{ZH: zh, EN: en}}
	}
	return []rule.Def{
		d(RuleIsDomain, rule.Error, both, "网站名称不能为域名", "The website name cannot be the domain."),
		d(RuleMinHan, rule.Error, both, "网站名称至少需要3个汉字", "The website name needs at least 3 Han characters."),
		d(RulePersonalIndustry, rule.Advice, personal, "个人网站名称不能涉及行业、企业、产品信息或成语，并应体现网站内容，以审核人员判断为准",
			"A personal website name may not carry industry, company or product information or idioms, and should reflect the content; a reviewer decides."),
		d(RulePersonalPreApproval, rule.Error, personal, "个人网站名称包含“{word}”需提供前置审批文件", "A personal website name with “{word}” needs a pre-approval document."),
		d(RulePersonalForbidden, rule.Error, personal, "个人网站名称不能包含“{word}”", "A personal website name cannot contain “{word}”."),
		d(RulePersonalPersonName, rule.Warning, personal, "个人网站名称不能为个人姓名", "A personal website name should not be a person's name."),
		d(RulePersonalPlaceName, rule.Warning, personal, "个人网站名称不能为地名", "A personal website name should not be a place name."),
		d(RulePersonalProvinceWord, rule.Error, personal, "个人网站名称不能包含{list}管局禁止的词语“{word}”", "A personal website name cannot contain “{word}”, forbidden by the bureau of {list}."),
		d(RulePersonalTemplate, rule.Error, personal, "个人网站名称须为“某某的个人博客”或“某某的个人主页”", "A personal website name must read “<name>的个人博客” or “<name>的个人主页”."),
		d(RuleTemplateRemark, rule.Error, personal, "请在网站备注中说明网站开通后的主要内容", "Describe the site's main content in its remark."),
		d(RulePureDigitsOrLatin, rule.Error, both, "网站名称不能为纯数字或纯字母", "The website name cannot be made of digits or Latin letters only."),
		d(RuleSensitiveWord, rule.Error, both, "网站名称不能包含敏感词“{word}”", "The website name cannot contain the sensitive word “{word}”."),
		d(RuleSpecialChars, rule.Error, both, "网站名称不能包含特殊符号“{word}”", "The website name cannot contain the special symbol “{word}”."),
		d(RuleStatePrefix, rule.Error, both, "网站名称不能以“{word}”开头", "The website name cannot start with “{word}”."),
	}
}

// Check returns the violations of name in a fixed order: whole-name rules
// (min_han, pure_digits_or_latin, special_chars, state_prefix, is_domain,
// personal_template and personal_template_remark), then word matches in
// order of their end in the name, then personal_person_name,
// personal_place_name and the advice personal_industry, which every
// personal name gets once because a machine cannot decide it. It never
// panics and returns nil for a name without violations.
func (c *Checker) Check(name string, ctx Site) []Violation {
	return c.check(name, &ctx, false)
}

// AppendCheck appends the violations of name, in [Checker.Check]'s order,
// to dst and returns the extended slice: Check for a caller that reuses
// one buffer over many names. It allocates only when dst lacks room.
func (c *Checker) AppendCheck(dst []Violation, name string, ctx *Site) []Violation {
	return c.appendViolations(dst, name, ctx, false)
}

// check is Check; slow makes it normalise with the general path only (the
// reference the fast path is tested against). The violations are gathered
// on the stack and copied into one slice of the exact size.
func (c *Checker) check(name string, ctx *Site, slow bool) []Violation {
	var buf [4]Violation
	vs := c.appendViolations(buf[:0], name, ctx, slow)
	if len(vs) == 0 {
		return nil
	}
	out := make([]Violation, len(vs))
	copy(out, vs)
	return out
}

// appendViolations appends the violations of name to out in Check's order.
func (c *Checker) appendViolations(out []Violation, name string, ctx *Site, slow bool) []Violation {
	// The buffers of the spans are declared where they are made, so that
	// a simple name without matches does not clear one.
	var keyBuf [128]byte
	var key []byte
	var spans []textnorm.Span
	var info textnorm.Info
	personal := ctx.Nature == filing.Personal
	prov := c.province(ctx.Province)
	want := relevantMask(personal, prov)
	// A name of ASCII and CJK Unified Ideographs only is keyed and scanned
	// in one pass, its spans made only if a match needs them; any other
	// name takes the two passes (normalisation, then the scan).
	var hitBuf [8]hit
	var hits []hit
	scanned, keyRunes := false, 0
	if !slow {
		var nk, nh int
		if nk, keyRunes, nh, info, scanned = c.scanSimple(keyBuf[:], name, want, &hitBuf); scanned {
			key, hits = keyBuf[:nk], hitBuf[:nh]
		}
	}
	if !scanned {
		var spanBuf [32]textnorm.Span
		if slow {
			key, spans, info = textnorm.AppendKeySlow(keyBuf[:0], spanBuf[:0], name)
		} else {
			key, spans, info = textnorm.AppendKeyInfo(keyBuf[:0], spanBuf[:0], name)
		}
		keyRunes = len(spans)
	}
	n := info.Runes

	template := personal && prov >= 0 && c.provs[prov].template
	// The template tail (rune index in the key), whose words are exempt.
	tail, templated := keyRunes+1, false
	if template {
		tail, templated = templateTail(key)
	}
	han, latin := hanLatin(key, info.CJK, info.Other)

	if han < MinHan {
		out = append(out, wholeName(RuleMinHan, n))
	}
	if latin && len(key) > 0 {
		out = append(out, wholeName(RulePureDigitsOrLatin, n))
	}
	if !info.Simple || keyRunes < n {
		out = appendSpecial(out, name)
	}
	if k := firstRuneLen(key); !ctx.Nature.IsState() && k > 0 && c.stateFirst[key[k-1]] {
		if spans == nil && keyRunes < n && c.statePrefixed(key) {
			var spanBuf [32]textnorm.Span
			spans = simpleSpans(spanBuf[:0], name)
		}
		for pi, p := range c.state {
			if bytes.HasPrefix(key, p) {
				start, end := keySpan(spans, 0, utf8.RuneCount(p))
				out = append(out, Violation{Rule: RuleStatePrefix, Word: statePrefixes[pi], List: ListStatePrefix, Start: start, End: end})
			}
		}
	}
	if ctx.Domain != "" && isDomain(key, ctx.Domain) {
		out = append(out, Violation{Rule: RuleIsDomain, Word: ctx.Domain, List: ListGeneral, End: n})
	}
	if template {
		if !templated {
			out = append(out, wholeName(RulePersonalTemplate, n))
		}
		if strings.TrimSpace(ctx.Remark) == "" {
			out = append(out, wholeName(RuleTemplateRemark, n))
		}
	}
	if scanned {
		if len(hits) > 0 && spans == nil && keyRunes < n {
			var spanBuf [32]textnorm.Span
			spans = simpleSpans(spanBuf[:0], name)
		}
		for _, h := range hits {
			out = c.appendMatches(out, h.s, int(h.i), spans, ctx, prov, personal, tail)
		}
	} else {
		out = c.appendWords(out, key, spans, ctx, prov, personal, tail)
	}
	if !personal {
		return out
	}
	if len(key) > 0 {
		who := ""
		if ctx.SponsorName != "" && sameKey(key, ctx.SponsorName) {
			who = ctx.SponsorName
		}
		for _, p := range ctx.PrincipalNames {
			if who == "" && p != "" && sameKey(key, p) {
				who = p
			}
		}
		if who != "" {
			out = append(out, Violation{Rule: RulePersonalPersonName, Word: who, List: ListPerson, End: n})
		}
	}
	if place, ok := c.places.lookup(key); ok {
		out = append(out, Violation{Rule: RulePersonalPlaceName, Word: place, List: ListPlace, End: n})
	}
	return append(out, wholeName(RulePersonalIndustry, n))
}

// statePrefixed reports whether key starts with a state prefix.
func (c *Checker) statePrefixed(key []byte) bool {
	for _, p := range c.state {
		if bytes.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// appendWords scans key with the matcher and reports the word matches that
// apply in ctx.
func (c *Checker) appendWords(out []Violation, key []byte, spans []textnorm.Span, ctx *Site, prov int16, personal bool, tail int) []Violation {
	sc := c.scan
	sc.want = relevantMask(personal, prov)
	var hits [8]hit
	for {
		nh := sc.run(key, hits[:])
		for _, h := range hits[:nh] {
			out = c.appendMatches(out, h.s, int(h.i), spans, ctx, prov, personal, tail)
		}
		if sc.j >= len(key) {
			return out
		}
		if nh == len(hits) {
			continue
		}
		// A rune beyond the table (or not three bytes long): one general
		// step.
		r, size := utf8.DecodeRune(key[sc.j:])
		sc.j += size
		sc.i++
		sc.s = c.m.Step(sc.s, r)
		if c.relevant[sc.s]&sc.want != 0 {
			out = c.appendMatches(out, sc.s, int(sc.i), spans, ctx, prov, personal, tail)
		}
	}
}

// scanSimple reads a name made of ASCII and CJK Unified Ideographs only
// (with the byte table, also the runes of otherRune): it steps the
// matcher's full table through the name's key, recording the relevant
// states in hits, and writes the key into kb (as textnorm.AppendKeyInfo
// would; with the byte table, a copy of a name of ideographs only, a
// second short pass for any other name). It returns
// the key's length in bytes and runes, the hits and the text's
// description. It reports false for any other name, a key longer than kb,
// a rune beyond the table or more hits than hits holds: the general path
// then takes the name from the start.
func (c *Checker) scanSimple(kb []byte, name string, want uint64, hits *[8]hit) (nk, keyRunes, nh int, info textnorm.Info, ok bool) {
	if c.bytes == nil {
		return scanSimpleIn(c.scan.sym, c.scan.next, c.scan.width, c.relevant, kb, name, want, hits[:])
	}
	if len(name) > 4*len(kb) {
		// A key that fits kb leaves most of such a name out: the
		// general path takes it, and the scan does not read it whole
		// for nothing.
		return 0, 0, 0, info, false
	}
	plain := false
	if keyRunes, nh, plain, ok = c.bytes.scan(name, want, hits); !ok {
		return 0, 0, 0, info, false
	}
	if plain {
		// Ideographs only: the name is its key.
		if len(name) > len(kb) {
			return 0, 0, 0, info, false
		}
		nk = copy(kb, name)
		return nk, keyRunes, nh, textnorm.Info{Runes: keyRunes, Simple: true, CJK: keyRunes}, true
	}
	if nk, info, ok = simpleKey(kb, name); !ok {
		return 0, 0, 0, info, false
	}
	return nk, keyRunes, nh, info, true
}

// simpleKey writes the key of a name made of ASCII, CJK Unified
// Ideographs and the runes of otherRune into kb: letters lower-cased,
// digits and ideographs as they are, full-width forms as their ASCII
// runes, the rest dropped; and describes the name as
// textnorm.AppendKeyInfo does. It reports false when the key is longer
// than kb.
func simpleKey(kb []byte, name string) (nk int, info textnorm.Info, ok bool) {
	info.Simple = true
	for i := 0; i < len(name); info.Runes++ {
		c0 := name[i]
		if c0 >= utf8.RuneSelf {
			if i+2 < len(name) && isCJK(c0, name[i+1], name[i+2]) {
				if nk+3 > len(kb) {
					return 0, info, false
				}
				kb[nk], kb[nk+1], kb[nk+2] = c0, name[i+1], name[i+2]
				nk, i = nk+3, i+3
				info.CJK++
				continue
			}
			a, n := otherRune(name[i:])
			if n == 0 {
				return 0, info, false
			}
			i += n
			info.Simple = false
			if a == 0 {
				continue // dropped
			}
			c0 = a
		} else {
			i++
			if l := c0 | 0x20; l >= 'a' && l <= 'z' {
				c0 = l
			} else if c0 < '0' || c0 > '9' {
				continue // dropped
			}
		}
		if nk >= len(kb) {
			return 0, info, false
		}
		kb[nk] = c0
		nk++
	}
	return nk, info, true
}

// otherRune reads the rune at the start of s when it is one of the runes
// beyond ASCII and the CJK Unified Ideographs that website names commonly
// hold and whose key does not depend on the runes around them: the
// full-width forms of ASCII (keyed as their ASCII rune, or dropped), and
// the punctuation, spaces and format characters of inertDropped (dropped).
// It returns the key's ASCII byte (0 when dropped) and the rune's length;
// n is 0 for any other rune.
func otherRune(s string) (a byte, n int) {
	if len(s) < 2 {
		return 0, 0
	}
	if s[0] == 0xC2 && s[1] == 0xB7 {
		return 0, 2 // U+00B7 MIDDLE DOT
	}
	if len(s) < 3 || s[0]&0xF0 != 0xE0 || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
		return 0, 0
	}
	r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	if r >= 0xFF01 && r <= 0xFF5E {
		// A full-width form of ASCII: NFKC gives the ASCII rune.
		c := byte(r - 0xFF01 + '!')
		if l := c | 0x20; l >= 'a' && l <= 'z' {
			return l, 3
		}
		if c >= '0' && c <= '9' {
			return c, 3
		}
		return 0, 3
	}
	if inertDropped(r) {
		return 0, 3
	}
	return 0, 0
}

// inertDropped reports whether r, of three bytes in UTF-8, is punctuation,
// a space or a format character that the key drops and that NFKC leaves
// alone whatever surrounds it (a test holds each to that): the hyphen,
// dashes and quotation marks of General Punctuation, U+200B, U+2060 and
// U+FEFF, and the ideographic space, comma, full stop and brackets of CJK
// Symbols and Punctuation and U+30FB.
func inertDropped(r rune) bool {
	switch {
	case r == 0x2010, r >= 0x2012 && r <= 0x2015, r >= 0x2018 && r <= 0x201F:
		return true
	case r == 0x200B, r == 0x2060, r == 0xFEFF:
		return true
	case r >= 0x3000 && r <= 0x3002, r >= 0x3008 && r <= 0x3011, r >= 0x3014 && r <= 0x3017, r == 0x30FB:
		return true
	}
	return false
}

// byteTable is a matcher's full table in bytes for the runes of simple
// names, laid out for a scan whose every step waits for the last: the
// symbols of ASCII and of the CJK Unified Ideographs in one array without
// the runes between, and the transitions by symbol, then state, so that a
// step is one load at the symbol's row and the state's column (no
// multiplication on the chain of steps), and the rows of the symbols a
// name uses, that of the runes no word holds first, stay in the
// first-level cache. Arrays of fixed sizes need no registers for their
// lengths (nor, indexed by a state read from a byte, bounds checks), and
// hold no pointer for the garbage collector to follow.
type byteTable struct {
	// next holds the state after symbol y in state s at y<<8|s.
	next [256 * 256]uint8
	// relevant is Checker.relevant by state.
	relevant [256]uint64
	// sym is the symbol of rune r at r for ASCII and at r-cjkShift for
	// U+4E00–U+9FFF; noSymbol for a rune the matcher's table leaves to
	// the general step.
	sym [utf8.RuneSelf + 0xA000 - 0x4E00]uint8
}

// cjkShift is what a CJK Unified Ideograph's rune less is its index in
// byteTable.sym.
const cjkShift = 0x4E00 - utf8.RuneSelf

// noSymbol marks a rune of byteTable.sym beyond the matcher's table.
const noSymbol = 0xFF

// newByteTable returns the table of tb in bytes, with the relevance of
// each state, or nil when its symbols (noSymbol reserved) or states do not
// fit them.
func newByteTable(tb matcher.Table, relevant []uint64) *byteTable {
	if len(tb.Sym) == 0 || tb.Width > noSymbol || len(tb.Next)/tb.Width > 256 {
		return nil
	}
	t := new(byteTable)
	symOf := func(r int) uint8 {
		if r < len(tb.Sym) {
			return uint8(tb.Sym[r])
		}
		return noSymbol
	}
	for r := range utf8.RuneSelf {
		t.sym[r] = symOf(r)
	}
	for r := 0x4E00; r <= 0x9FFF; r++ {
		t.sym[r-cjkShift] = symOf(r)
	}
	for s := range len(tb.Next) / tb.Width {
		for y := range tb.Width {
			t.next[y<<8|s] = uint8(tb.Next[s*tb.Width+y])
		}
	}
	copy(t.relevant[:], relevant)
	return t
}

// scan steps the table through a name made of ASCII, CJK Unified
// Ideographs and the runes of otherRune, and records the states relevant
// to want in hits, each after the number of key runes read. It returns the
// key's length in runes, the hits, and whether the name is made of
// ideographs only (and so is its own key); it reports false for any other
// name, a rune beyond the table or more hits than hits holds. The loop
// keeps few values live, so that the state stays in a register; the rare
// runes of otherRune are read by a call.
func (t *byteTable) scan(name string, want uint64, hits *[8]hit) (keyRunes, nh int, plain, ok bool) {
	s := 0 // a state: a byte, held in an int so that no step narrows it
	plain = true
	for i := 0; i < len(name); {
		c0 := name[i]
		var x int
		if c0 < utf8.RuneSelf {
			i++
			plain = false
			if l := c0 | 0x20; l >= 'a' && l <= 'z' {
				x = int(l)
			} else if c0 >= '0' && c0 <= '9' {
				x = int(c0)
			} else {
				continue // dropped
			}
		} else if i+2 < len(name) && isCJK(c0, name[i+1], name[i+2]) {
			x = int(c0&0x0F)<<12 | int(name[i+1]&0x3F)<<6 | int(name[i+2]&0x3F) - cjkShift
			i += 3
		} else {
			a, n := otherRune(name[i:])
			if n == 0 {
				return 0, 0, false, false
			}
			i += n
			plain = false
			if a == 0 {
				continue // dropped
			}
			x = int(a)
		}
		y := t.sym[x]
		if y == noSymbol {
			return 0, 0, false, false
		}
		s = int(t.next[int(y)<<8+s])
		keyRunes++
		if t.relevant[s]&want != 0 {
			if nh == len(hits) {
				return 0, 0, false, false
			}
			hits[nh] = hit{int32(keyRunes), matcher.State(s)}
			nh++
		}
	}
	return keyRunes, nh, plain, true
}

// scanSimpleIn is scanSimple over the matcher's own table (symbols and
// states wider than bytes).
func scanSimpleIn(sym []uint16, next []matcher.State, width int, relevant []uint64, kb []byte, name string, want uint64, hits []hit) (nk, keyRunes, nh int, info textnorm.Info, ok bool) {
	// The loop keeps few values live: an ideograph is three bytes of the
	// name and of the key, an ASCII rune one, so the rune counts follow
	// from the byte counts and the ideographs.
	var s matcher.State
	cjk := 0
	for i := 0; i < len(name); {
		c0 := name[i]
		var r rune
		if c0 < utf8.RuneSelf {
			i++
			if l := c0 | 0x20; l >= 'a' && l <= 'z' {
				c0 = l
			} else if c0 < '0' || c0 > '9' {
				continue // dropped
			}
			if nk >= len(kb) {
				return 0, 0, 0, info, false
			}
			kb[nk] = c0
			nk++
			r = rune(c0)
		} else {
			if i+2 >= len(name) || nk+3 > len(kb) {
				return 0, 0, 0, info, false
			}
			c1, c2 := name[i+1], name[i+2]
			if !isCJK(c0, c1, c2) {
				return 0, 0, 0, info, false
			}
			k := kb[nk : nk+3 : nk+3]
			k[0], k[1], k[2] = c0, c1, c2
			nk += 3
			r = rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			i += 3
			cjk++
		}
		if uint32(r) >= uint32(len(sym)) {
			return 0, 0, 0, info, false
		}
		s = next[int(s)*width+int(sym[r])]
		if relevant[s]&want != 0 {
			if nh == len(hits) {
				return 0, 0, 0, info, false
			}
			hits[nh] = hit{int32(nk - 2*cjk), matcher.State(s)}
			nh++
		}
	}
	return nk, nk - 2*cjk, nh, textnorm.Info{Runes: len(name) - 2*cjk, Simple: true, CJK: cjk}, true
}

// simpleSpans appends the spans of the key runes of a name made of ASCII,
// CJK Unified Ideographs and the runes of otherRune: one per letter,
// digit, ideograph or full-width letter or digit.
func simpleSpans(spans []textnorm.Span, name string) []textnorm.Span {
	var pos int32
	for i := 0; i < len(name); pos++ {
		c0 := name[i]
		keep := false
		switch {
		case c0 < utf8.RuneSelf:
			l := c0 | 0x20
			keep = l >= 'a' && l <= 'z' || c0 >= '0' && c0 <= '9'
			i++
		case i+2 < len(name) && isCJK(c0, name[i+1], name[i+2]):
			keep = true
			i += 3
		default:
			a, n := otherRune(name[i:])
			keep = a != 0
			i += max(n, 1)
		}
		if keep {
			spans = append(spans, textnorm.Span{Start: pos, End: pos + 1})
		}
	}
	return spans
}

// keySpan returns the rune offsets in the name of key runes [i, j): from
// spans, or i and j themselves when spans is nil (a name whose every rune
// is a key rune, in the one-pass scan, has no spans made).
func keySpan(spans []textnorm.Span, i, j int) (start, end int) {
	if spans == nil {
		return i, j
	}
	return int(spans[i].Start), int(spans[j-1].End)
}

// hit is a relevant state met by a scan, after key rune i-1.
type hit struct {
	i int32
	s matcher.State
}

// scan is a scan of a key through the matcher's full table.
type scan struct {
	sym      []uint16
	next     []matcher.State
	width    int
	relevant []uint64
	want     uint64
	j        int           // byte offset in the key
	i        int32         // runes read
	s        matcher.State // state after them
}

// run steps through key from sc.j for as long as runes are ASCII or three
// bytes long and in the table and hits has room, recording the relevant
// states in hits; it returns how many. The loop makes no call.
func (sc *scan) run(key []byte, hits []hit) int {
	j, i, s, nh := sc.j, sc.i, sc.s, 0
	sym, next, width, relevant, want := sc.sym, sc.next, sc.width, sc.relevant, sc.want
	for j < len(key) && nh < len(hits) {
		r, n := rune(key[j]), 1
		if r >= utf8.RuneSelf {
			if r < 0xE0 || r >= 0xF0 || j+2 >= len(key) {
				break
			}
			r, n = (r&0x0F)<<12|rune(key[j+1]&0x3F)<<6|rune(key[j+2]&0x3F), 3
		}
		if uint32(r) >= uint32(len(sym)) {
			break
		}
		s = next[int(s)*width+int(sym[r])]
		j += n
		i++
		if relevant[s]&want != 0 {
			hits[nh] = hit{i, s}
			nh++
		}
	}
	sc.j, sc.i, sc.s = j, i, s
	return nh
}

// hanLatin counts the Han characters of key and tells whether it is made
// of digits and Latin letters only, from the counts of textnorm.Info
// (cjk and other key runes) when the key holds only ASCII (letters and
// digits) and CJK Unified Ideographs.
func hanLatin(key []byte, cjk, other int) (han int, latin bool) {
	if other == 0 {
		return cjk, cjk == 0
	}
	return hanLatinKey(key)
}

// hanLatinKey is hanLatin from the key's runes (out of hanLatin, so that
// hanLatin is inlined).
func hanLatinKey(key []byte) (han int, latin bool) {
	latin = true
	for _, r := range string(key) {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			han, latin = han+1, false
		case r < utf8.RuneSelf:
		default:
			if latin && !unicode.IsDigit(r) && !unicode.Is(unicode.Latin, r) {
				latin = false
			}
			if unicode.Is(unicode.Han, r) {
				han++
			}
		}
	}
	return han, latin
}

// appendMatches reports the words ending at key rune i-1 in state s that
// apply in ctx.
func (c *Checker) appendMatches(out []Violation, s matcher.State, i int, spans []textnorm.Span, ctx *Site, prov int16, personal bool, tail int) []Violation {
	for _, p := range c.m.Outputs(s) {
		start := i - c.m.RuneLen(int(p))
		exempt := start >= tail
		v := Violation{Word: c.words[p]}
		v.Start, v.End = keySpan(spans, start, i)
		for _, t := range c.tags[p] {
			switch t.kind {
			case kindSensitive:
				v.Rule, v.List = RuleSensitiveWord, ListSensitive
			case kindHost:
				v.Rule, v.List = RuleSensitiveWord, c.hosts[t.index]
			case kindPersonal:
				if !personal || exempt || c.preExempt[p] {
					continue
				}
				v.Rule, v.List = RulePersonalForbidden, ListPersonal
			case kindPreApproval:
				if !personal || exempt || ctx.HasPreApproval {
					continue
				}
				v.Rule, v.List = RulePersonalPreApproval, ListPreApproval
			case kindProvince:
				if !personal || exempt || t.index != prov {
					continue
				}
				v.Rule, v.List, v.Province = RulePersonalProvinceWord, ListProvince, c.provs[prov].name
			}
			out = append(out, v)
			v.Province = ""
		}
	}
	return out
}

// appendSpecial reports every run of special characters of name.
func appendSpecial(out []Violation, name string) []Violation {
	runStart, runByte := -1, 0
	i := 0
	for b := 0; b < len(name); i++ {
		c0, special, size := name[b], false, 1
		switch {
		case c0 < utf8.RuneSelf:
			l := c0 | 0x20
			special = !(c0 >= '0' && c0 <= '9' || l >= 'a' && l <= 'z')
		case b+2 < len(name) && isCJK(c0, name[b+1], name[b+2]):
			// CJK Unified Ideographs, the common case, are never special.
			size = 3
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(name[b:])
			if r < 1<<16 {
				special = specialBMP()[r/64]&(1<<(r%64)) != 0
			} else {
				special = isSpecialAsWritten(r)
			}
		}
		if special {
			if runStart < 0 {
				runStart, runByte = i, b
			}
		} else if runStart >= 0 {
			out = append(out, Violation{Rule: RuleSpecialChars, Word: name[runByte:b], List: ListGeneral, Start: runStart, End: i})
			runStart = -1
		}
		b += size
	}
	if runStart >= 0 {
		out = append(out, Violation{Rule: RuleSpecialChars, Word: name[runByte:], List: ListGeneral, Start: runStart, End: i})
	}
	return out
}

// wholeName is a violation of a whole-name rule on a name of n runes.
func wholeName(rule string, n int) Violation {
	return Violation{Rule: rule, List: ListGeneral, End: n}
}

// firstRuneLen returns the length in bytes of the first rune of the key
// (valid UTF-8), 0 for an empty key.
func firstRuneLen(key []byte) int {
	if len(key) >= 3 && key[0] >= 0xE0 && key[0] < 0xF0 {
		return 3
	}
	return runeLen(key)
}

// runeLen returns the length in bytes of the first rune of b, 0 for an
// empty b (out of firstRuneLen, so that firstRuneLen is inlined).
func runeLen(b []byte) int {
	_, n := utf8.DecodeRune(b)
	return n
}

// isSpecialAsWritten reports whether r counts for naming.special_chars: a
// special character that NFKC does not turn into plain ones.
func isSpecialAsWritten(r rune) bool { return textnorm.IsSpecial(r) && !plainAfterNFKC(r) }

// specialBMP holds isSpecialAsWritten for every rune of the Basic
// Multilingual Plane, one bit each; it is built once, on the first name
// with a rune beyond ASCII and the CJK Unified Ideographs, and never
// written after.
var specialBMP = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	t := new([1 << 16 / 64]uint64)
	for r := rune(0); r < 1<<16; r++ {
		if isSpecialAsWritten(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return t
})

// isCJK reports whether the three bytes c0 c1 c2 encode a CJK Unified
// Ideograph U+4E00–U+9FFF (see textnorm.DecodeCJK).
func isCJK(c0, c1, c2 byte) bool {
	return (c1&c2)&0x80 != 0 && (c1|c2)&0x40 == 0 && (c0-0xE5 <= 4 || c0 == 0xE4 && c1 >= 0xB8)
}

// plainAfterNFKC reports whether r, special as written, normalises under
// NFKC to letters, digits or Han characters only: a Kangxi radical (⾚) is
// the Han character 赤 once normalised, and names are checked after
// normalisation.
func plainAfterNFKC(r rune) bool {
	if r >= 0xFF01 && r <= 0xFF5E {
		// A full-width form of ASCII: NFKC gives the ASCII rune.
		return !textnorm.IsSpecial(r - 0xFF01 + '!')
	}
	var buf [utf8.UTFMax]byte
	b := utf8.AppendRune(buf[:0], r)
	if norm.NFKC.IsNormal(b) {
		return false
	}
	n := norm.NFKC.String(string(b))
	if n == "" {
		return false
	}
	for _, c := range n {
		if textnorm.IsSpecial(c) {
			return false
		}
	}
	return true
}

// templateTail reports whether key is <X>的个人博客 or <X>的个人主页 with X
// one or more Han characters, and the rune index where the tail 的个人…
// starts (past the end of the key when it is not).
func templateTail(key []byte) (int, bool) {
	for _, suf := range templateSuffixes {
		x, ok := strings.CutSuffix(string(key), suf)
		if !ok || x == "" {
			continue
		}
		n := 0
		for _, r := range x {
			if !unicode.Is(unicode.Han, r) {
				return len(key) + 1, false
			}
			n++
		}
		return n, true
	}
	return len(key) + 1, false
}

// sameKey reports whether the key of s equals key: textnorm.EqualKey,
// with its loop over ASCII and CJK Unified Ideographs (each its own key
// or dropped) written here without calls, and the same answer. At the
// first other rune the whole comparison is EqualKey's.
func sameKey(key []byte, s string) bool {
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if l := c | 0x20; l >= 'a' && l <= 'z' {
				c = l
			} else if c < '0' || c > '9' {
				continue // dropped
			}
			if j >= len(key) || key[j] != c {
				// Unless a mark further on composes with a letter (e and
				// U+0301 make é).
				return textnorm.MayCompose(s[i:]) && textnorm.EqualKey(key, s)
			}
			j++
			continue
		}
		if i+2 >= len(s) || !isCJK(c, s[i+1], s[i+2]) {
			return textnorm.EqualKey(key, s)
		}
		if len(key)-j < 3 || key[j] != c || key[j+1] != s[i+1] || key[j+2] != s[i+2] {
			return false
		}
		i, j = i+3, j+3
	}
	return j == len(key)
}

// isDomain reports whether the name's key equals the key of the domain or
// of its first label (the label before the public suffix of a registrable
// domain). Punycode labels are decoded first.
func isDomain(key []byte, domain string) bool {
	if len(key) > 0 && key[0] >= utf8.RuneSelf {
		// Both keys compared below start with the key of the domain's
		// first character: an ASCII letter or digit that does not start
		// a punycode label (xn--, any case) cannot start a key that does
		// not.
		if c := domain[0] | 0x20; (c >= 'a' && c <= 'z' || domain[0] >= '0' && domain[0] <= '9') && !punycodeFirst(domain) {
			return false
		}
		if plainASCII(domain) {
			return false // an ASCII domain without punycode has an ASCII key
		}
	} else if !isASCII(string(key)) && plainASCII(domain) {
		return false // the same: an ASCII key cannot have a rune beyond ASCII
	}
	d := strings.TrimSuffix(strings.TrimSpace(domain), ".")
	if hasPunycode(d) {
		// ToUnicode leaves upper-case punycode (XN--…) as it is.
		if u, err := idna.ToUnicode(strings.ToLower(d)); err == nil {
			d = u
		}
	}
	label, _, _ := strings.Cut(d, ".")
	if !isASCII(label) {
		// Also cut at a full-width or ideographic dot.
		for _, sep := range []string{"。", "．", "｡"} {
			if l, _, ok := strings.Cut(label, sep); ok {
				label = l
			}
		}
	}
	return sameKey(key, d) || sameKey(key, label)
}

// punycodeFirst reports whether d starts with xn-- (any case).
func punycodeFirst(d string) bool {
	return len(d) >= 4 && d[0]|0x20 == 'x' && d[1]|0x20 == 'n' && d[2] == '-' && d[3] == '-'
}

// hasPunycode reports whether some label of d starts with xn-- (any case).
func hasPunycode(d string) bool {
	for i := 0; i+4 <= len(d); i++ {
		if (i == 0 || d[i-1] == '.') && (d[i]|0x20) == 'x' && (d[i+1]|0x20) == 'n' && d[i+2] == '-' && d[i+3] == '-' {
			return true
		}
	}
	return false
}

// isASCII reports whether s is ASCII only.
// plainASCII reports, in one pass, whether s is ASCII without a punycode
// label (a label starting xn--, any case).
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if (c|0x20) == 'x' && (i == 0 || s[i-1] == '.') && i+4 <= len(s) && (s[i+1]|0x20) == 'n' && s[i+2] == '-' && s[i+3] == '-' {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
