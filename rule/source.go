package rule

import "strings"

// Source is where a rule or a fact comes from: a document, its edition or
// date, the section, and where to read it. A finding carries the source of
// the fact that fired it.
type Source struct {
	// Title names the document: "ICP备案流程(PC端)", a notice, a vendor's
	// knowledge base, a standard.
	Title string `json:"title"`
	// Edition is the document's version or date, such as "20200921".
	Edition string `json:"edition,omitempty"`
	// Section is the part of the document, such as "§3.1 附录二".
	Section string `json:"section,omitempty"`
	// URL is where the document can be read, when it is public.
	URL string `json:"url,omitempty"`
}

// IsZero reports whether s names nothing.
func (s Source) IsZero() bool { return s == Source{} }

// String returns title, edition and section separated by spaces:
// "ICP备案流程(PC端) 20200921 §3.1 附录二". This is how reports print a source.
func (s Source) String() string {
	parts := make([]string, 0, 3)
	for _, p := range []string{s.Title, s.Edition, s.Section} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// MarshalText returns s.String(): reports carry a source as one string.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText keeps a report's source string as the title (the parts of a
// printed source cannot be told apart again).
func (s *Source) UnmarshalText(b []byte) error {
	*s = Source{Title: string(b)}
	return nil
}

// At returns s with another section.
func (s Source) At(section string) Source {
	s.Section = section
	return s
}

// The documents the library's rules come from. Each function returns a new
// value; pass a section with [Source.At].

// Guide2020 is the hosting provider's guide to the PC-side filing flow,
// "ICP备案流程(PC端)", document version 20200921: the source of the default
// rule set. section is the guide's own section, such as "§3.1 附录二".
func Guide2020(section string) Source {
	return Source{Title: "ICP备案流程(PC端)", Edition: "20200921", Section: section}
}

// VendorKB2025 labels the later facts read from public cloud vendors' ICP
// filing knowledge bases and filing guides in 2025–2026: the source of the
// "vendor-kb-2025" rule set's additions.
func VendorKB2025(section string) Source {
	return Source{Title: "vendor-kb-2025", Section: section}
}

// MIITApp2023 is the MIIT notice on filing mobile internet applications,
// 《工业和信息化部关于开展移动互联网应用程序备案工作的通知》 (工信部信管〔2023〕105号,
// published 2023-08-04), with its registration form.
func MIITApp2023(section string) Source {
	return Source{Title: "工信部信管〔2023〕105号", Edition: "2023-08-04", Section: section,
		URL: "https://www.miit.gov.cn/"}
}

// PublicGuides labels facts that public filing guides of several providers
// agree on but the 2020 guide does not state.
func PublicGuides(section string) Source {
	return Source{Title: "public filing guides", Section: section}
}

// Standard names a national standard, such as "GB 11643-1999".
func Standard(name string) Source { return Source{Title: name} }
