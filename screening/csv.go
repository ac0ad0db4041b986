package screening

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/akascreen/aka"
)

// csvReader reads a CSV file with a header row whose columns are recognized
// by their usual names; unknown columns are ignored.
//
// It reads physical lines itself and hands each record to encoding/csv, so
// that one bad row never costs the rows after it: a quoted field may span
// lines, but a quote left open for maxRecordLines lines, or to the end of
// the input, is reported at the line it opened on, and reading resumes on
// the next line.
type csvReader struct {
	br      *bufio.Reader
	file    string
	delim   rune
	cols    []int
	line    int           // the number of the last line read
	pending []pendingLine // lines pushed back after a record that failed
	eof     bool
}

// Limits of the CSV reader.
const (
	maxLineBytes   = 1 << 20 // a longer line is an error, not a memory burst
	maxRecordLines = 64      // a quoted field may span at most this many lines
)

var errLongLine = fmt.Errorf("line longer than %d bytes", maxLineBytes)

// pendingLine is a line read ahead, or the error reading it.
type pendingLine struct {
	text string
	err  error
}

// NewCSVReader reads subjects from CSV with a header. The delimiter (comma,
// semicolon or tab) is the one the header line uses most.
func NewCSVReader(r io.Reader, file string) (SubjectReader, error) {
	c := &csvReader{br: bufio.NewReaderSize(r, 64<<10), file: file}
	head, err := c.nextLine()
	if err == io.EOF {
		return nil, &aka.ParseError{File: file, Pos: "line 1", Err: errors.New("empty input: want a header")}
	}
	if err != nil {
		return nil, &aka.ParseError{File: file, Pos: "line 1", Err: err}
	}
	head = strings.TrimPrefix(head, "\ufeff")
	c.delim = ','
	best := strings.Count(head, ",")
	for _, d := range []rune{';', '\t'} {
		if n := strings.Count(head, string(d)); n > best {
			c.delim, best = d, n
		}
	}
	header, err := c.parse(head)
	if err != nil {
		return nil, &aka.ParseError{File: file, Pos: "line 1", Field: "header", Err: err}
	}
	c.cols = make([]int, len(header))
	var hasName, hasLast bool
	for i, h := range header {
		c.cols[i] = columnNames[normColumn(h)]
		hasName = hasName || c.cols[i] == colName
		hasLast = hasLast || c.cols[i] == colLast
	}
	if !hasName && !hasLast {
		return nil, &aka.ParseError{File: file, Pos: "line 1", Field: "header", Err: errors.New("no name column (name, full_name, or last_name/surname with first_name)")}
	}
	return c, nil
}

// nextLine returns the next physical line without its line ending, from
// the pushed-back lines first. A line over maxLineBytes is skipped whole
// and reported.
func (c *csvReader) nextLine() (string, error) {
	if len(c.pending) > 0 {
		l := c.pending[0]
		c.pending = c.pending[1:]
		c.line++
		return l.text, l.err
	}
	if c.eof {
		return "", io.EOF
	}
	var buf []byte
	long := false
	for {
		frag, err := c.br.ReadSlice('\n')
		if !long {
			if len(buf)+len(frag) > maxLineBytes {
				long, buf = true, nil
			} else {
				buf = append(buf, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			c.eof = true
			if len(buf) == 0 && !long {
				return "", io.EOF
			}
		} else if err != nil {
			return "", err
		}
		break
	}
	c.line++
	if long {
		return "", errLongLine
	}
	return strings.TrimRight(string(buf), "\r\n"), nil
}

// parse splits one record's text into fields.
func (c *csvReader) parse(text string) ([]string, error) {
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = c.delim
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	return rec, nil
}

func (c *csvReader) Next() (Record, error) {
	for {
		first, err := c.nextLine()
		if err == io.EOF {
			return Record{}, io.EOF
		}
		at := c.line
		pos := fmt.Sprintf("line %d", at)
		if err == errLongLine {
			return Record{Pos: pos, Err: &aka.ParseError{File: c.file, Pos: pos, Err: err}}, nil
		}
		if err != nil {
			return Record{}, &aka.ParseError{File: c.file, Pos: pos, Err: err}
		}
		if strings.TrimSpace(first) == "" {
			continue // a blank line
		}
		// A quoted field may run over several lines: gather them while a
		// quote is open.
		text, lines := first, []pendingLine{{text: first}}
		for strings.Count(text, `"`)%2 == 1 && len(lines) < maxRecordLines {
			l, err := c.nextLine()
			if err == io.EOF {
				break
			}
			lines = append(lines, pendingLine{l, err})
			if err != nil {
				break
			}
			text += "\n" + l
		}
		rec := Record{Pos: pos}
		if n := len(lines); strings.Count(text, `"`)%2 == 1 || lines[n-1].err != nil {
			// The quote never closed: report this line, read on from the next.
			c.pending = append(lines[1:n:n], c.pending...)
			c.line = at
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Err: errors.New("a quoted field is never closed")}
			return rec, nil
		}
		if !utf8.ValidString(text) {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Err: errors.New("not valid UTF-8")}
			return rec, nil
		}
		row, err := c.parse(text)
		if err != nil {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Err: err}
			return rec, nil
		}
		if len(row) != len(c.cols) {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Err: fmt.Errorf("%d fields, the header has %d", len(row), len(c.cols))}
			return rec, nil
		}
		s := c.subject(row)
		if s.Name == "" {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Field: "name", Err: errors.New("missing")}
			return rec, nil
		}
		s.Origin = pos
		rec.Subject = s
		return rec, nil
	}
}

// subject maps a row's fields to a subject by the header's columns.
func (c *csvReader) subject(row []string) aka.Subject {
	var s aka.Subject
	var first, middle, last string
	for i, v := range row {
		v = strings.TrimSpace(v)
		switch c.cols[i] {
		case colID:
			s.ID = v
		case colName:
			s.Name = v
		case colFirst:
			first = v
		case colMiddle:
			middle = v
		case colLast:
			last = v
		case colBirthDate:
			s.BirthDate = v
		case colNationality:
			s.Nationality = v
		case colGender:
			s.Gender = v
		case colPlace:
			s.PlaceOfBirth = v
		case colDocNumber:
			s.DocumentNumber = v
		case colDocType:
			s.DocumentType = v
		case colDocCountry:
			s.DocumentCountry = v
		case colSchema:
			s.Schema = v
		}
	}
	if s.Name == "" {
		s.Name = strings.Join(strings.Fields(first+" "+middle+" "+last), " ")
	}
	return s
}
