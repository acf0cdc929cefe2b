package footer

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The depth ceiling (depth.go) over-approximates the parser's stack of open
// elements, and tag soup that the parser tidies away (formatting elements
// left open in paragraphs, list items, divisions or table cells that
// close: <p><b>x repeated) makes it grow without bound, so that the parser
// would have to run and build a tree of some 30 to 100 times the page. The
// stack model follows the parser instead: it keeps the parser's stack of
// open elements, its list of active formatting elements, its insertion
// mode and the little else they depend on (the head and form element
// pointers, the stack of template insertion modes, the frameset-ok flag,
// the quirks mode) exactly as golang.org/x/net/html's tree construction
// changes them (parse.go, foreign.go; HTML §13.2.4, §13.2.6), without
// building any tree: every insertion mode, the rules for foreign content,
// reconstruction of the active formatting elements with the Noah's Ark
// clause, the adoption agency. It reads the page again, token by token
// as the parser's tokenizer reads it (lex.go; told, as the parser tells
// the tokenizer, where CDATA sections are allowed and where raw text is
// not), only on the pages whose ceiling cannot rule rejection out. It knows the depth the parser
// reaches, and so whether the parser rejects the page, at a cost bounded
// by the parser's limit: its stack never holds more than 513 entries and
// its list no more than maxActive, beyond which (a list the parser would
// have to reopen past its limit) it gives up and the parser decides.
//
// The model is held to the parser by property and fuzz tests that pad
// random markup to exactly 512 and 513 open elements (stack_test.go).

// followStack runs the stack model over doc.
func followStack(doc []byte) *stackModel {
	m := &stackModel{framesetOK: true}
	l := newLexer(doc)
	var name []byte
	for m.follows() {
		// The parser's tokenizer reads CDATA sections in foreign content
		// only, and no raw text in foreign elements.
		l.AllowCDATA(len(m.oe) > 0 && m.top().ns != nsHTML)
		tt := l.Next()
		t := stackToken{raw: l.Raw()}
		switch tt {
		case html.ErrorToken:
			// The end of the page pushes no element in any mode.
			return m
		case html.TextToken:
			t.kind = textToken
			if c := t.raw; bytes.HasPrefix(c, []byte("<![CDATA[")) {
				// The text of a CDATA section is its content.
				t.raw = bytes.TrimSuffix(c[len("<![CDATA["):], []byte("]]>"))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name = lowerName(name, t.raw[1:])
			t.kind, t.a, t.selfClosing = startToken, atom.Lookup(name), tt == html.SelfClosingTagToken
		case html.EndTagToken:
			name = lowerName(name, t.raw[2:])
			t.kind, t.a = endToken, atom.Lookup(name)
		case html.CommentToken:
			t.kind = commentToken
		case html.DoctypeToken:
			t.kind = doctypeToken
		}
		m.dispatch(&t)
		if m.noRaw {
			l.NextIsNotRawText()
			m.noRaw = false
		}
	}
	return m
}

// lowerName returns in buf the name of a tag, from its raw text after "<"
// or "</", with ASCII letters in lower case, as the tokenizer's TagName.
func lowerName(buf, raw []byte) []byte {
	buf = buf[:0]
	for _, c := range tagNameAt(raw) {
		buf = append(buf, lowerASCII(c))
	}
	return buf
}

// maxActive bounds the model's list of active formatting elements. Each
// entry of the list that is not open is reopened by the next text, so the
// parser's stack grows with the list: a longer list is handed to the
// parser.
const maxActive = 4096

// stackNode is an element of the parser's stack of open elements or of its
// list of active formatting elements; id 0 is the list's scope marker.
type stackNode struct {
	id  int32
	a   atom.Atom
	tag []byte // the start tag, a view of the page: name and attributes
	ns  namespace
	// fresh marks a pre or listing element that has no child yet: the
	// parser drops a newline at the start of its text.
	fresh bool
	// htmlPoint marks an HTML integration point: SVG desc, foreignObject
	// and title, MathML annotation-xml of HTML encoding.
	htmlPoint bool
	// key is the attribute key of a formatting element (attrKey), once
	// keyed says it was made.
	keyed bool
	key   string
}

// namespace is the namespace of an element.
type namespace uint8

const (
	nsHTML namespace = iota
	nsSVG
	nsMath
)

// stackModel follows the parser's tree construction (see above).
type stackModel struct {
	oe        []stackNode // the stack of open elements, html first
	afe       []stackNode // the list of active formatting elements
	templates []stackMode // the stack of template insertion modes
	nextID    int32
	head      stackNode // the head element pointer (id 0: none)
	form      int32     // the form element pointer (an id, 0 for none)
	mode      stackMode
	original  stackMode // the mode the text mode returns to
	// framesetOK is the frameset-ok flag: a frameset may still replace
	// the body.
	framesetOK bool
	quirks     bool
	lost       bool // the model gave up: the parser decides
	rejected   bool // the parser's stack would exceed its limit
	max        int  // the largest number of open elements so far
	// noRaw tells the tokenizer not to read the content of the element
	// just opened as raw text: a foreign element (parseForeignContent).
	noRaw  bool
	attrs  []attrSpan // scratch space for reading attributes
	keyBuf []byte     // scratch space for making attribute keys
}

// stackMode is an insertion mode of HTML §13.2.4.1.
type stackMode uint8

const (
	initialMode stackMode = iota
	beforeHTML
	beforeHead
	inHead
	afterHead
	inBody
	textMode
	inTable
	inCaption
	inColumnGroup
	inTableBody
	inRow
	inCell
	inTemplate
	afterBody
	inFrameset
	afterFrameset
	afterAfterBody
	afterAfterFrameset
	// ignoreRest is the parser's ignoreTheRemainingTokens: a template
	// started while foreign content is open.
	ignoreRest
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
	// nonBlank marks text known to hold more than white space: the rest of
	// a text whose leading white space a mode has taken.
	nonBlank    bool
	selfClosing bool // a start tag the tokenizer reads as self-closing
}

// implied is a start or end tag the parser implies.
func implied(kind tokenKind, a atom.Atom) *stackToken { return &stackToken{kind: kind, a: a} }

// follows reports whether the model still follows the page.
func (m *stackModel) follows() bool { return !m.lost && !m.rejected }

// giveUp hands the page to the parser.
func (m *stackModel) giveUp() {
	m.lost, m.oe, m.afe = true, nil, nil
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
	case initialMode:
		return m.initial(t)
	case beforeHTML:
		return m.beforeHTML(t)
	case beforeHead:
		return m.beforeHead(t)
	case inHead:
		return m.inHead(t)
	case afterHead:
		return m.afterHead(t)
	case inBody:
		return m.inBody(t)
	case textMode:
		return m.text(t)
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
	case inCell:
		return m.inCell(t)
	case inTemplate:
		return m.inTemplate(t)
	case afterBody, afterAfterBody:
		return m.afterBody(t)
	case inFrameset, afterFrameset, afterAfterFrameset:
		return m.frameset(t)
	}
	return true // ignoreRest
}

// push inserts an element for start tag tag of element a, as the parser's
// insertOpenElement, which rejects the page past 512 open elements.
func (m *stackModel) push(a atom.Atom, tag []byte) { m.pushIn(nsHTML, a, tag) }

// pushIn is push for an element of namespace ns.
func (m *stackModel) pushIn(ns namespace, a atom.Atom, tag []byte) {
	m.nextID++
	e := stackNode{id: m.nextID, a: a, tag: tag, ns: ns, fresh: ns == nsHTML && (a == atom.Pre || a == atom.Listing)}
	switch {
	case ns == nsSVG:
		e.htmlPoint = a == atom.Desc || a == atom.ForeignObject || a == atom.Title
	case ns == nsMath && a == atom.AnnotationXml:
		e.htmlPoint, m.attrs = htmlEncoding(tag, m.attrs)
	}
	m.pushNode(e)
}

// pushNode inserts element e (new, or the head element again).
func (m *stackModel) pushNode(e stackNode) {
	if n := len(m.oe); n > 0 {
		m.oe[n-1].fresh = false
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

// top returns the current node.
func (m *stackModel) top() stackNode { return m.oe[len(m.oe)-1] }

// pop pops the current node.
func (m *stackModel) pop() { m.oe = m.oe[:len(m.oe)-1] }

// contains reports whether an HTML element a is open.
func (m *stackModel) contains(a atom.Atom) bool {
	for _, n := range m.oe {
		if n.a == a && n.ns == nsHTML {
			return true
		}
	}
	return false
}

// leadingSpace handles text in the modes that take its leading white space
// (and nothing more) themselves: it reports whether the text was all white
// space, and otherwise marks the rest as not blank.
func leadingSpace(t *stackToken) (all bool) {
	if !t.nonBlank && blank(t.raw) {
		return true
	}
	t.nonBlank = true
	return false
}

// initial is the initial insertion mode.
func (m *stackModel) initial(t *stackToken) bool {
	switch t.kind {
	case textToken:
		if leadingSpace(t) {
			return true
		}
	case commentToken:
		return true
	case doctypeToken:
		m.quirks = quirksOf(t.raw)
		m.mode = beforeHTML
		return true
	}
	m.quirks = true
	m.mode = beforeHTML
	return false
}

// beforeHTML is the before html insertion mode.
func (m *stackModel) beforeHTML(t *stackToken) bool {
	switch t.kind {
	case doctypeToken, commentToken:
		return true
	case textToken:
		if leadingSpace(t) {
			return true
		}
	case startToken:
		if t.a == atom.Html {
			m.push(t.a, t.raw)
			m.mode = beforeHead
			return true
		}
	case endToken:
		switch t.a {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	}
	m.dispatch(implied(startToken, atom.Html))
	return false
}

// beforeHead is the before head insertion mode.
func (m *stackModel) beforeHead(t *stackToken) bool {
	switch t.kind {
	case doctypeToken, commentToken:
		return true
	case textToken:
		if leadingSpace(t) {
			return true
		}
	case startToken:
		switch t.a {
		case atom.Head:
			m.push(t.a, t.raw)
			if m.follows() {
				m.head = m.top()
			}
			m.mode = inHead
			return true
		case atom.Html:
			return m.inBody(t)
		}
	case endToken:
		switch t.a {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	}
	m.dispatch(implied(startToken, atom.Head))
	return false
}

// inHead is the in head insertion mode.
func (m *stackModel) inHead(t *stackToken) bool {
	switch t.kind {
	case doctypeToken:
		return true
	case commentToken:
		m.childAdded()
		return true
	case textToken:
		if leadingSpace(t) {
			return true
		}
	case startToken:
		switch t.a {
		case atom.Html:
			return m.inBody(t)
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			m.pushPop(t.a, t.raw)
			return true
		case atom.Noscript, atom.Script, atom.Title, atom.Noframes, atom.Style:
			// Raw text (scripting enabled, as Parse runs).
			m.rawText(t.a, t.raw)
			return true
		case atom.Head:
			return true
		case atom.Template:
			for _, n := range m.oe {
				if n.ns != nsHTML {
					m.mode = ignoreRest
					return true
				}
			}
			m.push(t.a, t.raw)
			m.addMarker()
			m.framesetOK = false
			m.mode = inTemplate
			m.templates = append(m.templates, inTemplate)
			return true
		}
	case endToken:
		switch t.a {
		case atom.Head:
			m.pop()
			m.mode = afterHead
			return true
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			if !m.contains(atom.Template) {
				return true
			}
			m.generateImpliedEndTags(0)
			for i := len(m.oe) - 1; i >= 0; i-- {
				if n := m.oe[i]; n.ns == nsHTML && n.a == atom.Template {
					m.oe = m.oe[:i]
					break
				}
			}
			m.clearToMarker()
			if n := len(m.templates); n > 0 {
				m.templates = m.templates[:n-1]
			}
			m.resetMode()
			return true
		default:
			return true
		}
	}
	m.dispatch(implied(endToken, atom.Head))
	return false
}

// afterHead is the after head insertion mode.
func (m *stackModel) afterHead(t *stackToken) bool {
	switch t.kind {
	case doctypeToken:
		return true
	case commentToken:
		m.childAdded()
		return true
	case textToken:
		if leadingSpace(t) {
			return true
		}
	case startToken:
		switch t.a {
		case atom.Html:
			return m.inBody(t)
		case atom.Body:
			m.push(t.a, t.raw)
			m.framesetOK = false
			m.mode = inBody
			return true
		case atom.Frameset:
			m.push(t.a, t.raw)
			m.mode = inFrameset
			return true
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
			atom.Style, atom.Template, atom.Title:
			// The head element is open again for the token.
			head := m.head
			m.pushNode(head)
			if !m.follows() {
				return true
			}
			consumed := m.inHead(t)
			if m.follows() {
				m.removeOE(head.id)
			}
			return consumed
		case atom.Head:
			return true
		}
	case endToken:
		switch t.a {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return m.inHead(t)
		default:
			return true
		}
	}
	m.dispatch(implied(startToken, atom.Body))
	m.framesetOK = true
	return false
}

// rawText inserts an element whose content the tokenizer reads as raw
// text, and enters the text mode.
func (m *stackModel) rawText(a atom.Atom, tag []byte) {
	m.push(a, tag)
	m.mode, m.original = textMode, m.mode
}

// text is the text mode: the element's end tag closes it.
func (m *stackModel) text(t *stackToken) bool {
	switch t.kind {
	case textToken:
		return true
	case endToken:
		m.pop()
	}
	m.mode = m.original
	return t.kind == endToken
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
			return m.inBody(t)
		}
	case endToken:
		if t.a == atom.Html && m.mode == afterBody {
			m.mode = afterAfterBody
			return true
		}
	case doctypeToken:
		if m.mode == afterAfterBody {
			return m.inBody(t)
		}
	}
	m.mode = inBody
	return false
}

// frameset is the in frameset, after frameset and after after frameset
// insertion modes, where nothing but frameset and frame elements opens.
func (m *stackModel) frameset(t *stackToken) bool {
	switch t.kind {
	case textToken:
		if m.mode == afterAfterFrameset && hasSpace(t.raw) {
			// Its white space is read in body.
			ws := *t
			ws.nonBlank = false
			return m.inBody(&ws)
		}
	case doctypeToken:
		if m.mode == afterAfterFrameset {
			return m.inBody(t)
		}
	case startToken:
		switch {
		case t.a == atom.Html:
			return m.inBody(t)
		case t.a == atom.Noframes:
			return m.inHead(t)
		case m.mode == inFrameset && t.a == atom.Frameset:
			m.push(t.a, t.raw)
		case m.mode == inFrameset && t.a == atom.Frame:
			m.pushPop(t.a, t.raw)
		}
	case endToken:
		switch {
		case m.mode == inFrameset && t.a == atom.Frameset:
			if m.top().a != atom.Html {
				m.pop()
				if m.top().a != atom.Frameset {
					m.mode = afterFrameset
				}
			}
		case m.mode == afterFrameset && t.a == atom.Html:
			m.mode = afterAfterFrameset
		}
	}
	return true
}

// childAdded notes that the current node got a child.
func (m *stackModel) childAdded() {
	if n := len(m.oe); n > 0 {
		m.oe[n-1].fresh = false
	}
}

// blank reports whether text is white space only, after its character
// references are decoded (without copying it: the references that stand
// for white space are numeric ones and &Tab; and &NewLine;).
func blank(raw []byte) bool {
	for i := 0; i < len(raw); {
		if isTagSpace(raw[i]) {
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

// hasSpace reports whether text holds white space, after its character
// references are decoded.
func hasSpace(raw []byte) bool {
	if bytes.IndexByte(raw, '&') < 0 {
		return bytes.ContainsAny(raw, " \t\n\f\r")
	}
	return strings.ContainsAny(html.UnescapeString(string(raw)), " \t\n\f\r")
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
