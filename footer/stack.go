package footer

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The depth ceiling (depth.go) over-approximates the parser's stack of open
// elements, and tag soup that the parser tidies away (formatting elements
// left open in paragraphs, list items, divisions or table cells that
// close: <p><b>x repeated) makes it grow without bound, so that the parser
// would have to run and build a tree of some 30 to 100 times the page. The
// stack model below follows the parser instead: it keeps the parser's stack
// of open elements and its list of active formatting elements exactly as
// golang.org/x/net/html's tree construction changes them (parse.go: the
// insertion modes from "initial" to "in cell" and "after after body", the
// text mode, the rules for foreign content, reconstruction of the active
// formatting elements with the Noah's Ark clause, the adoption agency; HTML
// §13.2.4, §13.2.6), without building any tree, as long as the page holds
// only what it follows. It gives up, and the parser decides, at the first
// token it does not follow: templates, framesets, a table in a paragraph
// of a page whose doctype is neither absent nor <!DOCTYPE html>, and
// attributes it must compare or read but cannot without the tokenizer
// (character references, white space around "=", more than maxCompared).
// While it follows the page it knows the depth the parser reaches, and so
// whether the parser rejects the page, at a cost bounded by the parser's
// limit: its stack never holds more than 513 entries, and its list no more
// than maxActive.

// followStack runs the stack model over doc, token by token as the parser
// reads them. It runs only on the rare pages whose depth ceiling may exceed
// the limit, so a regular page pays nothing for it.
func followStack(doc []byte) *stackModel {
	m := &stackModel{}
	z := html.NewTokenizer(bytes.NewReader(doc))
	off := 0
	for m.follows() {
		// The parser's tokenizer reads CDATA sections in foreign content
		// only, and no raw text in foreign elements.
		z.AllowCDATA(len(m.oe) > 0 && m.top().ns != nsHTML)
		tt := z.Next()
		start := off
		off += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			return m
		case html.TextToken:
			m.text(doc[start:off])
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			m.feed(stackToken{kind: startToken, a: atom.Lookup(name), raw: doc[start:off], selfClosing: tt == html.SelfClosingTagToken})
			if m.noRaw {
				z.NextIsNotRawText()
				m.noRaw = false
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			m.end(atom.Lookup(name), doc[start:off])
		case html.CommentToken:
			m.comment()
		case html.DoctypeToken:
			m.doctype(doc[start:off])
		}
	}
	return m
}

// maxActive bounds the model's list of active formatting elements: a page
// that makes it longer is handed to the ceiling. (Each entry of the list
// that is not open is reopened by the next text, so the parser's stack
// grows with the list.)
const maxActive = 1024

// stackNode is an element of the parser's stack of open elements or of its
// list of active formatting elements; id 0 is the list's scope marker.
type stackNode struct {
	id  int32
	a   atom.Atom
	tag []byte // the start tag, a view of the page: name and attributes
	// fresh marks a pre or listing element that has no child yet: the
	// parser drops a newline at the start of its text.
	fresh bool
	ns    namespace
	// htmlPoint marks an HTML integration point: SVG desc, foreignObject
	// and title, MathML annotation-xml of HTML encoding.
	htmlPoint bool
}

// namespace is the namespace of an element.
type namespace uint8

const (
	nsHTML namespace = iota
	nsSVG
	nsMath
)

// stackModel follows the parser's stack of open elements (see above).
type stackModel struct {
	oe       []stackNode // the stack of open elements, html first
	afe      []stackNode // the list of active formatting elements
	nextID   int32
	form     int32 // the parser's form element pointer (an id, 0 for none)
	mode     stackMode
	original stackMode // the mode the text mode returns to
	// quirks is the document's mode: a doctype other than <!DOCTYPE
	// html> leaves it unknown.
	quirks   quirksMode
	started  bool // a token other than a comment, a doctype or white space came
	lost     bool // the model gave up: the ceiling decides
	rejected bool // the parser's stack would exceed its limit
	max      int  // the largest number of open elements so far
	// noRaw tells the tokenizer not to read the content of the element
	// just opened as raw text: a foreign element (parseForeignContent).
	noRaw bool
}

// stackMode is the parser's insertion mode, as far as the model needs it.
type stackMode uint8

const (
	// beforeBody: the initial, before html, before head, in head and
	// after head modes, in which the parser's stack holds html, head and at
	// most one more element, and the list is empty.
	beforeBody stackMode = iota
	inBody
	// afterBody and afterAfterBody differ in where comments go (never to
	// the current node), and in where a doctype sends the parser.
	afterBody
	afterAfterBody
	// textMode: the content of an element that the tokenizer reads as raw
	// text, up to its end tag.
	textMode
	inTable
	inCaption
	inColumnGroup
	inTableBody
	inRow
	inCell
)

// quirksMode is whether the document is in quirks mode.
type quirksMode uint8

const (
	quirks quirksMode = iota // no doctype
	noQuirks
	quirksUnknown
)

// tokenKind is the kind of a stackToken.
type tokenKind uint8

const (
	startToken tokenKind = iota
	endToken
	textToken
	commentToken
	doctypeToken
)

// stackToken is a token as the model reads it.
type stackToken struct {
	kind tokenKind
	a    atom.Atom // the element of a start or end tag (0 for other names)
	raw  []byte    // the token as the page has it, a view of the page
	// nonBlank marks text known to hold more than white space (the rest of
	// a text whose white space was taken).
	nonBlank    bool
	selfClosing bool // a start tag ending with "/>"
}

// follows reports whether the model still follows the page.
func (m *stackModel) follows() bool { return !m.lost && !m.rejected }

// giveUp hands the page to the ceiling.
func (m *stackModel) giveUp() {
	m.lost, m.oe, m.afe = true, nil, nil
}

// end models an end tag, as start does.
func (m *stackModel) end(a atom.Atom, tag []byte) {
	m.feed(stackToken{kind: endToken, a: a, raw: tag})
}

// text models a text token, raw its text as the page has it (never empty).
func (m *stackModel) text(raw []byte) { m.feed(stackToken{kind: textToken, raw: raw}) }

// comment models a comment token.
func (m *stackModel) comment() { m.feed(stackToken{kind: commentToken}) }

// doctype models a doctype token, raw as the page has it.
func (m *stackModel) doctype(raw []byte) { m.feed(stackToken{kind: doctypeToken, raw: raw}) }

// feed runs a token through the insertion modes until one consumes it, as
// the parser's parseCurrentToken.
func (m *stackModel) feed(t stackToken) {
	if !m.follows() {
		return
	}
	if !m.started {
		// The initial insertion mode reads the doctype, if it comes
		// first.
		switch t.kind {
		case doctypeToken:
			m.quirks = quirksOf(t.raw)
			m.started = true
		case textToken:
			m.started = !blank(t.raw)
		case commentToken:
		default:
			m.started = true
		}
	}
	m.dispatch(&t)
}

// dispatch runs a token, read or implied, through the rules for foreign
// content or the current insertion mode until they consume it, as the
// parser's parseCurrentToken.
func (m *stackModel) dispatch(t *stackToken) {
	// Every token is consumed after a few modes; the bound only keeps a
	// mistake from looping.
	for range 16 {
		if !m.follows() {
			return
		}
		consumed := false
		if m.inForeign(t) {
			consumed = m.foreign(t)
		} else {
			consumed = m.step(t)
		}
		if consumed {
			return
		}
	}
	m.giveUp()
}

// step runs a token through the current insertion mode and reports
// whether it consumed it.
func (m *stackModel) step(t *stackToken) bool {
	switch m.mode {
	case beforeBody:
		return m.beforeBody(t)
	case inBody:
		return m.inBody(t)
	case afterBody, afterAfterBody:
		return m.afterBody(t)
	case textMode:
		return m.text1(t)
	case inTable:
		return m.inTable(t)
	case inCaption:
		return m.inCaption(t)
	case inColumnGroup:
		return m.inColumnGroup(t)
	case inTableBody:
		return m.inTableBody(t)
	case inRow:
		return m.inRow(t)
	}
	return m.inCell(t)
}

// quirksOf tells the document's mode from its doctype token: only
// <!DOCTYPE html> (the name in lower case, which the parser compares
// case-sensitively) is surely no quirks.
func quirksOf(raw []byte) quirksMode {
	if len(raw) < len("<!doctype") || !bytes.EqualFold(raw[:len("<!doctype")], []byte("<!doctype")) {
		return quirksUnknown
	}
	rest := bytes.Trim(raw[len("<!doctype"):], " \t\r\n\f")
	if string(rest) == "html>" || bytes.HasPrefix(rest, []byte("html")) && string(bytes.TrimLeft(rest[len("html"):], " \t\r\n\f")) == ">" {
		return noQuirks
	}
	return quirksUnknown
}

// blank reports whether text is white space only, after its character
// references are decoded (without copying it: the references that stand
// for white space are numeric ones and &Tab; and &NewLine;).
func blank(raw []byte) bool {
	for i := 0; i < len(raw); {
		if isSpace(raw[i]) {
			i++
			continue
		}
		n := spaceReference(raw[i:])
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// spaceReference returns the length of the character reference at the
// start of s if it stands for white space (tab, line feed, form feed,
// carriage return or space), else 0.
func spaceReference(s []byte) int {
	switch {
	case bytes.HasPrefix(s, []byte("&Tab;")):
		return len("&Tab;")
	case bytes.HasPrefix(s, []byte("&NewLine;")):
		return len("&NewLine;")
	case !bytes.HasPrefix(s, []byte("&#")):
		return 0
	}
	i, base := 2, 10
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		i, base = 3, 16
	}
	start, v := i, 0
	for ; i < len(s); i++ {
		d := hexDigit(s[i])
		if d < 0 || d >= base {
			break
		}
		v = min(v*base+d, 1<<21)
	}
	if i == start {
		return 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch v {
	case '\t', '\n', '\f', '\r', ' ':
		return i
	}
	return 0
}

// hexDigit returns the value of a hexadecimal digit, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// push inserts an element for start tag tag of element a, as the parser's
// insertOpenElement, which rejects the page past 512 open elements.
func (m *stackModel) push(a atom.Atom, tag []byte) { m.pushIn(nsHTML, a, tag) }

// pushIn is push for an element of namespace ns.
func (m *stackModel) pushIn(ns namespace, a atom.Atom, tag []byte) {
	if n := len(m.oe); n > 0 {
		m.oe[n-1].fresh = false
	}
	m.nextID++
	e := stackNode{id: m.nextID, a: a, tag: tag, ns: ns, fresh: ns == nsHTML && (a == atom.Pre || a == atom.Listing)}
	switch {
	case ns == nsSVG:
		e.htmlPoint = a == atom.Desc || a == atom.ForeignObject || a == atom.Title
	case ns == nsMath && a == atom.AnnotationXml:
		var ok bool
		if e.htmlPoint, ok = htmlEncoding(tag); !ok {
			m.giveUp()
			return
		}
	}
	m.oe = append(m.oe, e)
	m.max = max(m.max, len(m.oe))
	if len(m.oe) > maxCeiling {
		m.rejected, m.oe, m.afe = true, nil, nil
	}
}

// pushPop inserts an element that is popped at once (a void element).
func (m *stackModel) pushPop(a atom.Atom, tag []byte) {
	m.push(a, tag)
	if m.follows() {
		m.pop()
	}
}

// beforeBody is the modes before body (see beforeBody).
func (m *stackModel) beforeBody(t *stackToken) bool {
	switch t.kind {
	case commentToken, doctypeToken:
		return true
	case textToken:
		if blank(t.raw) {
			return true
		}
	case startToken:
		switch t.a {
		case atom.Html, atom.Head, atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			// At most html, head and the element: nothing to follow.
			return true
		case atom.Title, atom.Noscript, atom.Noframes, atom.Style, atom.Script:
			m.mode, m.original = textMode, beforeBody
			return true
		case atom.Template, atom.Frameset:
			m.giveUp()
			return true
		case atom.Body:
			m.enterBody()
			return true
		}
	case endToken:
		switch t.a {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			m.giveUp()
			return true
		default:
			return true
		}
	}
	m.enterBody()
	return false
}

// enterBody leaves the modes before body with html and body open.
func (m *stackModel) enterBody() {
	m.mode = inBody
	m.oe = append(m.oe[:0], stackNode{id: 1, a: atom.Html}, stackNode{id: 2, a: atom.Body})
	m.nextID = 2
	m.max = max(m.max, 3) // html, head and one more before body
}

// text1 is the text mode: the element's end tag (or the end of the page)
// closes it.
func (m *stackModel) text1(t *stackToken) bool {
	switch t.kind {
	case textToken:
		return true
	case endToken:
		if m.original != beforeBody {
			m.pop()
		}
		m.mode = m.original
		return true
	}
	// The tokenizer reads raw text up to the end tag: nothing else comes.
	m.giveUp()
	return true
}

// inBody is the in body insertion mode.
func (m *stackModel) inBody(t *stackToken) bool {
	switch t.kind {
	case textToken:
		m.bodyText(t)
	case commentToken:
		m.oe[len(m.oe)-1].fresh = false
	case startToken:
		m.bodyStart(t.a, t.raw, t.selfClosing)
	case endToken:
		if t.a == atom.Br {
			// Read as <br>, from the start.
			t.kind, t.selfClosing = startToken, false
			return false
		}
		m.bodyEnd(t.a, t.raw)
	}
	return true
}

// bodyText is text in body.
func (m *stackModel) bodyText(t *stackToken) {
	raw := t.raw
	if top := m.top(); top.fresh {
		// The parser drops a newline (CR LF and CR read as LF) at the
		// start of a pre or listing element, and inserts nothing when
		// nothing is left.
		s := string(raw)
		if bytes.IndexByte(raw, '&') >= 0 {
			s = html.UnescapeString(s)
		}
		if s == "\n" || s == "\r" || s == "\r\n" {
			return
		}
	}
	m.reconstruct()
	if m.follows() {
		m.oe[len(m.oe)-1].fresh = false
	}
}

// bodyStart is a start tag in body.
func (m *stackModel) bodyStart(a atom.Atom, tag []byte, selfClosing bool) {
	switch a {
	case atom.Html, atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head,
		atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
		// Ignored (or attributes merged into an open element).
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track:
		m.pushPop(a, tag)
	case atom.Noframes, atom.Script, atom.Style, atom.Title, atom.Textarea, atom.Iframe, atom.Noembed, atom.Noscript:
		// The generic raw text algorithms (scripting enabled, as Parse
		// runs).
		m.rawText(a, tag)
	case atom.Xmp:
		m.closeP()
		m.reconstruct()
		m.rawText(a, tag)
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header,
		atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary,
		atom.Ul, atom.Pre, atom.Listing, atom.Plaintext:
		m.closeP()
		m.push(a, tag)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.closeP()
		if heading(m.top().a) {
			m.pop()
		}
		m.push(a, tag)
	case atom.Form:
		if m.form != 0 {
			return
		}
		m.closeP()
		m.push(a, tag)
		if m.follows() {
			m.form = m.top().id
		}
	case atom.Li, atom.Dd, atom.Dt:
		for i := len(m.oe) - 1; i >= 0; i-- {
			b := m.oe[i].a
			if b == a || a != atom.Li && (b == atom.Dd || b == atom.Dt) {
				m.oe = m.oe[:i]
				break
			}
			if b != atom.Address && b != atom.Div && b != atom.P && special(m.oe[i]) {
				break
			}
		}
		m.closeP()
		m.push(a, tag)
	case atom.Button:
		if m.inScope(scopeDefault, atom.Button) {
			m.generateImpliedEndTags(0)
			m.popUntil(scopeDefault, atom.Button)
		}
		m.reconstruct()
		m.push(a, tag)
	case atom.A:
		for i := len(m.afe) - 1; i >= 0 && m.afe[i].id != 0; i-- {
			if n := m.afe[i]; n.a == atom.A {
				m.adoptionAgency(atom.A)
				if !m.follows() {
					return
				}
				m.removeOE(n.id)
				m.removeAFE(n.id)
				break
			}
		}
		m.reconstruct()
		m.addFormatting(a, tag)
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike,
		atom.Strong, atom.Tt, atom.U:
		m.reconstruct()
		m.addFormatting(a, tag)
	case atom.Nobr:
		m.reconstruct()
		if m.follows() && m.inScope(scopeDefault, atom.Nobr) {
			m.adoptionAgency(atom.Nobr)
			m.reconstruct()
		}
		m.addFormatting(a, tag)
	case atom.Applet, atom.Marquee, atom.Object:
		m.reconstruct()
		m.push(a, tag)
		m.addMarker()
	case atom.Table:
		if m.inScope(scopeButton, atom.P) {
			switch m.quirks {
			case noQuirks:
				m.closeP()
			case quirksUnknown:
				m.giveUp()
				return
			}
		}
		m.push(a, tag)
		m.mode = inTable
	case atom.Input:
		m.popUntil(scopeDefault, atom.Select)
		m.reconstruct()
		m.pushPop(a, tag)
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr, atom.Image:
		// (The parser reads image as img.)
		m.reconstruct()
		m.pushPop(a, tag)
	case atom.Hr:
		if m.inScope(scopeButton, atom.P) {
			m.generateImpliedEndTags(atom.P)
			m.popUntil(scopeDefault, atom.P)
		}
		if m.inScope(scopeDefault, atom.Select) {
			m.generateImpliedEndTags(0)
		}
		m.pushPop(a, tag)
	case atom.Select:
		if m.popUntil(scopeDefault, atom.Select) {
			return
		}
		m.reconstruct()
		m.push(a, tag)
	case atom.Option, atom.Optgroup:
		switch {
		case m.inScope(scopeDefault, atom.Select) && a == atom.Option:
			m.generateImpliedEndTags(atom.Optgroup)
		case m.inScope(scopeDefault, atom.Select):
			m.generateImpliedEndTags(0)
		case m.top().a == atom.Option:
			m.pop()
		}
		m.reconstruct()
		m.push(a, tag)
	case atom.Rb, atom.Rtc, atom.Rp, atom.Rt:
		if m.inScope(scopeDefault, atom.Ruby) {
			if a == atom.Rp || a == atom.Rt {
				m.generateImpliedEndTags(atom.Rtc)
			} else {
				m.generateImpliedEndTags(0)
			}
		}
		m.push(a, tag)
	case atom.Math, atom.Svg:
		m.reconstruct()
		ns := nsSVG
		if a == atom.Math {
			ns = nsMath
		}
		m.pushIn(ns, a, tag)
		if m.follows() && selfClosing {
			m.pop()
		}
	case atom.Template, atom.Frameset:
		m.giveUp()
	default:
		m.reconstruct()
		m.push(a, tag)
	}
}

// rawText inserts an element whose content the tokenizer reads as raw
// text, and enters the text mode.
func (m *stackModel) rawText(a atom.Atom, tag []byte) {
	m.push(a, tag)
	m.mode, m.original = textMode, m.mode
}

// addMarker adds a scope marker to the list.
func (m *stackModel) addMarker() {
	if m.follows() {
		m.afe = append(m.afe, stackNode{})
	}
}

// bodyEnd is an end tag in body.
func (m *stackModel) bodyEnd(a atom.Atom, tag []byte) {
	switch a {
	case atom.Body:
		if m.inScope(scopeDefault, atom.Body) {
			m.mode = afterBody
		}
	case atom.Html:
		// An implied </body>, then </html> in the after body mode.
		if m.inScope(scopeDefault, atom.Body) {
			m.mode = afterAfterBody
		}
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.Pre,
		atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		if m.inScope(scopeDefault, a) {
			m.generateImpliedEndTags(0)
			m.popUntil(scopeDefault, a)
		}
	case atom.Form:
		node := m.form
		m.form = 0
		i := m.indexInScope(scopeDefault, atom.Form)
		if node == 0 || i < 0 || m.oe[i].id != node {
			return
		}
		m.generateImpliedEndTags(0)
		m.removeOE(node)
	case atom.P:
		if !m.inScope(scopeButton, atom.P) {
			// An implied <p>, which closes no p (none is in scope) but
			// may close foreign elements.
			m.dispatch(&stackToken{kind: startToken, a: atom.P})
		}
		m.popUntil(scopeButton, atom.P)
	case atom.Li:
		m.popUntil(scopeListItem, atom.Li)
	case atom.Dd, atom.Dt:
		m.popUntil(scopeDefault, a)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.popUntil(scopeDefault, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	case atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr, atom.S, atom.Small,
		atom.Strike, atom.Strong, atom.Tt, atom.U:
		m.adoptionAgency(a)
	case atom.Applet, atom.Marquee, atom.Object:
		if m.popUntil(scopeDefault, a) {
			m.clearToMarker()
		}
	case atom.Template:
		m.giveUp()
	default:
		m.endOther(a, tag)
	}
}

// afterBody is the after body and after after body modes: comments go to
// the html element or the document, white space and <html> to the in body
// mode, </html> to the after after body mode, and anything else goes back
// to the in body mode.
func (m *stackModel) afterBody(t *stackToken) bool {
	switch t.kind {
	case commentToken:
		return true
	case textToken:
		if !t.nonBlank && blank(t.raw) {
			return m.inBody(t)
		}
	case startToken:
		if t.a == atom.Html {
			return true
		}
	case endToken:
		if t.a == atom.Html && m.mode == afterBody {
			m.mode = afterAfterBody
			return true
		}
	case doctypeToken:
		if m.mode == afterAfterBody {
			return true
		}
	}
	m.mode = inBody
	return false
}

// inForeign reports whether the parser reads token t as foreign content
// (HTML §13.2.6: the tree construction dispatcher).
func (m *stackModel) inForeign(t *stackToken) bool {
	if len(m.oe) == 0 {
		return false
	}
	n := m.top()
	switch {
	case n.ns == nsHTML:
		return false
	case n.ns == nsMath && mathText(n.a) &&
		(t.kind == startToken && t.a != atom.Mglyph && t.a != atom.Malignmark || t.kind == textToken):
		return false
	case n.ns == nsMath && n.a == atom.AnnotationXml && t.kind == startToken && t.a == atom.Svg:
		return false
	case n.htmlPoint && (t.kind == startToken || t.kind == textToken):
		return false
	}
	return true
}

// foreign is the rules for parsing tokens in foreign content.
func (m *stackModel) foreign(t *stackToken) bool {
	switch t.kind {
	case startToken:
		out := breakout(t.a)
		if t.a == atom.Font && !out {
			var ok bool
			if out, ok = fontOut(t.raw); !ok {
				m.giveUp()
				return true
			}
		}
		if out {
			for i := len(m.oe) - 1; i >= 0; i-- {
				if n := m.oe[i]; n.ns == nsHTML || n.htmlPoint || n.ns == nsMath && mathText(n.a) {
					m.oe = m.oe[:i+1]
					break
				}
			}
			return m.step(t)
		}
		ns, a := m.top().ns, t.a
		if ns == nsSVG && a == atom.Foreignobject {
			a = atom.ForeignObject // the parser's name is foreignObject
		}
		m.pushIn(ns, a, t.raw)
		m.noRaw = true
		if m.follows() && t.selfClosing {
			m.pop()
		}
		return true
	case endToken:
		for i := len(m.oe) - 1; i >= 0; i-- {
			if n := m.oe[i]; n.tag != nil && bytes.EqualFold(n.tag[1:1+nameEndsAt(n.tag[1:])], t.raw[2:2+nameEndsAt(t.raw[2:])]) {
				m.oe = m.oe[:i]
				return true
			}
			if i > 0 && m.oe[i-1].ns == nsHTML {
				break
			}
		}
		return m.step(t)
	}
	// Text, comments and doctypes change no stack.
	return true
}

// mathText reports whether a MathML element a is a text integration point.
func mathText(a atom.Atom) bool {
	switch a {
	case atom.Mi, atom.Mo, atom.Mn, atom.Ms, atom.Mtext:
		return true
	}
	return false
}

// breakout reports whether a start tag a leaves foreign content.
func breakout(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd, atom.Div,
		atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr,
		atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike,
		atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// fontOut reports whether a font start tag leaves foreign content: it has
// a color, face or size attribute. ok is false when its attributes cannot
// be read.
func fontOut(tag []byte) (out, ok bool) {
	var attrs [maxCompared]stackAttr
	n, ok := readAttributes(tag[1+nameEndsAt(tag[1:]):], &attrs)
	if !ok {
		return false, false
	}
	for _, a := range attrs[:n] {
		for _, k := range []string{"color", "face", "size"} {
			if compareFolded(a.key, []byte(k)) == 0 {
				return true, true
			}
		}
	}
	return false, true
}

// htmlEncoding reports whether a MathML annotation-xml start tag has the
// encoding text/html or application/xhtml+xml (any case). ok is false when
// its attributes cannot be read.
func htmlEncoding(tag []byte) (html, ok bool) {
	var attrs [maxCompared]stackAttr
	n, ok := readAttributes(tag[1+nameEndsAt(tag[1:]):], &attrs)
	if !ok || duplicate(attrs[:n]) {
		return false, false
	}
	for _, a := range attrs[:n] {
		if compareFolded(a.key, []byte("encoding")) == 0 {
			return compareFolded(a.val, []byte("text/html")) == 0 || compareFolded(a.val, []byte("application/xhtml+xml")) == 0, true
		}
	}
	return false, true
}

// inTable is the in table insertion mode.
func (m *stackModel) inTable(t *stackToken) bool {
	switch t.kind {
	case textToken:
		switch m.top().a {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !t.nonBlank && blank(t.raw) {
				return true
			}
		}
	case commentToken:
		m.oe[len(m.oe)-1].fresh = false
		return true
	case doctypeToken:
		return true
	case startToken:
		switch t.a {
		case atom.Caption:
			m.clearToContext(atom.Table, atom.Table, atom.Table)
			m.addMarker()
			m.push(t.a, t.raw)
			m.mode = inCaption
			return true
		case atom.Colgroup:
			m.clearToContext(atom.Table, atom.Table, atom.Table)
			m.push(t.a, t.raw)
			m.mode = inColumnGroup
			return true
		case atom.Col:
			m.inTable(&stackToken{kind: startToken, a: atom.Colgroup})
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			m.clearToContext(atom.Table, atom.Table, atom.Table)
			m.push(t.a, t.raw)
			m.mode = inTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			m.inTable(&stackToken{kind: startToken, a: atom.Tbody})
			return false
		case atom.Table:
			if m.popUntil(scopeTable, atom.Table) {
				m.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script:
			m.rawText(t.a, t.raw)
			return true
		case atom.Template:
			m.giveUp()
			return true
		case atom.Input:
			hidden, ok := hiddenInput(t.raw)
			if !ok {
				m.giveUp()
				return true
			}
			if hidden {
				m.pushPop(t.a, t.raw)
				return true
			}
		case atom.Form:
			if m.form != 0 {
				return true
			}
			m.pushPop(t.a, t.raw)
			m.form = m.nextID
			return true
		}
	case endToken:
		switch t.a {
		case atom.Table:
			if m.popUntil(scopeTable, atom.Table) {
				m.resetMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot,
			atom.Th, atom.Thead, atom.Tr:
			return true
		case atom.Template:
			m.giveUp()
			return true
		}
	}
	// Anything else: as in body, with foster parenting, which moves
	// elements in the tree but pushes them on the stack all the same.
	return m.inBody(t)
}

// hiddenInput reports whether an input start tag has type=hidden; ok is
// false when its attributes cannot be read.
func hiddenInput(tag []byte) (hidden, ok bool) {
	var attrs [maxCompared]stackAttr
	n, ok := readAttributes(tag[1+nameEndsAt(tag[1:]):], &attrs)
	if !ok || duplicate(attrs[:n]) {
		return false, false
	}
	for _, a := range attrs[:n] {
		if compareFolded(a.key, []byte("type")) == 0 {
			return bytes.EqualFold(a.val, []byte("hidden")), true
		}
	}
	return false, true
}

// inCaption is the in caption insertion mode.
func (m *stackModel) inCaption(t *stackToken) bool {
	switch t.kind {
	case startToken:
		switch t.a {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			if !m.popUntil(scopeTable, atom.Caption) {
				return true
			}
			m.clearToMarker()
			m.mode = inTable
			return false
		}
	case endToken:
		switch t.a {
		case atom.Caption:
			if m.popUntil(scopeTable, atom.Caption) {
				m.clearToMarker()
				m.mode = inTable
			}
			return true
		case atom.Table:
			if !m.popUntil(scopeTable, atom.Caption) {
				return true
			}
			m.clearToMarker()
			m.mode = inTable
			return false
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
			atom.Thead, atom.Tr:
			return true
		}
	}
	return m.inBody(t)
}

// inColumnGroup is the in column group insertion mode.
func (m *stackModel) inColumnGroup(t *stackToken) bool {
	switch t.kind {
	case textToken:
		if !t.nonBlank && blank(t.raw) {
			return true
		}
		// The white space is inserted; the rest is anything else.
		t.nonBlank = true
	case commentToken:
		m.oe[len(m.oe)-1].fresh = false
		return true
	case doctypeToken:
		return true
	case startToken:
		switch t.a {
		case atom.Html:
			return true
		case atom.Col:
			m.pushPop(t.a, t.raw)
			return true
		case atom.Template:
			m.giveUp()
			return true
		}
	case endToken:
		switch t.a {
		case atom.Colgroup:
			if m.top().a == atom.Colgroup {
				m.pop()
				m.mode = inTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			m.giveUp()
			return true
		}
	}
	if m.top().a != atom.Colgroup {
		return true
	}
	m.pop()
	m.mode = inTable
	return false
}

// inTableBody is the in table body insertion mode.
func (m *stackModel) inTableBody(t *stackToken) bool {
	switch t.kind {
	case commentToken:
		m.oe[len(m.oe)-1].fresh = false
		return true
	case startToken:
		switch t.a {
		case atom.Tr:
			m.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			m.push(t.a, t.raw)
			m.mode = inRow
			return true
		case atom.Td, atom.Th:
			m.inTableBody(&stackToken{kind: startToken, a: atom.Tr})
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if m.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				m.mode = inTable
				return false
			}
			return true
		}
	case endToken:
		switch t.a {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if m.inScope(scopeTable, t.a) {
				m.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
				m.pop()
				m.mode = inTable
			}
			return true
		case atom.Table:
			if m.popUntil(scopeTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				m.mode = inTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	}
	return m.inTable(t)
}

// inRow is the in row insertion mode.
func (m *stackModel) inRow(t *stackToken) bool {
	switch t.kind {
	case startToken:
		switch t.a {
		case atom.Td, atom.Th:
			m.clearToContext(atom.Tr, atom.Tr, atom.Tr)
			m.push(t.a, t.raw)
			m.addMarker()
			m.mode = inCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if m.inScope(scopeTable, atom.Tr) {
				m.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				m.pop()
				m.mode = inTableBody
				return false
			}
			return true
		}
	case endToken:
		switch t.a {
		case atom.Tr, atom.Table:
			if m.inScope(scopeTable, atom.Tr) {
				m.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				m.pop()
				m.mode = inTableBody
				return t.a == atom.Tr
			}
			return true
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if m.inScope(scopeTable, t.a) && m.inScope(scopeTable, atom.Tr) {
				m.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				m.pop()
				m.mode = inTableBody
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return m.inTable(t)
}

// inCell is the in cell insertion mode.
func (m *stackModel) inCell(t *stackToken) bool {
	switch t.kind {
	case startToken:
		switch t.a {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			if m.popUntil(scopeTable, atom.Td, atom.Th) {
				m.clearToMarker()
				m.mode = inRow
				return false
			}
			return true
		}
	case endToken:
		switch t.a {
		case atom.Td, atom.Th:
			if !m.popUntil(scopeTable, t.a) {
				return true
			}
			m.clearToMarker()
			m.mode = inRow
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !m.inScope(scopeTable, t.a) {
				return true
			}
			if m.popUntil(scopeTable, atom.Td, atom.Th) {
				m.clearToMarker()
			}
			m.mode = inRow
			return false
		}
	}
	return m.inBody(t)
}

// resetMode resets the insertion mode from the stack (HTML §13.2.4.1).
func (m *stackModel) resetMode() {
	for i := len(m.oe) - 1; i >= 0; i-- {
		switch m.oe[i].a {
		case atom.Td, atom.Th:
			m.mode = inCell
		case atom.Tr:
			m.mode = inRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			m.mode = inTableBody
		case atom.Caption:
			m.mode = inCaption
		case atom.Colgroup:
			m.mode = inColumnGroup
		case atom.Table:
			m.mode = inTable
		case atom.Body:
			m.mode = inBody
		default:
			if i > 0 {
				continue
			}
			m.mode = inBody
		}
		return
	}
}

// clearToContext pops elements until the current node is html or one of
// a, b and c.
func (m *stackModel) clearToContext(a, b, c atom.Atom) {
	for len(m.oe) > 0 {
		switch m.top().a {
		case atom.Html, a, b, c:
			return
		}
		m.pop()
	}
}

// top returns the current node.
func (m *stackModel) top() stackNode { return m.oe[len(m.oe)-1] }

// pop pops the current node.
func (m *stackModel) pop() { m.oe = m.oe[:len(m.oe)-1] }

// closeP closes a p element in button scope, as the start tags of blocks
// do (popUntil(buttonScope, p)).
func (m *stackModel) closeP() { m.popUntil(scopeButton, atom.P) }

// stackScope is a kind of scope of HTML §13.2.4.2.
type stackScope uint8

const (
	scopeDefault stackScope = iota
	scopeListItem
	scopeButton
	scopeTable
)

// indexInScope returns the index of the highest element of the stack that
// is one of tags and in scope s, or -1. The boundaries of the default scope
// the model can hold are html, applet, caption, table, td, th, marquee,
// object and select; button scope adds button and list item scope ol and
// ul; table scope has html and table only.
func (m *stackModel) indexInScope(s stackScope, tags ...atom.Atom) int {
	for i := len(m.oe) - 1; i >= 0; i-- {
		n := m.oe[i]
		if n.ns != nsHTML {
			// Foreign elements bound the default scopes where they are
			// special, and match nothing.
			if s != scopeTable && special(n) {
				return -1
			}
			continue
		}
		if slices.Contains(tags, n.a) {
			return i
		}
		switch n.a {
		case atom.Html, atom.Table:
			return -1
		case atom.Applet, atom.Caption, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Select:
			if s != scopeTable {
				return -1
			}
		case atom.Button:
			if s == scopeButton {
				return -1
			}
		case atom.Ol, atom.Ul:
			if s == scopeListItem {
				return -1
			}
		}
	}
	return -1
}

// inScope reports whether an element of tags is in scope s.
func (m *stackModel) inScope(s stackScope, tags ...atom.Atom) bool {
	return m.indexInScope(s, tags...) >= 0
}

// popUntil pops the stack down to and including the highest element of
// tags in scope s, and reports whether there was one.
func (m *stackModel) popUntil(s stackScope, tags ...atom.Atom) bool {
	if i := m.indexInScope(s, tags...); i >= 0 {
		m.oe = m.oe[:i]
		return true
	}
	return false
}

// generateImpliedEndTags pops dd, dt, li, optgroup, option, p, rb, rp, rt
// and rtc elements but except from the top of the stack.
func (m *stackModel) generateImpliedEndTags(except atom.Atom) {
	for len(m.oe) > 0 {
		switch b := m.top().a; b {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
			if b != except {
				m.pop()
				continue
			}
		}
		return
	}
}

// indexOE returns the index of element id in the stack, or -1.
func (m *stackModel) indexOE(id int32) int {
	for i := len(m.oe) - 1; i >= 0; i-- {
		if m.oe[i].id == id {
			return i
		}
	}
	return -1
}

// indexAFE returns the index of element id in the list, or -1.
func (m *stackModel) indexAFE(id int32) int {
	for i := len(m.afe) - 1; i >= 0; i-- {
		if m.afe[i].id == id {
			return i
		}
	}
	return -1
}

// removeOE removes element id from the stack, if it is there.
func (m *stackModel) removeOE(id int32) {
	if i := m.indexOE(id); i >= 0 {
		m.oe = slices.Delete(m.oe, i, i+1)
	}
}

// removeAFE removes element id from the list, if it is there.
func (m *stackModel) removeAFE(id int32) {
	if i := m.indexAFE(id); i >= 0 {
		m.afe = slices.Delete(m.afe, i, i+1)
	}
}

// clearToMarker clears the list up to the last marker.
func (m *stackModel) clearToMarker() {
	for len(m.afe) > 0 {
		n := m.afe[len(m.afe)-1]
		m.afe = m.afe[:len(m.afe)-1]
		if n.id == 0 {
			return
		}
	}
}

// reconstruct reopens the entries of the list after its last marker or
// open element, each as a clone that takes its place in the list.
func (m *stackModel) reconstruct() {
	if !m.follows() || len(m.afe) == 0 {
		return
	}
	i := len(m.afe) - 1
	if n := m.afe[i]; n.id == 0 || m.indexOE(n.id) >= 0 {
		return
	}
	for i > 0 {
		i--
		if n := m.afe[i]; n.id == 0 || m.indexOE(n.id) >= 0 {
			i++
			break
		}
	}
	for ; i < len(m.afe); i++ {
		n := m.afe[i]
		m.push(n.a, n.tag)
		if !m.follows() {
			return
		}
		m.afe[i] = m.top()
	}
}

// addFormatting inserts a formatting element, and adds it to the list
// after removing the earliest of three identical ones (the Noah's Ark
// clause, after the last marker).
func (m *stackModel) addFormatting(a atom.Atom, tag []byte) {
	m.push(a, tag)
	if !m.follows() {
		return
	}
	identical := 0
	for i := len(m.afe) - 1; i >= 0 && m.afe[i].id != 0; i-- {
		n := m.afe[i]
		if n.a != a {
			continue
		}
		same, ok := sameAttributes(n.tag, tag)
		if !ok {
			m.giveUp()
			return
		}
		if same {
			identical++
			if identical >= 3 {
				m.afe = slices.Delete(m.afe, i, i+1)
			}
		}
	}
	if len(m.afe) >= maxActive {
		m.giveUp()
		return
	}
	m.afe = append(m.afe, m.top())
}

// adoptionAgency runs the adoption agency algorithm for an end tag of a
// formatting element a, as far as it changes the stack and the list.
func (m *stackModel) adoptionAgency(a atom.Atom) {
	if !m.follows() {
		return
	}
	if cur := m.top(); cur.a == a && m.indexAFE(cur.id) < 0 {
		m.pop()
		return
	}
	for range 8 {
		fi := -1
		for j := len(m.afe) - 1; j >= 0 && m.afe[j].id != 0; j-- {
			if m.afe[j].a == a {
				fi = j
				break
			}
		}
		if fi < 0 {
			m.endOther(a, nil)
			return
		}
		fe := m.afe[fi]
		feIndex := m.indexOE(fe.id)
		if feIndex < 0 {
			m.removeAFE(fe.id)
			return
		}
		if !m.inScope(scopeDefault, a) {
			return
		}
		furthest := -1
		for i := feIndex; i < len(m.oe); i++ {
			if special(m.oe[i]) {
				furthest = i
				break
			}
		}
		if furthest < 0 {
			m.oe = m.oe[:feIndex]
			m.removeAFE(fe.id)
			return
		}
		furthestID := m.oe[furthest].id
		bookmark := m.indexAFE(fe.id)
		lastIsFurthest := true
		x := furthest
		for j := 1; ; j++ {
			x--
			node := m.oe[x]
			if node.id == fe.id {
				break
			}
			ni := m.indexAFE(node.id)
			if j > 3 && ni >= 0 {
				m.afe = slices.Delete(m.afe, ni, ni+1)
				if ni <= bookmark {
					bookmark--
				}
				continue
			}
			if ni < 0 {
				m.oe = slices.Delete(m.oe, x, x+1)
				continue
			}
			m.nextID++
			clone := stackNode{id: m.nextID, a: node.a, tag: node.tag}
			m.afe[ni] = clone
			m.oe[x] = clone
			if lastIsFurthest {
				bookmark = ni + 1
			}
			lastIsFurthest = false
		}
		m.nextID++
		clone := stackNode{id: m.nextID, a: fe.a, tag: fe.tag}
		if old := m.indexAFE(fe.id); old >= 0 && old < bookmark {
			bookmark--
		}
		m.removeAFE(fe.id)
		m.afe = slices.Insert(m.afe, bookmark, clone)
		m.removeOE(fe.id)
		m.oe = slices.Insert(m.oe, m.indexOE(furthestID)+1, clone)
	}
}

// endOther models the in body mode's "any other end tag" of element a;
// tag is the end tag, or nil for a formatting element (which has an
// atom).
func (m *stackModel) endOther(a atom.Atom, tag []byte) {
	for i := len(m.oe) - 1; i >= 0; i-- {
		n := m.oe[i]
		if n.ns == nsHTML && n.a == a && (a != 0 || n.tag != nil && tag != nil && sameName(n.tag[1:], tag[2:])) {
			m.oe = m.oe[:i]
			return
		}
		if special(n) {
			return
		}
	}
}

// heading reports whether a is h1 to h6.
func heading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// special reports whether an element is in the parser's set of special
// elements (golang.org/x/net/html, const.go: HTML §13.2.4.2 with keygen,
// without search).
func special(n stackNode) bool {
	switch n.ns {
	case nsSVG:
		return n.a == atom.ForeignObject || n.a == atom.Desc || n.a == atom.Title
	case nsMath:
		return mathText(n.a) || n.a == atom.AnnotationXml
	}
	switch n.a {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont,
		atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center,
		atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr,
		atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link, atom.Listing,
		atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed, atom.Noframes,
		atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext, atom.Pre, atom.Script,
		atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary, atom.Table, atom.Tbody, atom.Td,
		atom.Template, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track,
		atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}

// isSpace reports whether c is white space between attributes.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// nameEndsAt returns the length of the tag name at the start of s (after
// "<" or "</"): it ends at white space, "/" or ">".
func nameEndsAt(s []byte) int {
	for i, c := range s {
		if isSpace(c) || c == '/' || c == '>' {
			return i
		}
	}
	return len(s)
}

// sameName reports whether two tag names, at the start of s and t, are the
// same once ASCII letters are lower-cased, as the tokenizer does.
func sameName(s, t []byte) bool {
	s, t = s[:nameEndsAt(s)], t[:nameEndsAt(t)]
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if lowerASCII(s[i]) != lowerASCII(t[i]) {
			return false
		}
	}
	return true
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// stackAttr is an attribute read by readAttributes: views of the tag.
type stackAttr struct{ key, val []byte }

// maxCompared is the number of attributes sameAttributes compares.
const maxCompared = 8

// sameAttributes reports whether two start tags (of the same element) have
// the same attributes, as the Noah's Ark clause compares them: the same
// multiset of lower-cased names and values. ok is false when a tag's
// attributes are written in a way readAttributes does not read.
func sameAttributes(s, t []byte) (same, ok bool) {
	s, t = s[1+nameEndsAt(s[1:]):], t[1+nameEndsAt(t[1:]):]
	if bytes.Equal(s, t) {
		return true, true
	}
	var sa, ta [maxCompared]stackAttr
	ns, okS := readAttributes(s, &sa)
	nt, okT := readAttributes(t, &ta)
	if !okS || !okT || duplicate(sa[:ns]) || duplicate(ta[:nt]) {
		// (The tokenizer keeps the first of attributes of one name.)
		return false, false
	}
	if ns != nt {
		return false, true
	}
	cmp := func(x, y stackAttr) int {
		if c := compareFolded(x.key, y.key); c != 0 {
			return c
		}
		return bytes.Compare(x.val, y.val)
	}
	slices.SortFunc(sa[:ns], cmp)
	slices.SortFunc(ta[:nt], cmp)
	for i := range ns {
		if cmp(sa[i], ta[i]) != 0 {
			return false, true
		}
	}
	return true, true
}

// duplicate reports whether two attributes have the same name.
func duplicate(attrs []stackAttr) bool {
	for i := range attrs {
		for j := range i {
			if compareFolded(attrs[i].key, attrs[j].key) == 0 {
				return true
			}
		}
	}
	return false
}

// compareFolded compares two ASCII names with letters lower-cased.
func compareFolded(x, y []byte) int {
	for i := 0; i < len(x) && i < len(y); i++ {
		if c, d := lowerASCII(x[i]), lowerASCII(y[i]); c != d {
			return int(c) - int(d)
		}
	}
	return len(x) - len(y)
}

// readAttributes reads the attributes of a start tag from the text after
// its name (ending with ">"), in the plainest forms only: names of
// letters, digits, "-", "_", ":" and ".", values quoted or unquoted without
// character references, an optional final "/" after white space or a
// quoted value. ok is false for anything else, and for more than
// maxCompared attributes.
func readAttributes(s []byte, out *[maxCompared]stackAttr) (n int, ok bool) {
	if len(s) == 0 || s[len(s)-1] != '>' {
		return 0, false
	}
	s = s[:len(s)-1]
	i := 0
	for {
		start := i
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i == len(s) {
			return n, true
		}
		if s[i] == '/' && i == len(s)-1 && (i > start || i == 0 || s[i-1] == '"' || s[i-1] == '\'') {
			return n, true
		}
		if i == start && i > 0 && s[i-1] != '"' && s[i-1] != '\'' {
			return 0, false
		}
		k := i
		for i < len(s) && nameChar(s[i]) {
			i++
		}
		if i == k || n == maxCompared {
			return 0, false
		}
		attr := stackAttr{key: s[k:i]}
		if i < len(s) && s[i] == '=' {
			i++
			switch {
			case i < len(s) && (s[i] == '"' || s[i] == '\''):
				q := s[i]
				j := bytes.IndexByte(s[i+1:], q)
				if j < 0 {
					return 0, false
				}
				attr.val = s[i+1 : i+1+j]
				i += j + 2
			default:
				v := i
				for i < len(s) && !isSpace(s[i]) {
					if c := s[i]; c == '"' || c == '\'' || c == '<' || c == '=' || c == '`' {
						return 0, false
					}
					i++
				}
				if i == v {
					return 0, false
				}
				attr.val = s[v:i]
			}
			if bytes.IndexByte(attr.val, '&') >= 0 || bytes.IndexByte(attr.val, '\r') >= 0 {
				return 0, false
			}
		} else if i < len(s) && !isSpace(s[i]) {
			return 0, false
		}
		out[n] = attr
		n++
	}
}

// nameChar reports whether c may be part of an attribute name that
// readAttributes reads.
func nameChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}
