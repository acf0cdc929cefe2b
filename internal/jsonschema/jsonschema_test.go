package jsonschema

import (
	"strings"
	"testing"
)

const testSchema = `{
  "type": "object",
  "required": ["id", "items"],
  "additionalProperties": false,
  "properties": {
    "id": {"type": "string", "pattern": "^[a-z]+$", "minLength": 2, "maxLength": 5},
    "n": {"type": "integer", "minimum": 1},
    "kind": {"enum": ["a", "b"]},
    "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/item"}},
    "either": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
    "map": {"type": "object", "additionalProperties": {"type": "integer"}}
  },
  "$defs": {"item": {"type": "object", "required": ["v"], "properties": {"v": {"const": 1}}}}
}`

func TestValidate(t *testing.T) {
	s, err := Compile([]byte(testSchema))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		doc  string
		want string // a part of the one error; "" for a valid document
	}{
		{`{"id":"abc","items":[{"v":1}]}`, ""},
		{`{"id":"abc","items":[{"v":1}],"n":3,"kind":"b","either":true,"map":{"x":1}}`, ""},
		{`{"items":[{"v":1}]}`, `required property "id"`},
		{`{"id":"abc","items":[{"v":1}],"x":1}`, `property "x" not allowed`},
		{`{"id":"ABC","items":[{"v":1}]}`, "does not match"},
		{`{"id":"a","items":[{"v":1}]}`, "shorter than"},
		{`{"id":"abcdef","items":[{"v":1}]}`, "longer than"},
		{`{"id":3,"items":[{"v":1}]}`, "type integer, want string"},
		{`{"id":"abc","items":[{"v":1}],"n":0}`, "less than"},
		{`{"id":"abc","items":[{"v":1}],"n":1.5}`, "type number, want integer"},
		{`{"id":"abc","items":[{"v":1}],"kind":"c"}`, "not in"},
		{`{"id":"abc","items":[]}`, "fewer than"},
		{`{"id":"abc","items":[{"v":2}]}`, "$.items[0].v: value 2"},
		{`{"id":"abc","items":[{"v":1}],"either":3}`, "anyOf"},
		{`{"id":"abc","items":[{"v":1}],"map":{"x":"y"}}`, "$.map.x"},
		{`[1]`, "type array, want object"},
		{`{`, "not JSON"},
	}
	for _, c := range cases {
		errs := s.Validate([]byte(c.doc))
		switch {
		case c.want == "" && len(errs) != 0:
			t.Errorf("%s: %v", c.doc, errs)
		case c.want != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), c.want)):
			t.Errorf("%s: %v, want one error with %q", c.doc, errs, c.want)
		}
	}
}

func TestCompileRefusesUnknownKeywords(t *testing.T) {
	for _, doc := range []string{`{"oneOf":[]}`, `{"properties":{"a":{"format2":1}}}`, `{"pattern":"("}`, `[`} {
		if _, err := Compile([]byte(doc)); err == nil {
			t.Errorf("%s compiles", doc)
		}
	}
}
