// Package migrate reads the versioned schema migrations embedded in a
// store package: files named NNNN_what.sql, numbered 1, 2, 3, … without
// gaps.
package migrate

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
)

// Migration is one step of a schema.
type Migration struct {
	// Version is the schema version the step leads to.
	Version int
	// Name is the file name.
	Name string
	// SQL is the file's text.
	SQL string
}

var name = regexp.MustCompile(`^([0-9]{4})_[a-z0-9_]+\.sql$`)

// Read returns the migrations of dir in fsys, by version; the versions must
// run 1, 2, 3, … without gaps.
func Read(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, e := range entries {
		m := name.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("migrate: %s: not a migration file name (NNNN_what.sql)", e.Name())
		}
		v, _ := strconv.Atoi(m[1])
		sql, err := fs.ReadFile(fsys, dir+"/"+e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: e.Name(), SQL: string(sql)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migrate: %s: version %d, want %d", m.Name, m.Version, i+1)
		}
	}
	return out, nil
}
