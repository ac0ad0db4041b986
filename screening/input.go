package screening

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/akascreen/aka"
)

// Record is one subject read from an input file, or the error that kept it
// from being read. A bad record does not stop the reading.
type Record struct {
	Subject aka.Subject
	Pos     string // "line 12", "record 3"
	Err     error  // an *aka.ParseError naming the position and field
}

// SubjectReader reads subjects one at a time.
type SubjectReader interface {
	// Next returns the next record, or io.EOF after the last. Any other
	// error is fatal to the input; a bad record comes back in Record.Err.
	Next() (Record, error)
}

// InputFormat is a subject input format.
type InputFormat struct {
	Name  string
	Sniff func(head []byte) bool
	Open  func(r io.Reader, file string) (SubjectReader, error)
}

// InputFormats are the subject formats the CSV and JSON-lines readers
// here handle; cmd adds the travel document formats of package documents
// in front of them.
var InputFormats = []InputFormat{
	{Name: "jsonl", Sniff: sniffJSONL, Open: NewJSONLReader},
	{Name: "csv", Sniff: sniffCSV, Open: NewCSVReader},
}

func sniffJSONL(head []byte) bool {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '{'
}

func sniffCSV(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	return len(bytes.TrimSpace(line)) > 0 && (bytes.ContainsAny(line, ",;\t") || csvHasNameColumn(string(line)))
}

func csvHasNameColumn(header string) bool {
	for _, f := range strings.FieldsFunc(header, func(r rune) bool { return r == ',' || r == ';' || r == '\t' }) {
		if c, ok := columnNames[normColumn(f)]; ok && (c == colName || c == colLast) {
			return true
		}
	}
	return false
}

// jsonlReader reads one JSON object a line, in the evaluation query format's
// field names (name, birth_date, nationality, gender, place_of_birth...).
type jsonlReader struct {
	sc   *bufio.Scanner
	file string
	line int
}

// NewJSONLReader reads subjects as JSON lines.
func NewJSONLReader(r io.Reader, file string) (SubjectReader, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	return &jsonlReader{sc: sc, file: file}, nil
}

func (j *jsonlReader) Next() (Record, error) {
	for j.sc.Scan() {
		j.line++
		b := bytes.TrimSpace(j.sc.Bytes())
		if len(b) == 0 {
			continue
		}
		pos := fmt.Sprintf("line %d", j.line)
		rec := Record{Pos: pos}
		var s aka.Subject
		if err := json.Unmarshal(b, &s); err != nil {
			rec.Err = &aka.ParseError{File: j.file, Pos: pos, Err: err}
			return rec, nil
		}
		if strings.TrimSpace(s.Name) == "" {
			rec.Err = &aka.ParseError{File: j.file, Pos: pos, Field: "name", Err: errors.New("missing")}
			return rec, nil
		}
		s.Origin = pos
		rec.Subject = s
		return rec, nil
	}
	if err := j.sc.Err(); err != nil {
		return Record{}, &aka.ParseError{File: j.file, Pos: fmt.Sprintf("line %d", j.line+1), Err: err}
	}
	return Record{}, io.EOF
}

// Columns a CSV input can have, recognized by their usual names.
const (
	colID = iota + 1
	colName
	colFirst
	colMiddle
	colLast
	colBirthDate
	colNationality
	colGender
	colPlace
	colDocNumber
	colDocType
	colDocCountry
	colSchema
)

var columnNames = map[string]int{
	"id": colID, "customerid": colID, "clientid": colID, "reference": colID, "ref": colID, "subjectid": colID,
	"name": colName, "fullname": colName, "full": colName, "wholename": colName,
	"first": colFirst, "firstname": colFirst, "given": colFirst, "givenname": colFirst, "givennames": colFirst, "forename": colFirst, "forenames": colFirst,
	"middle": colMiddle, "middlename": colMiddle, "middlenames": colMiddle,
	"last": colLast, "lastname": colLast, "surname": colLast, "familyname": colLast, "family": colLast,
	"birthdate": colBirthDate, "dob": colBirthDate, "dateofbirth": colBirthDate, "born": colBirthDate,
	"nationality": colNationality, "citizenship": colNationality, "nationalitycode": colNationality,
	"gender": colGender, "sex": colGender,
	"placeofbirth": colPlace, "pob": colPlace, "birthplace": colPlace,
	"passport": colDocNumber, "passportnumber": colDocNumber, "passportno": colDocNumber, "documentnumber": colDocNumber,
	"document": colDocNumber, "docnumber": colDocNumber, "idnumber": colDocNumber, "nationalid": colDocNumber,
	"documenttype": colDocType, "doctype": colDocType,
	"documentcountry": colDocCountry, "issuingcountry": colDocCountry, "passportcountry": colDocCountry, "issuingstate": colDocCountry,
	"schema": colSchema, "type": colSchema, "entitytype": colSchema,
}

func normColumn(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// csvReader reads a CSV file with a header row whose columns are recognized
// by their usual names; unknown columns are ignored.
type csvReader struct {
	r    *csv.Reader
	file string
	cols []int
}

// NewCSVReader reads subjects from CSV with a header. The delimiter (comma,
// semicolon or tab) is the one the header line uses most.
func NewCSVReader(r io.Reader, file string) (SubjectReader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(4096)
	line, _, _ := bytes.Cut(head, []byte("\n"))
	delim := ','
	best := bytes.Count(line, []byte(","))
	for _, d := range []rune{';', '\t'} {
		if n := bytes.Count(line, []byte(string(d))); n > best {
			delim, best = d, n
		}
	}
	cr := csv.NewReader(br)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, &aka.ParseError{File: file, Pos: "line 1", Err: fmt.Errorf("header: %w", err)}
	}
	c := &csvReader{r: cr, file: file, cols: make([]int, len(header))}
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

func (c *csvReader) Next() (Record, error) {
	for {
		row, err := c.r.Read()
		line, _ := c.r.FieldPos(0)
		pos := fmt.Sprintf("line %d", line)
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// A broken row is reported and skipped; reading goes on
				// at the next line.
				return Record{Pos: fmt.Sprintf("line %d", pe.Line), Err: &aka.ParseError{File: c.file, Pos: fmt.Sprintf("line %d", pe.Line), Err: pe.Err}}, nil
			}
			return Record{}, err
		}
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue // a blank line
		}
		rec := Record{Pos: pos}
		if len(row) != len(c.cols) {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Err: fmt.Errorf("%d fields, the header has %d", len(row), len(c.cols))}
			return rec, nil
		}
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
		if s.Name == "" {
			rec.Err = &aka.ParseError{File: c.file, Pos: pos, Field: "name", Err: errors.New("missing")}
			return rec, nil
		}
		s.Origin = pos
		rec.Subject = s
		return rec, nil
	}
}
