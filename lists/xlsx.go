package lists

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/akascreen/aka"
	"github.com/xuri/excelize/v2"
)

// sheetHeadRows is how many rows of a workbook's first sheet format
// detection looks at: both the UK and the Australian lists put a title or a
// date above their header row.
const sheetHeadRows = 5

// sheetHead renders the first rows of the first sheet of an xlsx workbook as
// tab-separated lines, for Format.Sniff.
func sheetHead(data []byte) ([]byte, error) {
	rows, err := openSheet(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var b bytes.Buffer
	for i := 0; i < sheetHeadRows; i++ {
		cells, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(strings.Join(cells, "\t"))
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// sheetRows iterates over the rows of the first sheet of a workbook.
type sheetRows struct {
	f    *excelize.File
	rows *excelize.Rows
	n    int // rows returned so far; the row number of the last one
}

// openSheet opens the first sheet of the workbook that r holds.
func openSheet(r io.Reader) (*sheetRows, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("not a readable xlsx workbook: %w", err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, errors.New("the workbook has no sheets")
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("sheet %q: %w", sheets[0], err)
	}
	return &sheetRows{f: f, rows: rows}, nil
}

// Next returns the cells of the next row, or io.EOF after the last one.
// Empty rows come back as empty slices, so that Row stays the sheet's own
// row number.
func (s *sheetRows) Next() ([]string, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, err
		}
		return nil, io.EOF
	}
	s.n++
	cells, err := s.rows.Columns()
	if err != nil {
		return nil, err
	}
	return cells, nil
}

// Row is the sheet row number (from 1) of the row Next last returned.
func (s *sheetRows) Row() int { return s.n }

// Close releases the workbook.
func (s *sheetRows) Close() error {
	s.rows.Close()
	return s.f.Close()
}

// findColumns finds each of headers among a header row's cells, setting
// col[k] to the cell index of headers[k] (col must start all -1; the first
// cell of a name wins). A required column that is missing is an error
// naming it.
func findColumns[K ~int](col []int, headers []string, required []K, cells []string, file, pos string) error {
	for i, c := range cells {
		c = strings.TrimSpace(c)
		for k, name := range headers {
			if c == name && col[k] < 0 {
				col[k] = i
			}
		}
	}
	for _, k := range required {
		if col[k] < 0 {
			return &aka.ParseError{File: file, Pos: pos, Field: headers[k], Err: errors.New("missing column")}
		}
	}
	return nil
}

// rowGroup is one designation being gathered from the rows of a list that
// writes one row per name (the UK's and Australia's).
type rowGroup struct {
	e       *aka.Entity
	seen    map[string]bool // what has been added, by kind and value
	remarks []string
}

// add reports whether key is new to the group, and remembers it.
func (g *rowGroup) add(key string) bool {
	if g.seen[key] {
		return false
	}
	g.seen[key] = true
	return true
}

// remark adds a line to the entity's remarks, once.
func (g *rowGroup) remark(s string) {
	if s != "" && g.add("r\x00"+s) {
		g.remarks = append(g.remarks, s)
	}
}

// finish returns the group's entity, its primary names first.
func (g *rowGroup) finish() *aka.Entity {
	e := g.e
	slices.SortStableFunc(e.Names, func(a, b aka.Name) int {
		switch {
		case a.Kind == aka.Primary && b.Kind != aka.Primary:
			return -1
		case a.Kind != aka.Primary && b.Kind == aka.Primary:
			return 1
		}
		return 0
	})
	e.Remarks = strings.Join(g.remarks, "\n")
	return e
}
