package rule

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Lang is the language a text is rendered in: Chinese (the default, the zero
// value) or English.
type Lang uint8

// The languages of every text of the library.
const (
	ZH Lang = iota // Chinese, the language of the filing system
	EN             // English
)

// langMatcher picks ZH or EN for any requested tag; ZH is the default.
var langMatcher = language.NewMatcher([]language.Tag{language.Chinese, language.English})

// MatchLang returns the language of the library closest to tag: EN for any
// English tag, ZH for everything else (Chinese is the default).
func MatchLang(tag language.Tag) Lang {
	_, i, conf := langMatcher.Match(tag)
	if conf != language.No && i == 1 {
		return EN
	}
	return ZH
}

// ParseLang parses a BCP 47 tag ("zh", "en-GB", "zh-Hant") with MatchLang;
// text that is not a tag gives ZH and false.
func ParseLang(s string) (Lang, bool) {
	tag, err := language.Parse(s)
	if err != nil {
		return ZH, false
	}
	return MatchLang(tag), true
}

// String returns "zh" or "en".
func (l Lang) String() string {
	if l == EN {
		return "en"
	}
	return "zh"
}

// Tag returns the language tag of l.
func (l Lang) Tag() language.Tag {
	if l == EN {
		return language.English
	}
	return language.Chinese
}

// Text is a text in both languages of the library. A template names the
// params of a finding in braces ({word}) and the field's name as {field}; a
// part in square brackets is optional: it is shown, without its brackets,
// only when every param it names is present.
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// In returns the template in lang.
func (t Text) In(lang Lang) string {
	if lang == EN {
		return t.EN
	}
	return t.ZH
}

// Render fills the template of lang with params; {field} reads as the name
// of the field at path field (see FieldLabel). A placeholder without a param
// stays as it is, so a missing param shows instead of vanishing.
func (t Text) Render(lang Lang, field string, params Params) string {
	tmpl := t.In(lang)
	if strings.Contains(tmpl, "[") {
		tmpl = optionalParts(tmpl, params)
	}
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		if v, ok := params[key]; ok {
			b.WriteString(ParamText(v))
		} else if key == "field" {
			b.WriteString(FieldLabel(field, lang))
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}

// optionalParts keeps each [part] of tmpl, without its brackets, when
// every {param} it names is in params, and drops it otherwise.
func optionalParts(tmpl string, params Params) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '[')
		j := strings.IndexByte(tmpl[max(i, 0):], ']')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		part := tmpl[i+1 : i+j]
		keep := true
		for rest := part; ; {
			k := strings.IndexByte(rest, '{')
			l := strings.IndexByte(rest[max(k, 0):], '}')
			if k < 0 || l < 0 {
				break
			}
			name := rest[k+1 : k+l]
			if _, ok := params[name]; !ok && name != "field" {
				keep = false
				break
			}
			rest = rest[k+l+1:]
		}
		if keep {
			b.WriteString(part)
		}
		tmpl = tmpl[i+j+1:]
	}
}

// Params are the details of a finding: the offending value (masked when it
// is personal data), the word matched, offsets, limits. Values are strings,
// integers, booleans or string slices, so that reports encode
// deterministically.
type Params map[string]any

// ParamText is how a param value reads inside a message: strings as they
// are, integers in decimal, string slices joined with 、.
func ParamText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case []string:
		return strings.Join(x, "、")
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
