package footer

import (
	"slices"

	"golang.org/x/net/html/atom"
)

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
// are html, applet, caption, table, td, th, marquee, object, template and
// select, and the special elements of SVG and MathML; button scope adds
// button and list item scope ol and ul; table scope has html, table and
// template only.
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
		case atom.Html, atom.Table, atom.Template:
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
	// The attributes are compared as written, and where references make
	// that undecided, by their keys (attrKey), made once for each element.
	e := m.top()
	identical := 0
	for i := len(m.afe) - 1; i >= 0 && m.afe[i].id != 0; i-- {
		n := &m.afe[i]
		if n.a != a {
			continue
		}
		same, decided := sameRaw(n.tag, tag), true
		if !same {
			same, decided, m.attrs = compareAttrs(n.tag, tag, m.attrs)
		}
		if !decided {
			if !e.keyed {
				e.key, m.attrs, m.keyBuf = attrKey(tag, m.attrs, m.keyBuf)
				e.keyed = true
			}
			if !n.keyed {
				n.key, m.attrs, m.keyBuf = attrKey(n.tag, m.attrs, m.keyBuf)
				n.keyed = true
			}
			same = n.key == e.key
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
	m.afe = append(m.afe, e)
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
		if n.ns == nsHTML && n.a == a && (a != 0 || n.tag != nil && tag != nil && equalFoldASCII(tagNameAt(n.tag[1:]), tagNameAt(tag[2:]))) {
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

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
