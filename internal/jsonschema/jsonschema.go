// Package jsonschema checks JSON documents against the subset of JSON
// Schema (draft 2020-12) that the wire-format references in docs/ use:
// type, properties, required, additionalProperties (boolean or schema),
// items, enum, const, pattern, minimum, minLength, maxLength, minItems,
// $ref to "#/$defs/…", and anyOf. The tests of the module validate their
// golden reports and sample applications with it, so the references cannot
// drift from what the code writes. A keyword outside the subset is an
// error, never silently ignored.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Schema is a compiled schema document.
type Schema struct {
	root map[string]any
}

var known = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$ref": true, "title": true, "description": true,
	"type": true, "properties": true, "required": true, "additionalProperties": true, "items": true,
	"enum": true, "const": true, "pattern": true, "minimum": true, "minLength": true, "maxLength": true,
	"minItems": true, "anyOf": true, "examples": true, "format": true,
}

// Compile reads a schema and checks that it uses only the supported
// keywords.
func Compile(doc []byte) (*Schema, error) {
	var root map[string]any
	if err := json.Unmarshal(doc, &root); err != nil {
		return nil, fmt.Errorf("jsonschema: %w", err)
	}
	s := &Schema{root: root}
	if err := s.lint(root, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Schema) lint(node map[string]any, at string) error {
	for k, v := range node {
		if !known[k] {
			return fmt.Errorf("jsonschema: %s: keyword %q is not supported", at, k)
		}
		switch k {
		case "properties", "$defs":
			m, _ := v.(map[string]any)
			for name, sub := range m {
				if sm, ok := sub.(map[string]any); ok {
					if err := s.lint(sm, at+"/"+k+"/"+name); err != nil {
						return err
					}
				}
			}
		case "items", "additionalProperties":
			if sm, ok := v.(map[string]any); ok {
				if err := s.lint(sm, at+"/"+k); err != nil {
					return err
				}
			}
		case "anyOf":
			l, _ := v.([]any)
			for i, sub := range l {
				if sm, ok := sub.(map[string]any); ok {
					if err := s.lint(sm, fmt.Sprintf("%s/anyOf/%d", at, i)); err != nil {
						return err
					}
				}
			}
		case "pattern":
			p, _ := v.(string)
			if _, err := regexp.Compile(p); err != nil {
				return fmt.Errorf("jsonschema: %s: %w", at, err)
			}
		}
	}
	return nil
}

// Validate checks doc against the schema and returns every violation found,
// each with the JSON path of the value.
func (s *Schema) Validate(doc []byte) []error {
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []error{fmt.Errorf("not JSON: %w", err)}
	}
	var errs []error
	s.check(s.root, v, "$", &errs)
	return errs
}

func (s *Schema) resolve(node map[string]any) map[string]any {
	for i := 0; i < 32; i++ {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := s.root["$defs"].(map[string]any)
		next, _ := defs[name].(map[string]any)
		if !ok || next == nil {
			return map[string]any{"enum": []any{}} // an unresolvable $ref admits nothing
		}
		node = next
	}
	return node
}

func typeOf(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

func (s *Schema) check(node map[string]any, v any, path string, errs *[]error) {
	node = s.resolve(node)
	fail := func(format string, args ...any) {
		*errs = append(*errs, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...)))
	}
	if alts, ok := node["anyOf"].([]any); ok {
		matched := false
		for _, a := range alts {
			var sub []error
			if am, ok := a.(map[string]any); ok {
				s.check(am, v, path, &sub)
			}
			if len(sub) == 0 {
				matched = true
				break
			}
		}
		if !matched {
			fail("matches none of anyOf")
		}
	}
	got := typeOf(v)
	switch t := node["type"].(type) {
	case string:
		if !(t == got || (t == "number" && got == "integer")) {
			fail("type %s, want %s", got, t)
			return
		}
	case []any:
		ok := false
		for _, x := range t {
			if x == got || (x == "number" && got == "integer") {
				ok = true
			}
		}
		if !ok {
			fail("type %s, want one of %v", got, t)
			return
		}
	}
	if e, ok := node["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return equal(x, v) }) {
		fail("value %v not in %v", v, e)
	}
	if c, ok := node["const"]; ok && !equal(c, v) {
		fail("value %v, want %v", v, c)
	}
	switch x := v.(type) {
	case string:
		if p, ok := node["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			fail("%q does not match %s", x, p)
		}
		n := utf8.RuneCountInString(x)
		if m, ok := node["minLength"].(float64); ok && n < int(m) {
			fail("shorter than %v", m)
		}
		if m, ok := node["maxLength"].(float64); ok && n > int(m) {
			fail("longer than %v", m)
		}
	case json.Number:
		if m, ok := node["minimum"].(float64); ok {
			if f, _ := x.Float64(); f < m {
				fail("less than %v", m)
			}
		}
	case []any:
		if m, ok := node["minItems"].(float64); ok && len(x) < int(m) {
			fail("fewer than %v items", m)
		}
		if items, ok := node["items"].(map[string]any); ok {
			for i, e := range x {
				s.check(items, e, fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	case map[string]any:
		props, _ := node["properties"].(map[string]any)
		if req, ok := node["required"].([]any); ok {
			for _, r := range req {
				if _, ok := x[r.(string)]; !ok {
					fail("required property %q missing", r)
				}
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if p, ok := props[k].(map[string]any); ok {
				s.check(p, x[k], path+"."+k, errs)
				continue
			}
			switch ap := node["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("property %q not allowed", k)
				}
			case map[string]any:
				s.check(ap, x[k], path+"."+k, errs)
			}
		}
	}
}

func equal(a, b any) bool {
	if n, ok := b.(json.Number); ok {
		f, _ := n.Float64()
		af, ok := a.(float64)
		return ok && af == f
	}
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	return bytes.Equal(ab, bb)
}
