package footer

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inBody is the in body insertion mode.
func (m *stackModel) inBody(t *stackToken) bool {
	switch t.kind {
	case textToken:
		m.bodyText(t)
	case commentToken:
		m.childAdded()
	case startToken:
		return m.bodyStart(t)
	case endToken:
		switch t.a {
		case atom.Br:
			// Read as <br>, from the start.
			t.kind, t.selfClosing = startToken, false
			return false
		case atom.Template:
			return m.inHead(t)
		}
		m.bodyEnd(t.a, t.raw)
	}
	return true
}

// bodyText is text in body.
func (m *stackModel) bodyText(t *stackToken) {
	raw := t.raw
	if m.top().fresh && !t.nonBlank {
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
	m.childAdded()
	if m.framesetOK && (t.nonBlank || !blank(raw)) {
		m.framesetOK = false
	}
}

// bodyStart is a start tag in body; it reports whether the token was
// consumed.
func (m *stackModel) bodyStart(t *stackToken) bool {
	a, tag := t.a, t.raw
	switch a {
	case atom.Html:
		// Its attributes go to the html element, unless in a template.
	case atom.Body:
		if !m.contains(atom.Template) && len(m.oe) >= 2 && m.oe[1].a == atom.Body {
			m.framesetOK = false
		}
	case atom.Frameset:
		if !m.framesetOK || len(m.oe) < 2 || m.oe[1].a != atom.Body {
			return true
		}
		m.oe = m.oe[:1]
		m.push(a, tag)
		m.mode = inFrameset
	case atom.Caption, atom.Col, atom.Colgroup, atom.Frame, atom.Head, atom.Tbody, atom.Td, atom.Tfoot,
		atom.Th, atom.Thead, atom.Tr:
		// Ignored.
	case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
		atom.Style, atom.Template, atom.Title:
		return m.inHead(t)
	case atom.Param, atom.Source, atom.Track:
		m.pushPop(a, tag)
	case atom.Textarea, atom.Iframe:
		m.framesetOK = false
		m.rawText(a, tag)
	case atom.Noembed, atom.Noscript:
		// The generic raw text algorithm (scripting enabled, as Parse
		// runs).
		m.rawText(a, tag)
	case atom.Xmp:
		m.closeP()
		m.reconstruct()
		m.framesetOK = false
		m.rawText(a, tag)
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header,
		atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary,
		atom.Ul, atom.Plaintext:
		m.closeP()
		m.push(a, tag)
	case atom.Pre, atom.Listing:
		m.closeP()
		m.push(a, tag)
		m.framesetOK = false
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		m.closeP()
		if heading(m.top().a) {
			m.pop()
		}
		m.push(a, tag)
	case atom.Form:
		inTemplate := m.contains(atom.Template)
		if m.form != 0 && !inTemplate {
			return true
		}
		m.closeP()
		m.push(a, tag)
		if m.follows() && !inTemplate {
			m.form = m.top().id
		}
	case atom.Li, atom.Dd, atom.Dt:
		m.framesetOK = false
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
		m.framesetOK = false
	case atom.A:
		for i := len(m.afe) - 1; i >= 0 && m.afe[i].id != 0; i-- {
			if n := m.afe[i]; n.a == atom.A {
				m.adoptionAgency(atom.A)
				if !m.follows() {
					return true
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
		m.framesetOK = false
	case atom.Table:
		if !m.quirks {
			m.closeP()
		}
		m.push(a, tag)
		m.framesetOK = false
		m.mode = inTable
	case atom.Area, atom.Br, atom.Embed, atom.Img, atom.Keygen, atom.Wbr, atom.Image:
		// (The parser reads image as img.)
		m.reconstruct()
		m.pushPop(a, tag)
		m.framesetOK = false
	case atom.Input:
		m.popUntil(scopeDefault, atom.Select)
		m.reconstruct()
		m.pushPop(a, tag)
		var hidden bool
		if hidden, m.attrs = hiddenInput(tag, m.attrs); !hidden {
			m.framesetOK = false
		}
	case atom.Hr:
		if m.inScope(scopeButton, atom.P) {
			m.generateImpliedEndTags(atom.P)
			m.popUntil(scopeDefault, atom.P)
		}
		if m.inScope(scopeDefault, atom.Select) {
			m.generateImpliedEndTags(0)
		}
		m.pushPop(a, tag)
		m.framesetOK = false
	case atom.Select:
		if m.popUntil(scopeDefault, atom.Select) {
			return true
		}
		m.reconstruct()
		m.push(a, tag)
		m.framesetOK = false
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
		if m.follows() && t.selfClosing {
			m.pop()
		}
	default:
		m.reconstruct()
		m.push(a, tag)
	}
	return true
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
		if m.contains(atom.Template) {
			i := m.indexInScope(scopeDefault, atom.Form)
			if i < 0 {
				return
			}
			m.generateImpliedEndTags(0)
			if m.oe[i].a != atom.Form {
				return
			}
			m.popUntil(scopeDefault, atom.Form)
			return
		}
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
			m.dispatch(implied(startToken, atom.P))
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
	default:
		m.endOther(a, tag)
	}
}

// addMarker adds a scope marker to the list.
func (m *stackModel) addMarker() {
	if m.follows() {
		m.afe = append(m.afe, stackNode{})
	}
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
	case textToken:
		if m.framesetOK && (t.nonBlank || !blank(t.raw)) {
			m.framesetOK = false
		}
	case startToken:
		out := breakout(t.a)
		if t.a == atom.Font && !out {
			out, m.attrs = fontOut(t.raw, m.attrs)
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
	case endToken:
		name := []byte(t.a.String())
		if t.raw != nil {
			name = tagNameAt(t.raw[2:])
		}
		for i := len(m.oe) - 1; i >= 0; i-- {
			if n := m.oe[i]; n.tag != nil && bytes.EqualFold(tagNameAt(n.tag[1:]), name) {
				m.oe = m.oe[:i]
				return true
			}
			if i > 0 && m.oe[i-1].ns == nsHTML {
				break
			}
		}
		return m.step(t)
	}
	// Comments and doctypes change no stack.
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
