package filing

import (
	"errors"
	"strconv"
)

// Limits bounds what a [Decoder] accepts, so that a hostile document costs
// no more than a real one: no real filing has thousands of websites or
// domains, or names of kilobytes. Every limit is checked while the document
// is scanned, before anything is allocated for it; a document over a limit
// is rejected with a [*DecodeError] that names the limit and the path
// (websites[3].domains) and wraps a [*LimitError].
//
// A zero field means the default of [DefaultLimits]; a host that needs
// more raises the one field it needs:
//
//	d := filing.Decoder{Limits: filing.Limits{Websites: 500}}
//	app, err := d.Decode(r)
//
// Lists are limited by their field name, wherever the field is: Domains
// limits websites[i].domains and apps[i].domains alike. An array whose name
// has no field here is limited by List.
type Limits struct {
	// Bytes is the largest document, in bytes (default 1 MiB,
	// [MaxApplicationSize]).
	Bytes int
	// Depth is the deepest nesting of objects and arrays (default 16; the
	// application itself nests 5 deep). Values above 10000 count as 10000.
	Depth int
	// String is the longest string value, in bytes of UTF-8 text after
	// unescaping (default 4096, about 1365 Chinese characters); numbers
	// count their digits.
	String int

	// Websites is the most entries of websites (default 100).
	Websites int
	// Apps is the most entries of apps (default 100).
	Apps int
	// Domains is the most entries of each domains list (default 50).
	Domains int
	// PreviousDomains is the most entries of each previous_domains list
	// (default 50).
	PreviousDomains int
	// IPs is the most entries of each ips list (default 64).
	IPs int
	// Languages is the most entries of each languages list (default 16).
	Languages int
	// Sectors is the most entries of each sectors list (default 32).
	Sectors int
	// PreApprovals is the most entries of each pre_approvals list
	// (default 32).
	PreApprovals int
	// Platforms is the most entries of each platforms list of an app
	// (default 8).
	Platforms int
	// Categories is the most entries of each categories list of an app
	// (default 16).
	Categories int
	// SDKs is the most entries of each sdks list of an app (default 100).
	SDKs int
	// List is the most entries of any other array (default 64).
	List int
}

// maxDepth caps Limits.Depth: encoding/json refuses deeper documents.
const maxDepth = 10000

// DefaultLimits returns the limits [Decode] applies. Each call returns a
// new value: changing it changes nothing else.
func DefaultLimits() Limits {
	return Limits{
		Bytes:           MaxApplicationSize,
		Depth:           16,
		String:          4096,
		Websites:        100,
		Apps:            100,
		Domains:         50,
		PreviousDomains: 50,
		IPs:             64,
		Languages:       16,
		Sectors:         32,
		PreApprovals:    32,
		Platforms:       8,
		Categories:      16,
		SDKs:            100,
		List:            64,
	}
}

// withDefaults returns l with every zero (or negative) field set to its
// default.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	for _, f := range []struct{ v, def *int }{
		{&l.Bytes, &d.Bytes}, {&l.Depth, &d.Depth}, {&l.String, &d.String},
		{&l.Websites, &d.Websites}, {&l.Apps, &d.Apps}, {&l.Domains, &d.Domains},
		{&l.PreviousDomains, &d.PreviousDomains}, {&l.IPs, &d.IPs}, {&l.Languages, &d.Languages},
		{&l.Sectors, &d.Sectors}, {&l.PreApprovals, &d.PreApprovals}, {&l.Platforms, &d.Platforms},
		{&l.Categories, &d.Categories}, {&l.SDKs, &d.SDKs}, {&l.List, &d.List},
	} {
		if *f.v <= 0 {
			*f.v = *f.def
		}
	}
	l.Depth = min(l.Depth, maxDepth)
	return l
}

// list returns the limit of the array named name (its JSON field name) and
// the name of that limit.
func (l *Limits) list(name string) (int, string) {
	switch name {
	case "websites":
		return l.Websites, "Websites"
	case "apps":
		return l.Apps, "Apps"
	case "domains":
		return l.Domains, "Domains"
	case "previous_domains":
		return l.PreviousDomains, "PreviousDomains"
	case "ips":
		return l.IPs, "IPs"
	case "languages":
		return l.Languages, "Languages"
	case "sectors":
		return l.Sectors, "Sectors"
	case "pre_approvals":
		return l.PreApprovals, "PreApprovals"
	case "platforms":
		return l.Platforms, "Platforms"
	case "categories":
		return l.Categories, "Categories"
	case "sdks":
		return l.SDKs, "SDKs"
	}
	return l.List, "List"
}

// ErrLimit is the category of every [*LimitError]: errors.Is(err,
// ErrLimit) tells a document over a limit from a malformed one.
var ErrLimit = errors.New("filing: over a decoding limit")

// LimitError reports a document over one of its [Limits].
type LimitError struct {
	// Limit is the name of the field of Limits, such as "Websites".
	Limit string
	// Max is the value of that limit.
	Max int
}

// Error implements error: "filing: over the limit Websites (100)".
func (e *LimitError) Error() string {
	return "filing: over the limit " + e.Limit + " (" + strconv.Itoa(e.Max) + ")"
}

// Is reports ErrLimit, and [ErrTooLarge] for the limit Bytes.
func (e *LimitError) Is(target error) bool {
	return target == ErrLimit || target == ErrTooLarge && e.Limit == "Bytes"
}

// Decoder decodes applications under its Limits. The zero Decoder applies
// [DefaultLimits]; a Decoder is a plain value, safe to share.
type Decoder struct {
	// Limits bounds the documents accepted; zero fields take their default.
	Limits Limits
}
