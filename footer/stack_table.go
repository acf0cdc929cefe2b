package footer

import "golang.org/x/net/html/atom"

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
		m.childAdded()
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
			m.dispatch(implied(startToken, atom.Colgroup))
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			m.clearToContext(atom.Table, atom.Table, atom.Table)
			m.push(t.a, t.raw)
			m.mode = inTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			m.dispatch(implied(startToken, atom.Tbody))
			return false
		case atom.Table:
			if m.popUntil(scopeTable, atom.Table) {
				m.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return m.inHead(t)
		case atom.Input:
			var hidden bool
			if hidden, m.attrs = hiddenInput(t.raw, m.attrs); hidden {
				m.pushPop(t.a, t.raw)
				return true
			}
		case atom.Form:
			if m.contains(atom.Template) || m.form != 0 {
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
			return m.inHead(t)
		}
	}
	// Anything else: as in body, with foster parenting, which moves
	// elements in the tree but pushes them on the stack all the same.
	return m.inBody(t)
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
		m.childAdded()
		return true
	case doctypeToken:
		return true
	case startToken:
		switch t.a {
		case atom.Html:
			return m.inBody(t)
		case atom.Col:
			m.pushPop(t.a, t.raw)
			return true
		case atom.Template:
			return m.inHead(t)
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
			return m.inHead(t)
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
		m.childAdded()
		return true
	case startToken:
		switch t.a {
		case atom.Tr:
			m.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			m.push(t.a, t.raw)
			m.mode = inRow
			return true
		case atom.Td, atom.Th:
			m.dispatch(implied(startToken, atom.Tr))
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

// inTemplate is the in template insertion mode: the first start tag of a
// template's content tells which mode reads the content.
func (m *stackModel) inTemplate(t *stackToken) bool {
	switch t.kind {
	case textToken, commentToken, doctypeToken:
		return m.inBody(t)
	case startToken:
		next := inBody
		switch t.a {
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script,
			atom.Style, atom.Template, atom.Title:
			return m.inHead(t)
		case atom.Caption, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			next = inTable
		case atom.Col:
			next = inColumnGroup
		case atom.Tr:
			next = inTableBody
		case atom.Td, atom.Th:
			next = inRow
		}
		if n := len(m.templates); n > 0 {
			m.templates[n-1] = next
		}
		m.mode = next
		return false
	case endToken:
		if t.a == atom.Template {
			return m.inHead(t)
		}
	}
	return true
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
		case atom.Template:
			if m.oe[i].ns != nsHTML {
				continue
			}
			m.mode = inTemplate
			if n := len(m.templates); n > 0 {
				m.mode = m.templates[n-1]
			}
		case atom.Head:
			m.mode = inHead
		case atom.Body:
			m.mode = inBody
		case atom.Frameset:
			m.mode = inFrameset
		case atom.Html:
			m.mode = afterHead
			if m.head.id == 0 {
				m.mode = beforeHead
			}
		default:
			if i > 0 {
				continue
			}
			m.mode = inBody
		}
		return
	}
}

// clearToContext pops elements until the current node is html, template
// or one of a, b and c.
func (m *stackModel) clearToContext(a, b, c atom.Atom) {
	for len(m.oe) > 0 {
		switch m.top().a {
		case atom.Html, atom.Template, a, b, c:
			return
		}
		m.pop()
	}
}
