package footer

import (
	"bytes"
	"encoding/binary"
	"io"
	"mime"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// decode turns the page into UTF-8 following its byte-order mark or declared
// charset. A non-empty reason says why the page cannot be read.
func decode(page []byte) (doc []byte, reason string) {
	switch {
	case len(page) > MaxPageSize:
		return nil, "larger than 10 MiB"
	case bytes.HasPrefix(page, []byte("\xef\xbb\xbf")):
		page = page[3:]
	case bytes.HasPrefix(page, []byte("\xff\xfe")), bytes.HasPrefix(page, []byte("\xfe\xff")):
		d, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(page)
		if err != nil {
			return nil, "not valid UTF-16"
		}
		page = d
	default:
		label := declaredCharset(page)
		if e, name := charset.Lookup(label); e != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
			d, err := e.NewDecoder().Bytes(page)
			if err != nil {
				return nil, "cannot be decoded as the declared charset " + name
			}
			page = d
		}
	}
	valid, nul, controls := checkText(page)
	switch {
	case !valid:
		return nil, "not UTF-8 text after the declared charset"
	case nul:
		return nil, "binary data (NUL bytes)"
	case controls > 8 && controls > len(page)/100:
		return nil, "binary data (control characters)"
	}
	return page, ""
}

// threeByteLead are the lead bytes of three-byte runes whose second byte
// may be any continuation byte: E1 to EF but ED. Never written after
// compile time.
var threeByteLead = [256]bool{0xE1: true, 0xE2: true, 0xE3: true, 0xE4: true, 0xE5: true, 0xE6: true, 0xE7: true,
	0xE8: true, 0xE9: true, 0xEA: true, 0xEB: true, 0xEC: true, 0xEE: true, 0xEF: true}

// checkText reads page once: valid reports whether it is UTF-8; when it
// is, nul reports whether it holds a NUL byte, and controls counts its
// control bytes other than tab, line feed, carriage return, form feed and
// escape (NUL included).
func checkText(page []byte) (valid, nul bool, controls int) {
	n := len(page)
	for i := 0; i < n; {
		// Skip 8 bytes at a time while all are ASCII and none is below
		// 0x20: w-0x20… sets the top bit of a byte below 0x20, and &^w
		// keeps it only where the byte itself is below 0x80.
		for i+8 <= n {
			w := binary.LittleEndian.Uint64(page[i:])
			if (w-0x2020202020202020)&^w&0x8080808080808080 != 0 || w&0x8080808080808080 != 0 {
				break
			}
			i += 8
		}
		if i == n {
			break
		}
		c := page[i]
		switch {
		case c < 0x20:
			if c == 0 {
				nul = true
			}
			if c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
				controls++
			}
			i++
		case c < 0x80:
			i++
		case 0xE1 <= c && c <= 0xEF && c != 0xED && i+2 < n && page[i+1]&0xC0 == 0x80 && page[i+2]&0xC0 == 0x80:
			// A rune of three bytes other than those of E0 and ED, whose
			// second bytes are restricted: most of a Chinese page, so the
			// runes that follow are read here too.
			for i += 3; i+2 < n && threeByteLead[page[i]] && page[i+1]&0xC0 == 0x80 && page[i+2]&0xC0 == 0x80; {
				i += 3
			}
		default:
			r, size := utf8.DecodeRune(page[i:])
			if r == utf8.RuneError && size == 1 {
				return false, false, 0
			}
			i += size
		}
	}
	return true, nul, controls
}

// declaredCharset returns the charset a <meta> element in the first 1024
// bytes declares (charset="…", or http-equiv="Content-Type" with
// content="…; charset=…"), or "".
func declaredCharset(page []byte) string {
	if len(page) > 1024 {
		page = page[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, content string
			pragma := false
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					pragma = strings.EqualFold(string(v), "content-type")
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if pragma && content != "" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// segment is a piece of visible text: it starts at byte at of the text,
// inside the element whose start tag is at byte off&segOffset of the page.
// It lies inside a link (an <a> with an href, known by the offset of its
// start tag; see startTag) when off has segSelf, the element being the
// link itself, or segOther, the link then being in parsed.segLinks. Pages
// are at most MaxPageSize bytes, so 24 bits hold every offset; 8 bytes a
// segment keep a page of many short links small.
type segment struct {
	at  int32
	off uint32
}

// The bits of segment.off.
const (
	segOffset = 1<<30 - 1 // the offset of the element
	segSelf   = 1 << 30   // the element is the link
	segOther  = 1 << 31   // the link is another element, in parsed.segLinks
)

// segLink is the link of a segment with segOther: seg indexes parsed.segs.
type segLink struct {
	seg, link int32
}

// segLink returns the link of segment k (an index into p.segs), or -1.
func (p *parsed) segLink(k int) int {
	switch off := p.segs[k].off; {
	case off&segSelf != 0:
		return int(off & segOffset)
	case off&segOther != 0:
		i, _ := slices.BinarySearchFunc(p.segLinks, int32(k), func(l segLink, k int32) int { return int(l.seg - k) })
		return int(p.segLinks[i].link)
	}
	return -1
}

// elemOff returns the offset of the element of segment s.
func (s segment) elemOff() int { return int(s.off & segOffset) }

// newSegment makes the off of a segment in the element at eoff, inside link
// l (-1 for none), recording l in x.p.segLinks when it must.
func (x *extractor) newSegment(at, eoff, l int) {
	off := uint32(eoff)
	switch {
	case l == eoff:
		off |= segSelf
	case l >= 0:
		off |= segOther
		x.p.segLinks = appendDoubling(x.p.segLinks, segLink{seg: int32(len(x.p.segs)), link: int32(l)})
	}
	x.p.segs = appendDoubling(x.p.segs, segment{at: int32(at), off: off})
	x.lastLink = l
}

// image is a visible <img> whose alt or title may hold a number, with both
// texts.
type image struct {
	off, link  int
	alt, title string
}

// parsed is what extraction keeps of a page.
type parsed struct {
	doc      []byte
	blocks   []textBlock // the blocks of visible text that may matter
	arena    []byte      // the texts of the blocks that are not pieces of doc
	segs     []segment
	segLinks []segLink // the links of the segments with segOther, in order
	images   []image
}

// textBlock is a block of visible text: a paragraph, a table cell, a line.
// Its text is doc[start:end], a piece of the page itself, when one text
// token without entities makes it (the common case for large blocks), else
// arena[start:end]. Its segments are segs[seg0:seg1], their at offsets
// counted from the start of its text.
type textBlock struct {
	start, end int32
	own        bool
	seg0, seg1 int32
}

// text returns the text of block b.
func (p *parsed) text(b textBlock) []byte {
	if b.own {
		return p.arena[b.start:b.end:b.end]
	}
	return p.doc[b.start:b.end:b.end]
}

// appendDoubling appends v to s, doubling the capacity when s is full: the
// lists of a large page cost at most twice their final size in all, where
// append's gentler growth for large slices would cost several times it.
func appendDoubling[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		t := make([]T, len(s), 2*cap(s)+16)
		copy(t, s)
		s = t
	}
	return append(s, v)
}

// maxOpen is the most elements extraction keeps open at once: 4096, eight
// times the limit of the HTML parser of golang.org/x/net/html (512). A page
// that opens more without closing them is not read: nesting that deep is
// rejected by the parser, and the rare start tags the parser ignores where
// they stand (a <td> outside a table) do not come by the thousand in real
// pages. It bounds the memory spent on pages of nothing but start tags.
const maxOpen = 4096

// elem is an open element on the extraction stack.
type elem struct {
	a      atom.Atom
	count  *int32 // the count of open elements a in atomCounts (a non-zero)
	name   string // for elements without an atom
	off    int
	hidden bool
	link   int
}

// extractor walks the tokens of a page.
type extractor struct {
	p          parsed
	view       []byte // the text of the current block while it is one piece of the page
	viewAt     int    // the byte offset of view in the page
	own        []byte // the text of the current block once it is made of several pieces
	pieces     int    // the pieces of text of the current block
	seg0       int    // the first segment of the current block
	link0      int    // the first of p.segLinks of the current block
	lastLink   int    // the link of the last segment
	anchored   bool   // the current block holds an anchor of the number finders
	anchorScan int    // the bytes of the current block read by prune for anchors
	pruneAt    int    // prune the current block's segments when it has that many
	keepAll    bool   // keep every block and segment (tests compare with dropping them)
	stack      []elem
	open       atomCounts     // open elements per known name
	other      map[string]int // open elements per unknown name
	lastSep    bool
	depth      depthCeiling
	name       []byte // the buffer of tagName
	ent        []byte // the buffer of unescapeCommon
}

// extract collects the visible text of doc, its links and its images, with
// the positions of their elements. A non-empty reason says that the HTML
// parser rejects the page.
func extract(doc []byte) (*parsed, string) {
	p, depth, reason := tokens(doc)
	if reason == "" && depth.mayExceed() {
		// The stack model reads the page again.
		if reason = rejection(doc, followStack(doc)); reason != "" {
			return nil, reason
		}
	}
	return p, reason
}

// rejection returns why the HTML parser rejects doc, or "", as the stack
// model m of doc says, or the parser itself where the model gave up.
func rejection(doc []byte, m *stackModel) string {
	switch {
	case m.rejected:
		// The parser's own words (parse.go, insertOpenElement).
		return "rejected by the HTML parser: open stack of elements exceeds 512 nodes"
	case !m.lost:
		return ""
	}
	if _, err := html.Parse(bytes.NewReader(doc)); err != nil {
		return "rejected by the HTML parser: " + strings.TrimPrefix(err.Error(), "html: ")
	}
	return ""
}

// tokens is extract without the run of the HTML parser: it also returns the
// ceiling on the depth of the parser's stack of open elements.
func tokens(doc []byte) (*parsed, *depthCeiling, string) { return tokensWith(doc, false) }

// tokensWith is tokens; keepAll keeps every block of text, for tests. The
// tokens are those of golang.org/x/net/html's Tokenizer, read by a lexer
// that reads most pages in place (see lexer).
func tokensWith(doc []byte, keepAll bool) (*parsed, *depthCeiling, string) {
	return tokensOf(newLexer(doc), keepAll)
}

// tokensOf is tokensWith reading the tokens of z.
func tokensOf(z *lexer, keepAll bool) (*parsed, *depthCeiling, string) {
	doc := z.doc
	x := &extractor{other: map[string]int{}, lastSep: true, keepAll: keepAll, pruneAt: pruneEvery}
	x.p.doc = doc
	off := 0
	afterRaw := false // the token follows the start tag of an element whose text the tokenizer may leave raw
	for {
		tt := z.Next()
		start := off
		off += len(z.Raw())
		wasRaw := afterRaw
		afterRaw = false
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return nil, &x.depth, "unreadable HTML: " + z.Err().Error()
			}
			x.endBlock()
			return &x.p, &x.depth, ""
		case html.TextToken:
			if x.hidden() {
				continue
			}
			// Without entities and carriage returns, the text is the raw
			// token: a piece of the page, which needs no copy. The
			// tokenizer leaves some elements' text raw: that is its own.
			raw := z.Raw()
			switch amp := bytes.IndexByte(raw, '&'); {
			case bytes.IndexByte(raw, '\r') >= 0 || wasRaw:
				x.text(z.Text(), start, false)
			case amp < 0:
				x.text(doc[start:off:off], start, true)
			default:
				// The common entities are decoded here, without the
				// tokenizer's look-up of every name.
				var ok bool
				if x.ent, ok = unescapeCommon(x.ent[:0], raw, amp); ok {
					x.text(x.ent, start, false)
				} else {
					x.text(z.Text(), start, false)
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			afterRaw = x.startTag(z.Raw(), start, tt == html.SelfClosingTagToken)
			if len(x.stack) > maxOpen {
				return nil, &x.depth, "more than 4096 elements open at once"
			}
		case html.EndTagToken:
			name := x.tagName(z.Raw()[2:])
			a := atom.Lookup(name)
			x.depth.end(a, name)
			x.endTag(a, name)
		}
	}
}

// unescapeCommon appends text to dst with its character references decoded,
// as the tokenizer's Text does, when every "&" in it (the first at amp)
// starts one of the commonest: &nbsp; &amp; &lt; &gt; &quot; (with their
// semicolons). ok is false, and dst of no use, when another one is met.
func unescapeCommon(dst, text []byte, amp int) (_ []byte, ok bool) {
	for amp >= 0 {
		dst = append(dst, text[:amp]...)
		text = text[amp:]
		switch {
		case bytes.HasPrefix(text, []byte("&nbsp;")):
			dst, text = append(dst, "\u00a0"...), text[len("&nbsp;"):]
		case bytes.HasPrefix(text, []byte("&amp;")):
			dst, text = append(dst, '&'), text[len("&amp;"):]
		case bytes.HasPrefix(text, []byte("&lt;")):
			dst, text = append(dst, '<'), text[len("&lt;"):]
		case bytes.HasPrefix(text, []byte("&gt;")):
			dst, text = append(dst, '>'), text[len("&gt;"):]
		case bytes.HasPrefix(text, []byte("&quot;")):
			dst, text = append(dst, '"'), text[len("&quot;"):]
		default:
			return dst, false
		}
		amp = bytes.IndexByte(text, '&')
	}
	return append(dst, text...), true
}

// tagName returns the lower-cased name of a tag from its raw text after "<"
// or "</", as Tokenizer.TagName does (it ends at white space, "/" or ">"),
// without its allocation; decode has made sure that the page holds no NUL,
// which TagName would replace. The result is valid until the next call and
// the next token, and must not be written to.
func (x *extractor) tagName(raw []byte) []byte {
	n, kinds := 0, uint8(0)
	for n < len(raw) {
		k := nameByte[raw[n]]
		if k == nameEnd {
			break
		}
		kinds |= k
		n++
	}
	upper := kinds&nameUpper != 0
	if !upper {
		return raw[:n:n]
	}
	x.name = append(x.name[:0], raw[:n]...)
	for i, c := range x.name {
		if 'A' <= c && c <= 'Z' {
			x.name[i] = c + 'a' - 'A'
		}
	}
	return x.name
}

// nameByte classifies the bytes of a tag name for tagName: nameEnd for
// those that end it (white space, "/", ">"), nameUpper for ASCII capitals.
// Never written after compile time.
var nameByte = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f/>") {
		t[c] = nameEnd
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = nameUpper
	}
	return t
}()

// The classes of nameByte.
const (
	nameUpper = 1
	nameEnd   = 2
)

// The attributes startTag reads, as bits of the result of interestingAttrs.
const (
	attrHref  = 1 << iota // href, of links
	attrHide              // hidden and style, of every element
	attrAlt               // alt, of images
	attrTitle             // title, of images
)

// interestingAttrs reports which of the attributes startTag reads the raw
// attributes of a tag may hold, in any ASCII case (attribute names are not
// unescaped), as attrHref, attrHide, attrAlt and attrTitle bits; 0 for
// none. It may report an attribute the tag lacks (a value holding " href"),
// never miss one.
func interestingAttrs(raw []byte) int {
	found := 0
	for i := 0; i < len(raw); i++ {
		// A name starts after white space, a quote or "/" (the
		// tokenizer's readTag, readTagAttrKey and readTagAttrVal).
		for i < len(raw) && !nameBoundary[raw[i]] {
			i++
		}
		if i+4 > len(raw) {
			break
		}
		rest := raw[i+1:]
		switch rest[0] | 0x20 {
		case 'h':
			if hasPrefixFold(rest, "href") {
				found |= attrHref
			} else if hasPrefixFold(rest, "hidden") {
				found |= attrHide
			}
		case 's':
			if hasPrefixFold(rest, "style") {
				found |= attrHide
			}
		case 'a':
			if hasPrefixFold(rest, "alt") {
				found |= attrAlt
			}
		case 't':
			if hasPrefixFold(rest, "title") {
				found |= attrTitle
			}
		}
	}
	return found
}

// nameBoundary are the bytes after which an attribute name may start.
// Never written after compile time.
var nameBoundary = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true, '/': true, '"': true, '\'': true}

// hasPrefixFold reports whether b starts with the lower-case ASCII word w in
// any ASCII case.
func hasPrefixFold(b []byte, w string) bool {
	return len(b) >= len(w) && asciiEqualFold(b[:len(w)], w)
}

// href returns the href of link l (the byte offset of its start tag), read
// again from its start tag; ok is false when the tag has none after all
// (interestingAttrs saw "href" in the raw text of another attribute).
func (p *parsed) href(l int) (href string, ok bool) {
	v, ok := tagAttr(p.doc[l:], "href")
	return string(v), ok
}

// tagAttr returns the value of attribute name (lower case) of the raw start
// tag, as golang.org/x/net/html's Tokenizer reads it: the first attribute
// of that name, names compared in ASCII lower case, values unquoted and
// unescaped. It follows the tokenizer's attribute states (token.go,
// readTag, readTagAttrKey, readTagAttrVal) and hands values with entities
// or carriage returns to the tokenizer itself. The value is a piece of tag
// unless the tokenizer made it. Tag may run on past the tag's end, as far
// as the end of the page: the attribute states end at the tag's ">".
func tagAttr(tag []byte, name string) ([]byte, bool) {
	isSpace := func(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }
	i := 1 // after "<"
	for i < len(tag) && !isSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' {
		i++
	}
	skip := func() {
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
	}
	skip()
	for i < len(tag) && tag[i] != '>' {
		// The name: an "=" may start it; white space, "/", ">" or a
		// later "=" end it.
		k0 := i
		for i < len(tag) {
			c := tag[i]
			if c == '=' && i > k0 || isSpace(c) || c == '/' || c == '>' {
				break
			}
			i++
		}
		key := tag[k0:i]
		// The value.
		var v0, v1 int
		hasValue := false
		skip()
		switch {
		case i < len(tag) && tag[i] == '/':
			i++
		case i < len(tag) && tag[i] == '=':
			i++
			skip()
			switch {
			case i >= len(tag) || tag[i] == '>':
			case tag[i] == '\'' || tag[i] == '"':
				q := tag[i]
				i++
				v0 = i
				for i < len(tag) && tag[i] != q {
					i++
				}
				v1 = i
				if i < len(tag) {
					i++
				}
				hasValue = true
			default:
				v0 = i
				for i < len(tag) && !isSpace(tag[i]) && tag[i] != '>' {
					i++
				}
				v1 = i
				hasValue = true
			}
		}
		if asciiEqualFold(key, name) {
			if !hasValue {
				return nil, true
			}
			v := tag[v0:v1:v1]
			if bytes.IndexByte(v, '&') >= 0 || bytes.IndexByte(v, '\r') >= 0 {
				return tokenizerAttr(tag, name)
			}
			return v, true
		}
		skip()
	}
	return nil, false
}

// asciiEqualFold reports whether b is s (lower case) in any ASCII case, as
// the tokenizer lower-cases attribute names.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// tokenizerAttr is tagAttr by the tokenizer itself.
func tokenizerAttr(tag []byte, name string) ([]byte, bool) {
	z := html.NewTokenizer(bytes.NewReader(tag))
	z.Next()
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if string(k) == name {
			return v, true
		}
	}
	return nil, false
}

// unknownFlags are the flags of elements without an atom: those of
// regularStart only.
const unknownFlags = flagKnown | flagRegular

// atomCounts counts open elements per atom: a hash table with linear
// probing, cheaper than a map on the hot path. Atoms are never removed, and
// there are fewer of them (golang.org/x/net/html/atom knows some 370) than
// slots, so a probe always ends.
type atomCounts [1024]atomSlot

// atomSlot is the slot of an atom in atomCounts: its count of open elements,
// and its flags, computed when the atom is first met.
type atomSlot struct {
	a atom.Atom
	n int32
	f atomFlags
}

// atomFlags are what extraction and the depth model ask of an element, as
// bits: the answers of block, void, ignored, closesP, rawText, formatting,
// regularStart, tablePart and closesPAlways.
type atomFlags uint16

// The atomFlags bits; flagKnown marks flags computed.
const (
	flagKnown atomFlags = 1 << iota
	flagBlock
	flagVoid
	flagIgnored
	flagClosesP
	flagRaw
	flagFormatting
	flagRegular
	flagTablePart
	flagClosesPAlways
)

// flagsOf computes the flags of atom a.
func flagsOf(a atom.Atom) atomFlags {
	f := flagKnown
	for _, b := range [...]struct {
		on   bool
		flag atomFlags
	}{
		{block(a), flagBlock}, {void(a), flagVoid}, {ignored(a), flagIgnored}, {closesP(a), flagClosesP},
		{rawText(a), flagRaw}, {formatting(a), flagFormatting}, {regularStart(a), flagRegular},
		{tablePart(a), flagTablePart}, {closesPAlways(a), flagClosesPAlways},
	} {
		if b.on {
			f |= b.flag
		}
	}
	return f
}

// slot returns the slot of atom a (non-zero), adding it with its flags.
func (c *atomCounts) slot(a atom.Atom) *atomSlot {
	i := uint32(a) * 0x9E3779B1 >> 22
	for c[i].a != a && c[i].a != 0 {
		i = (i + 1) % uint32(len(c))
	}
	if c[i].a == 0 {
		c[i] = atomSlot{a: a, f: flagsOf(a)}
	}
	return &c[i]
}

// at returns the count of atom a (non-zero), adding a slot for it.
func (c *atomCounts) at(a atom.Atom) *int32 { return &c.slot(a).n }

// hidden reports whether text at the current place is not shown.
func (x *extractor) hidden() bool {
	return len(x.stack) > 0 && x.stack[len(x.stack)-1].hidden
}

// top returns the innermost open element's position and link.
func (x *extractor) top(off int) (int, int) {
	if len(x.stack) == 0 {
		return off, -1
	}
	e := x.stack[len(x.stack)-1]
	return e.off, e.link
}

// text appends visible text; t is a piece of the page when inPage, else
// the lexer's, valid until the next token.
func (x *extractor) text(t []byte, off int, inPage bool) {
	if len(t) == 0 {
		return
	}
	at := len(x.view) + len(x.own)
	eoff, l := x.top(off)
	if n := len(x.p.segs); n == x.seg0 || x.p.segs[n-1].elemOff() != eoff || x.lastLink != l {
		x.newSegment(at, eoff, l)
		if !x.anchored && !x.keepAll && len(x.p.segs)-x.seg0 >= x.pruneAt {
			x.prune()
		}
	}

	if x.pieces == 0 && inPage {
		x.view, x.viewAt = t, off
	} else {
		if x.view != nil {
			x.own = append(x.own[:0], x.view...)
			x.view = nil
		}
		x.own = append(x.own, t...)
	}
	x.pieces++
	x.lastSep = false
}

// pruneEvery is how many segments a block without anchors gains between
// two prunings.
const pruneEvery = 256

// prune drops the segments of the current block that no number can need
// (the text of the segment just added is not yet part of the block): while a block
// holds no anchor of the number finders, every number found in it later
// starts after the eighth-last rune of ASCII other than white space (a
// number holds at most four runes kept by folding before its anchor: a
// province abbreviation and ICP, or 公网安), so only the segment in which that
// rune lies and those after it can hold a number's start or its links. A
// page of many short pieces of text in many elements, none of which may
// matter, then costs segments in proportion to its largest block that
// may.
func (x *extractor) prune() {
	text := x.view
	if text == nil {
		text = x.own
	}
	// The text is read for anchors once, as far as it has come, when the
	// block has grown enough segments to prune.
	if finderAnchor(text[x.anchorScan:]) {
		x.anchored = true
		return
	}
	x.anchorScan = len(text)
	q, kept := -1, 0
	for i := len(text) - 1; i >= 0 && q < 0; i-- {
		if c := text[i]; c > ' ' && c < utf8.RuneSelf || c == 0x0b {
			// 0x0b, vertical tab, is white space to the finders but
			// counted here: a miscount errs on keeping segments.
			if c != 0x0b {
				kept++
			}
			if kept == 8 {
				q = i
			}
		}
	}
	segs := x.p.segs[x.seg0:]
	if k := segIndex(segs, q); q >= 0 && k > 0 {
		copy(segs, segs[k:])
		x.p.segs = x.p.segs[:len(x.p.segs)-k]
		j := x.link0
		for _, l := range x.p.segLinks[x.link0:] {
			if int(l.seg) >= x.seg0+k {
				l.seg -= int32(k)
				x.p.segLinks[j] = l
				j++
			}
		}
		x.p.segLinks = x.p.segLinks[:j]
	}
	x.pruneAt = len(x.p.segs) - x.seg0 + pruneEvery
}

// finderAnchor reports whether text holds an anchor of the number finders
// (filing.FindICPNumbersBrief, filing.FindPSBNumbersBrief): 备, 備, 证, 證, or
// a B in either case and width.
func finderAnchor(text []byte) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case 'B', 'b':
			return true
		case 0xE5, 0xE8, 0xEF:
			if i+2 < len(text) {
				switch string(text[i : i+3]) {
				case "备", "備", "证", "證", "Ｂ", "ｂ":
					return true
				}
			}
		}
	}
	return false
}

// separate ends the current block of text.
func (x *extractor) separate() {
	if !x.lastSep {
		x.endBlock()
		x.lastSep = true
	}
}

// endBlock ends the current block: it keeps it when it may matter (see
// mayMatter) and drops it with its segments otherwise, so that the text
// kept is the footer's rather than the whole page's.
func (x *extractor) endBlock() {
	if x.pieces == 0 {
		return
	}
	text := x.view
	if text == nil {
		text = x.own
	}
	switch {
	case !x.keepAll && !mayMatter(text):
		x.p.segs, x.p.segLinks = x.p.segs[:x.seg0], x.p.segLinks[:x.link0]
	case x.view != nil:
		x.p.blocks = appendDoubling(x.p.blocks, textBlock{start: int32(x.viewAt), end: int32(x.viewAt + len(x.view)), seg0: int32(x.seg0), seg1: int32(len(x.p.segs))})
	default:
		start := len(x.p.arena)
		x.p.arena = append(x.p.arena, x.own...)
		x.p.blocks = appendDoubling(x.p.blocks, textBlock{start: int32(start), end: int32(len(x.p.arena)), own: true, seg0: int32(x.seg0), seg1: int32(len(x.p.segs))})
	}
	x.view, x.own, x.pieces, x.seg0, x.link0 = nil, x.own[:0], 0, len(x.p.segs), len(x.p.segLinks)
	x.anchored, x.pruneAt, x.anchorScan = false, pruneEvery, 0
}

// mayMatter reports whether a block of text may hold a filing number, a
// public-security number or a copyright mark: the only blocks the checks
// read. Numbers never run across blocks (a block ends at an element that
// is neither white space nor part of a number), nor do copyright lines. It
// is hasAnchor(block) || hasCopyrightMark(block), in one pass.
func mayMatter(block []byte) bool {
	plain, candidate, anchor := scanMarks(block, true)
	return anchor || markIn(block, plain, candidate)
}

// hasAnchor reports whether text holds a rune that every number candidate
// holds: 备 or 证, simplified or traditional (ICP备, ICP证, 公网安备), or a B
// directly followed by 2, either of them ASCII or full width (B2-). One pass
// over the bytes, without decoding them.
func hasAnchor[T ~string | ~[]byte](text T) bool {
	for i := 0; i < len(text); i++ {
		if anchorByte[text[i]] && anchorAt(text, i) {
			return true
		}
	}
	return false
}

// anchorByte are the bytes at which a number anchor may start (see
// anchorAt). Never written after compile time.
var anchorByte = [256]bool{'B': true, 'b': true, 0xE5: true, 0xE8: true, 0xEF: true}

// anchorAt reports whether a number anchor (see hasAnchor) starts at byte i
// of text.
func anchorAt[T ~string | ~[]byte](text T, i int) bool {
	switch text[i] {
	case 'B', 'b':
		return i+1 < len(text) && text[i+1] == '2' || i+3 < len(text) && text[i+1] == 0xEF && text[i+2] == 0xBC && text[i+3] == 0x92
	case 0xE5: // 备 E5 A4 87, 備 E5 82 99
		return i+2 < len(text) && (text[i+1] == 0xA4 && text[i+2] == 0x87 || text[i+1] == 0x82 && text[i+2] == 0x99)
	case 0xE8: // 证 E8 AF 81, 證 E8 AD 89
		return i+2 < len(text) && (text[i+1] == 0xAF && text[i+2] == 0x81 || text[i+1] == 0xAD && text[i+2] == 0x89)
	case 0xEF: // Ｂ EF BC A2, ｂ EF BD 82, each followed by 2 or ２ (EF BC 92)
		return i+3 < len(text) && (text[i+1] == 0xBC && text[i+2] == 0xA2 || text[i+1] == 0xBD && text[i+2] == 0x82) &&
			(text[i+3] == '2' || i+5 < len(text) && text[i+3] == 0xEF && text[i+4] == 0xBC && text[i+5] == 0x92)
	}
	return false
}

// startTag handles a start tag, raw its text. It reports whether the
// tokenizer may read the element's content as raw text.
func (x *extractor) startTag(raw []byte, off int, selfClosing bool) (rawContent bool) {
	name := x.tagName(raw[1:])
	a := atom.Lookup(name)
	var slot *atomSlot
	flags := unknownFlags
	if a != 0 {
		slot = x.open.slot(a)
		flags = slot.f
	}
	rawContent = flags&flagRaw != 0
	var alt, title string
	hasHref, hidden := false, false
	// Most tags have none of the attributes that matter to them (hidden
	// and style; alt and title of an image; href of a link), which one look
	// at their raw text shows; the others are read from the raw text too,
	// without the tokenizer's copies.
	found := interestingAttrs(raw[1+len(name):])
	if found&attrHide != 0 {
		_, hidden = tagAttr(raw, "hidden")
		if v, ok := tagAttr(raw, "style"); ok && !hidden {
			hidden = hiddenStyle(v)
		}
	}
	// A link that may have an href is kept as one: its href is read when
	// a number lies in it, and a link without one after all is judged as
	// no link then (linkJudge.of).
	hasHref = a == atom.A && found&attrHref != 0
	// An alt or title can hold a number only if the tag holds an anchor,
	// or a character reference that may make one.
	if a == atom.Img && found&(attrAlt|attrTitle) != 0 && (hasAnchor(raw) || bytes.IndexByte(raw, '&') >= 0) {
		if found&attrAlt != 0 {
			if v, _ := tagAttr(raw, "alt"); hasAnchor(v) {
				alt = string(v)
			}
		}
		if found&attrTitle != 0 {
			if v, _ := tagAttr(raw, "title"); hasAnchor(v) {
				title = string(v)
			}
		}
	}
	x.depth.start(a, flags, name)
	x.implicitEnd(a, flags)
	if flags&flagBlock != 0 {
		x.separate()
	}
	parentHidden := x.hidden()
	_, parentLink := x.top(off)
	if a == atom.Img {
		if !parentHidden && !hidden && (alt != "" || title != "") {
			x.p.images = append(x.p.images, image{off: off, link: parentLink, alt: alt, title: title})
		}
		return
	}
	if selfClosing || flags&flagVoid != 0 {
		return
	}
	e := elem{a: a, off: off, hidden: parentHidden || hidden || flags&flagIgnored != 0, link: parentLink}
	if a == 0 {
		e.name = string(name)
		x.other[e.name]++
	} else {
		e.count = &slot.n
		slot.n++
	}
	if a == atom.A {
		e.link = -1
		if hasHref {
			// A link is known by the offset of its start tag, from which
			// its href is read again when a number lies in it.
			e.link = off
		}
	}
	x.stack = append(x.stack, e)
	return rawContent
}

// implicitEnd closes the elements a start tag a closes by itself in HTML:
// a new <a> closes an open one, block elements close an open <p>, list
// items close the previous item.
func (x *extractor) implicitEnd(a atom.Atom, flags atomFlags) {
	switch {
	case a == atom.A:
		x.popTo(atom.A, "")
	case flags&flagClosesP != 0:
		x.popTo(atom.P, "")
	}
	switch a {
	case atom.Li:
		x.popSibling(atom.Li, atom.Ul, atom.Ol)
	case atom.Dt, atom.Dd:
		x.popSibling(atom.Dt, atom.Dl, 0)
		x.popSibling(atom.Dd, atom.Dl, 0)
	case atom.Option:
		if n := len(x.stack); n > 0 && x.stack[n-1].a == atom.Option {
			x.pop()
		}
	case atom.Tr:
		x.popSibling(atom.Tr, atom.Table, 0)
	case atom.Td, atom.Th:
		x.popSibling(atom.Td, atom.Tr, atom.Table)
		x.popSibling(atom.Th, atom.Tr, atom.Table)
	}
}

// popSibling pops up to and including the innermost open element a unless
// an element stop1 or stop2 is open inside it.
func (x *extractor) popSibling(a, stop1, stop2 atom.Atom) {
	if *x.open.at(a) == 0 {
		return
	}
	for i := len(x.stack) - 1; i >= 0; i-- {
		switch x.stack[i].a {
		case a:
			for len(x.stack) > i {
				x.pop()
			}
			return
		case stop1, stop2:
			if x.stack[i].a != 0 {
				return
			}
		}
	}
}

// endTag handles an end tag of element a (name when a is 0): it closes the innermost open element of that
// name and every element inside it; an end tag without an open element is
// ignored.
func (x *extractor) endTag(a atom.Atom, name []byte) {
	if a != 0 && x.open.slot(a).f&flagBlock != 0 {
		x.separate()
	}
	switch a {
	case atom.Html, atom.Body:
		return
	case 0:
		x.popTo(0, string(name))
	default:
		x.popTo(a, "")
	}
}

// popTo pops up to and including the innermost open element a (or, for a
// == 0, the unknown element name), if there is one. The counts make a
// missing element cost nothing, so a page of stray end tags stays linear.
func (x *extractor) popTo(a atom.Atom, name string) {
	if (a != 0 && *x.open.at(a) == 0) || (a == 0 && x.other[name] == 0) {
		return
	}
	for len(x.stack) > 0 {
		e := x.pop()
		if e.a == a && (a != 0 || e.name == name) {
			return
		}
	}
}

// pop removes the innermost open element.
func (x *extractor) pop() elem {
	e := x.stack[len(x.stack)-1]
	x.stack = x.stack[:len(x.stack)-1]
	if e.a == 0 {
		x.other[e.name]--
	} else {
		*e.count--
	}
	return e
}

// hiddenStyle reports whether an inline style hides the element:
// display:none, visibility:hidden or visibility:collapse.
func hiddenStyle(v []byte) bool {
	s := strings.ToLower(strings.Join(strings.Fields(string(v)), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") || strings.Contains(s, "visibility:collapse")
}

// ignored reports whether an element's content is never shown as text:
// scripts, styles, templates, noscript fallbacks (scripting is assumed on),
// the document title and embedded-frame fallbacks.
func ignored(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Title, atom.Iframe, atom.Noembed, atom.Noframes:
		return true
	}
	return false
}

// void reports whether an element has no content and no end tag.
func void(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// closesP reports whether a start tag a closes an open <p> (the HTML tree
// construction rules for block elements).
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Pre, atom.Listing, atom.Form, atom.Hr, atom.Li, atom.Dd, atom.Dt, atom.Plaintext,
		atom.Xmp, atom.Table:
		return true
	}
	return false
}

// block reports whether an element starts and ends a block of text: text on
// either side of it is not read as one line.
func block(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Td, atom.Th, atom.Tr, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption,
		atom.Option, atom.Select, atom.Textarea, atom.Legend, atom.Body, atom.Html, atom.Head,
		atom.Li:
		return true
	}
	return closesP(a)
}
